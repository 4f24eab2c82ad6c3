package org.nianbao.web.view;

import java.util.List;

/**
 * The 覆盖 page ({@code coverage.jte}): a region's divisions with and without a report, every link
 * built.
 */
public final class CoverageView {

  private CoverageView() {}

  /** {@code result} is null before a region is asked for. */
  public record Page(Shell shell, String region, String year, String sector, Result result) {}

  public record Result(
      String heading, String summary, String parentHref, List<Child> children, String jsonHref) {}

  /**
   * One division: its name, code and level, whether it has a report, the reports (links) and its
   * own divisions' coverage.
   */
  public record Child(
      String name,
      String code,
      String level,
      boolean covered,
      List<Report> reports,
      String drillHref) {}

  public record Report(String title, String href) {}
}
