package org.nianbao.coverage;

import java.util.List;
import org.nianbao.region.Division;
import org.nianbao.stats.ReportRow;

/**
 * Which of a region's direct divisions have a report of a sector for a year: for 政府 (the default),
 * whether each division's 人民政府 (a township's 人民政府 or 街道办事处) published; for another sector, whether
 * each division's body of that sector did. {@code region} is null for the whole country (its
 * divisions are the provinces).
 */
public record Coverage(
    Division region, String regionPath, int year, String sector, List<Child> children) {

  public Coverage {
    children = List.copyOf(children);
  }

  /** A division and the reports found for it (empty when it has none in the index). */
  public record Child(Division division, String path, String level, List<ReportRow> reports) {
    public Child {
      reports = List.copyOf(reports);
    }

    public boolean covered() {
      return !reports.isEmpty();
    }
  }

  public long covered() {
    return children.stream().filter(Child::covered).count();
  }
}
