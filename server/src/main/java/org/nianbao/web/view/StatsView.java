package org.nianbao.web.view;

import java.util.List;

/**
 * The 统计 page ({@code stats.jte}): the form, the charts, the table of groups and the rankings,
 * every link built.
 */
public final class StatsView {

  private StatsView() {}

  public record Page(
      Shell shell,
      Form form,
      List<Chip> filters,
      String searchHref,
      long total,
      long tookMs,
      List<RateNote> rates,
      List<ChartView.Chart> charts,
      Table table,
      List<Ranking> rankings,
      List<Link> exports) {}

  /**
   * The form that asks for other statistics of the same search: {@code hidden} carries the search
   * (query, filters, value filters).
   */
  public record Form(
      List<Shell.Field> hidden,
      List<Option> groups,
      List<Option> measures,
      List<Option> ranks,
      String top) {}

  /** A choice of a select box ({@code selected} marks the current one). */
  public record Option(String value, String label, boolean selected) {}

  /**
   * A filter of the search, as on the search page's chips (not removable here: the search link
   * changes them).
   */
  public record Chip(String dimension, String value) {}

  /** A rate shown: its name, formula and how a group's figure is computed. */
  public record RateNote(String label, String key, String formula) {}

  /** The statistics table: its column headings and a row per group (the first: all reports). */
  public record Table(
      String groupLabel,
      List<Heading> headings,
      List<String> subheadings,
      List<Row> rows,
      int groupCount,
      int shown) {}

  /** A column heading: a measure's label and what the column holds (合计, 均值 …). */
  public record Heading(String text, String title, String colspan) {}

  /** {@code href}: the search for that group's reports. */
  public record Row(
      String label, String href, String reports, List<String> cells, String cssClass) {}

  /** The highest or lowest reports by a measure. */
  public record Ranking(String title, String measure, List<Ranked> reports) {}

  public record Ranked(
      int rank,
      String title,
      String href,
      String agency,
      String year,
      String value,
      String detail) {}

  public record Link(String label, String href) {}
}
