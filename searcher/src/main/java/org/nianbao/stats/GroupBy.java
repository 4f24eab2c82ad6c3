package org.nianbao.stats;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.nianbao.schema.ReportFields;

/**
 * What statistics group reports by; {@link #key()} is the URL's and command line's value. Every
 * dimension is read from doc values: the year from its numeric field, the rest from the sorted
 * group-key fields of {@link ReportFields} (a city or county as its path, 山东省/淄博市, since names
 * repeat across the country).
 */
public enum GroupBy {
  /** No grouping: one row for all the reports. */
  NONE("全部", null),
  YEAR("年度", ReportFields.YEAR),
  PROVINCE("省份", ReportFields.GROUP_PROVINCE),
  CITY("城市", ReportFields.GROUP_CITY),
  COUNTY("区县", ReportFields.GROUP_COUNTY),
  AGENCY("机关", ReportFields.GROUP_AGENCY),
  SECTOR("领域", ReportFields.GROUP_SECTOR),
  LEVEL("层级", ReportFields.GROUP_LEVEL);

  private final String label;
  private final String field;

  GroupBy(String label, String field) {
    this.label = label;
    this.field = field;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** 年度, 省份 …: a column heading. */
  public String label() {
    return label;
  }

  /** The doc-values field the group key is read from; null for {@link #NONE}. */
  String field() {
    return field;
  }

  /** The grouping with this key, in any case. */
  public static Optional<GroupBy> find(String key) {
    String value = key == null ? "" : key.strip();
    return Stream.of(values()).filter(g -> g.key().equalsIgnoreCase(value)).findFirst();
  }
}
