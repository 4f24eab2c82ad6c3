package org.nianbao.stats;

import java.util.List;
import org.nianbao.model.Level;
import org.nianbao.model.Region;
import org.nianbao.model.ReportHeading;
import org.nianbao.model.Rule;

/**
 * A matching report as a row of an export or a coverage list: who, when, where, its violated rules,
 * and the value of each measure asked for, in order (null where the report does not give it).
 */
public record ReportRow(
    String id,
    String title,
    String agency,
    Integer year,
    Region region,
    Level level,
    String sector,
    List<Rule> flags,
    List<Double> values) {

  public ReportRow {
    flags = List.copyOf(flags);
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
  }

  /** What a list shows as the report's heading (see {@link ReportHeading}). */
  public String heading() {
    return ReportHeading.of(title, agency, region, year);
  }
}
