package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.coverage.Coverage;
import org.nianbao.coverage.CoverageFinder;
import org.nianbao.model.Level;
import org.nianbao.region.DivisionKind;
import org.nianbao.stats.ReportRow;
import org.nianbao.web.view.CoverageView;

/**
 * The 覆盖 page ({@code coverage.jte}): a form, then a region's divisions with and without a report.
 */
final class CoveragePage {

  private CoveragePage() {}

  /** The page; {@code coverage} null shows the form alone. */
  static String render(Coverage coverage) {
    if (coverage == null) {
      return Templates.render(
          "coverage.jte",
          new CoverageView.Page(Layout.shell("覆盖情况 · 年报检索", (String) null), "", "", "", null));
    }
    String regionName =
        coverage.region() == null ? "全国" : coverage.regionPath().replace("/", " › ");
    boolean government = coverage.sector().equals(CoverageFinder.GOVERNMENT);
    String subject = government ? "人民政府" : coverage.sector() + "部门";
    List<CoverageView.Child> children = new ArrayList<>();
    for (Coverage.Child child : coverage.children()) {
      List<CoverageView.Report> reports = new ArrayList<>();
      for (ReportRow row : child.reports()) {
        reports.add(
            new CoverageView.Report(row.heading(), "/reports/" + SearchParams.encode(row.id())));
      }
      String drill =
          child.division().kind() == DivisionKind.TOWNSHIP
              ? null
              : link(child.division().code(), coverage);
      children.add(
          new CoverageView.Child(
              child.division().name(),
              child.division().code(),
              Level.fromKey(child.level()).label(),
              child.covered(),
              reports,
              drill));
    }
    String heading = regionName + " " + coverage.year() + "年：下级" + subject + "的年度报告";
    String summary =
        coverage.children().size()
            + " 个下级区划中，"
            + coverage.covered()
            + " 个的"
            + subject
            + "有报告，"
            + (coverage.children().size() - coverage.covered())
            + " 个没有";
    String parent =
        coverage.region() == null ? null : link(coverage.region().parentCode(), coverage);
    String json =
        "/api/v1/coverage?"
            + query(coverage.region() == null ? null : coverage.region().code(), coverage);
    CoverageView.Result result = new CoverageView.Result(heading, summary, parent, children, json);
    return Templates.render(
        "coverage.jte",
        new CoverageView.Page(
            Layout.shell(heading + " · 年报检索", (String) null),
            coverage.region() == null ? "" : coverage.regionPath(),
            Integer.toString(coverage.year()),
            government ? "" : coverage.sector(),
            result));
  }

  private static String link(String code, Coverage coverage) {
    return "/coverage?" + query(code, coverage);
  }

  private static String query(String code, Coverage coverage) {
    List<String> parts = new ArrayList<>();
    if (code != null) {
      parts.add("region=" + code);
    }
    parts.add("year=" + coverage.year());
    if (!coverage.sector().equals(CoverageFinder.GOVERNMENT)) {
      parts.add("sector=" + SearchParams.encode(coverage.sector()));
    }
    return String.join("&", parts);
  }
}
