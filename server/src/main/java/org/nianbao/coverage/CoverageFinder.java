package org.nianbao.coverage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nianbao.model.Level;
import org.nianbao.region.Division;
import org.nianbao.region.DivisionKind;
import org.nianbao.region.Gazetteer;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.stats.ReportRow;
import org.nianbao.stats.ReportStatistics;

/**
 * Finds a {@link Coverage}: the region's direct divisions from the gazetteer, and the index's
 * reports of the year and sector within the region. A division is covered by a report whose region
 * is exactly the division's (not one of its parts) at the division's level: 淄博市人民政府 covers 淄博市,
 * 张店区人民政府 does not. A township has no region of its own in the model (its region is its county's),
 * so a township's report covers it when its agency names the township.
 */
public final class CoverageFinder {

  /**
   * The whole country has 3,000 counties and 40,000 townships; one region-year-sector holds far
   * fewer reports.
   */
  static final int MAX_REPORTS = 100_000;

  public static final String GOVERNMENT = "政府";

  private final Gazetteer gazetteer;
  private final ReportStatistics statistics;

  public CoverageFinder(Gazetteer gazetteer, ReportStatistics statistics) {
    this.gazetteer = gazetteer;
    this.statistics = statistics;
  }

  /**
   * The coverage of {@code region}'s divisions (null: the provinces) for {@code year} and {@code
   * sector} (null: 政府).
   */
  public Coverage find(Division region, int year, String sector) throws IOException {
    String wanted = sector == null || sector.isBlank() ? GOVERNMENT : sector.strip();
    List<String> path = region == null ? List.of() : gazetteer.regionOf(region).path();
    SearchRequest search =
        new SearchRequest("", year, path, null, wanted, null, null, 1, 1, SortOrder.YEAR_DESC);
    List<ReportRow> reports = statistics.rows(search, List.of(), MAX_REPORTS);
    List<Coverage.Child> children = new ArrayList<>();
    for (Division child : region == null ? provinces() : gazetteer.children(region)) {
      Level level = gazetteer.levelOf(child);
      List<ReportRow> found = new ArrayList<>();
      for (ReportRow report : reports) {
        if (covers(report, child, level, path)) {
          found.add(report);
        }
      }
      children.add(new Coverage.Child(child, gazetteer.pathOf(child), level.key(), found));
    }
    return new Coverage(
        region, region == null ? "" : gazetteer.pathOf(region), year, wanted, children);
  }

  private boolean covers(ReportRow report, Division child, Level level, List<String> parentPath) {
    if (report.level() != level) {
      return false;
    }
    if (child.kind() == DivisionKind.TOWNSHIP) {
      return report.region().path().equals(parentPath)
          && report.agency() != null
          && report.agency().contains(child.name());
    }
    return report.region().path().equals(gazetteer.regionOf(child).path());
  }

  private List<Division> provinces() {
    // Every province's code is xx0000; the gazetteer finds them by code.
    List<Division> provinces = new ArrayList<>();
    for (int code = 11; code <= 82; code++) {
      gazetteer.byCode(code + "0000").filter(d -> d.parentCode() == null).ifPresent(provinces::add);
    }
    return provinces;
  }

  /**
   * The newest year with a report of {@code sector} in {@code region}, or null when there is none.
   */
  public Integer newestYear(Division region, String sector) throws IOException {
    String wanted = sector == null || sector.isBlank() ? GOVERNMENT : sector.strip();
    List<String> path = region == null ? List.of() : gazetteer.regionOf(region).path();
    SearchRequest search =
        new SearchRequest("", null, path, null, wanted, null, null, 1, 1, SortOrder.YEAR_DESC);
    return statistics.rows(search, List.of(), 1).stream()
        .map(ReportRow::year)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
