package org.nianbao.stats;

import org.nianbao.model.Region;
import org.nianbao.model.ReportHeading;

/**
 * A report in a ranking: who and when, and its value of the ranking measure (for a rate, with its
 * numerator and denominator so a reader sees 1 of 1 apart from 900 of 1,000).
 */
public record RankedReport(
    String id,
    String title,
    String agency,
    Integer year,
    Region region,
    double value,
    double numerator,
    double denominator) {

  /** What a ranking shows as the report's heading (see {@link ReportHeading}). */
  public String heading() {
    return ReportHeading.of(title, agency, region, year);
  }
}
