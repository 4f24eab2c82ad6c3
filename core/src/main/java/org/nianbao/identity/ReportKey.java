package org.nianbao.identity;

import org.nianbao.model.AnnualReport;
import org.nianbao.model.Level;

/**
 * What makes a report itself by its metadata: the body, where it sits, and the year. Complete when
 * all three are known (a central body needs no region); an incomplete key does not tell reports
 * apart, and their identity then rests on their text.
 *
 * @param value {@code year|region code|agency}, with empty parts for what is unknown
 * @param complete whether agency, year and place are all known
 */
public record ReportKey(String value, boolean complete) {

  public static ReportKey of(AnnualReport report) {
    String code = report.region().code();
    boolean placed = code != null || report.level() == Level.CENTRAL;
    boolean complete = report.agency() != null && report.year() != null && placed;
    String value =
        (report.year() == null ? "" : report.year().toString())
            + "|"
            + (code == null ? "" : code)
            + "|"
            + (report.agency() == null ? "" : report.agency());
    return new ReportKey(value, complete);
  }
}
