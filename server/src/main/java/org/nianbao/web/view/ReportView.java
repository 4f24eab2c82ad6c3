package org.nianbao.web.view;

import java.util.List;
import org.nianbao.search.Snippet;

/**
 * The report page ({@code report.jte}): the report's text as marked snippets, its tables as views.
 */
public final class ReportView {

  private ReportView() {}

  /**
   * The whole page. {@code matches} is null without a query; {@code years} is null when the
   * report's body is not known; {@code preamble} is empty when the report has none.
   */
  public record Page(
      Shell shell,
      String back,
      Snippet title,
      Metadata metadata,
      Matches matches,
      List<Flag> flags,
      Years years,
      List<TocEntry> toc,
      List<Paragraph> preamble,
      List<Part> parts,
      List<Extra> extras) {}

  /** The metadata list; a null value shows as 未注明. {@code code} is the region's GB/T 2260 code. */
  public record Metadata(
      String agency,
      String year,
      String published,
      String region,
      String code,
      String level,
      String sector,
      Source source,
      String json) {}

  /** Where the report was read: a web page (linked) or a local file (by its name only). */
  public record Source(String name, boolean web) {}

  /** How many places of the text mark the query. */
  public record Matches(String query, int count) {}

  /**
   * A violated rule: {@code cssClass} {@code flag warning} for a hint (R9); {@code compare} links
   * the report a cross-year rule compared with (null for the others).
   */
  public record Flag(
      String rule, String explanation, String message, String cssClass, Link compare) {}

  /** A link with its text. */
  public record Link(String text, String href) {}

  /**
   * The body's years: one link per report of the body ({@code href} null for this one), the names
   * the body had ({@code renamed}: 同一机关，曾用名 …, null when it kept its name), the key figures year by
   * year with the change from the year before, and the cross-year checks with their outcome.
   */
  public record Years(
      List<YearLink> links,
      String renamed,
      List<String> columns,
      List<FigureRow> figures,
      List<Check> checks) {}

  /** One report of the body: its year, agency and rules, linked unless it is this report. */
  public record YearLink(String year, String agency, String href, String flags) {}

  /** A key figure across the years, one cell per column. */
  public record FigureRow(String label, List<FigureCell> cells) {}

  /**
   * A figure's value ("—" when not given) and its change from the year before ({@code change} null
   * when either is missing; {@code cssClass} {@code up}, {@code down} or {@code same}).
   */
  public record FigureCell(String value, String change, String cssClass) {}

  /**
   * A cross-year rule for this report: its chip ({@code chipClass} as a flag's), what it asks, and
   * what was found ({@code cssClass} ok, bad, warn, na).
   */
  public record Check(
      String rule, String chipClass, String explanation, String outcome, String cssClass) {}

  /**
   * A paragraph as pieces: each a run of text (marked where the query matched) that is, or is not,
   * a sentence found again in last year's report (R10).
   */
  public record Paragraph(List<Piece> pieces) {}

  public record Piece(Snippet text, boolean reused) {}

  public record TocEntry(String href, String heading, String cssClass) {}

  /**
   * One of the six parts: its paragraphs (null when the report lacks the part) and, for the three
   * parts that have one, its table (or {@code tableMissing}).
   */
  public record Part(
      String key,
      String heading,
      List<Paragraph> paragraphs,
      TableView.Active active,
      TableView.Requests requests,
      TableView.Review review,
      boolean tableMissing) {}

  /** A part the report added, numbered from 1. */
  public record Extra(int number, Snippet heading, List<Paragraph> paragraphs) {}
}
