package org.nianbao.model;

import java.util.Optional;

/**
 * Which national format a report follows: the 2021 template (国办公开办函〔2021〕30号, used for the reports
 * on 2021 onwards), the 2019 trial format (reports on 2019 and 2020, after the revised 条例), or the
 * format before the 2019 revision (一、概述 … 依申请公开 … 收费及减免 …).
 */
public enum ReportFormat {
  V2021("2021"),
  V2019("2019"),
  PRE2019("pre2019");

  private final String key;

  ReportFormat(String key) {
    this.key = key;
  }

  /** The model's JSON value. */
  public String key() {
    return key;
  }

  public static Optional<ReportFormat> fromKey(String key) {
    for (ReportFormat format : values()) {
      if (format.key.equals(key)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
