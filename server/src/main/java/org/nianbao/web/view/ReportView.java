package org.nianbao.web.view;

import java.util.List;
import org.nianbao.search.Snippet;

/** The report page ({@code report.jte}): the report's text as marked snippets, its tables as views. */
public final class ReportView {

  private ReportView() {}

  /**
   * The whole page. {@code matches} is null without a query; {@code preamble} is empty when the
   * report has none.
   */
  public record Page(Shell shell, String back, Snippet title, Metadata metadata, Matches matches, List<Flag> flags,
      List<TocEntry> toc, List<Snippet> preamble, List<Part> parts, List<Extra> extras) {}

  /** The metadata list; a null value shows as 未注明. {@code code} is the region's GB/T 2260 code. */
  public record Metadata(String agency, String year, String published, String region, String code, String level,
      String sector, Source source, String json) {}

  /** Where the report was read: a web page (linked) or a local file (by its name only). */
  public record Source(String name, boolean web) {}

  /** How many places of the text mark the query. */
  public record Matches(String query, int count) {}

  public record Flag(String rule, String explanation, String message) {}

  public record TocEntry(String href, String heading, String cssClass) {}

  /**
   * One of the six parts: its paragraphs (null when the report lacks the part) and, for the three
   * parts that have one, its table (or {@code tableMissing}).
   */
  public record Part(String key, String heading, List<Snippet> paragraphs, TableView.Active active,
      TableView.Requests requests, TableView.Review review, boolean tableMissing) {}

  /** A part the report added, numbered from 1. */
  public record Extra(int number, Snippet heading, List<Snippet> paragraphs) {}
}
