package org.nianbao.web.view;

import java.util.List;

/** The three tables of the national template ({@code tables/*.jte}), cell by cell. */
public final class TableView {

  private TableView() {}

  /**
   * A number cell: "—" with class {@code na} when the report does not give it; {@code violated}
   * with the reason as {@code title} when a rule involving it fails. {@code colspan} null for one
   * column.
   */
  public record Cell(
      String colspan, String cssClass, String title, String text, boolean violated) {}

  /** 主动公开: documents (issued, repealed, in force) and decision counts. */
  public record Active(
      List<Cell> rules,
      List<Cell> normativeDocs,
      Cell licensing,
      Cell penalty,
      Cell coercion,
      Cell fees) {}

  /** 收到和处理政府信息公开申请: a row per template row, its label cells and its seven numbers. */
  public record Requests(List<Row> rows) {}

  public record Row(String key, List<Head> heads, List<Cell> cells) {}

  /** A row's label cell; null attributes are left out. */
  public record Head(String text, String colspan, String rowspan, String scope, String cssClass) {}

  /** 行政复议、行政诉讼: the two litigation groups' headings and the fifteen numbers. */
  public record Review(List<String> litigationGroups, List<Cell> cells) {}
}
