package org.nianbao.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewLitigationTable;
import org.nianbao.model.ReviewOutcome;
import org.nianbao.web.view.TableView;

/**
 * The three tables of the national template ({@code tables/*.jte}) with the template's row and
 * column labels. A cell the report does not give shows "—" (distinct from 0); a cell involved in a
 * violated rule has class {@code violated} and the reason in its title.
 */
final class ReportTables {

  private static final TableView.Cell NOT_GIVEN =
      new TableView.Cell(null, "num na", "报告未给出此项", "—", false);

  /** The requests table's outcome rows, from 予以公开 to 总计, under one 三、本年度办理结果 label. */
  private static final int OUTCOME_ROWS =
      (int)
          Arrays.stream(RequestRow.values())
              .filter(r -> r.isOutcome() || r == RequestRow.HANDLED_TOTAL)
              .count();

  private ReportTables() {}

  /** The 主动公开 table; its document counts are marked when a rule involves them (R9). */
  static TableView.Active active(ActiveTable t, ViolatedCells violated) {
    return new TableView.Active(
        documents(t.rules(), "rules", violated),
        documents(t.normativeDocs(), "normative_docs", violated),
        wide(number(t.licensingDecisions())),
        wide(number(t.penaltyDecisions())),
        wide(number(t.coercionDecisions())),
        wide(t.feesAmount() == null ? NOT_GIVEN : plain(t.feesAmount().toPlainString())));
  }

  private static List<TableView.Cell> documents(
      DocumentCounts counts, String row, ViolatedCells violated) {
    return List.of(
        cell(
            counts == null ? null : counts.issued(),
            violated.reason(CellRef.active(row, "issued")),
            false),
        cell(
            counts == null ? null : counts.repealed(),
            violated.reason(CellRef.active(row, "repealed")),
            false),
        cell(
            counts == null ? null : counts.inForce(),
            violated.reason(CellRef.active(row, "in_force")),
            false));
  }

  /** A cell spanning the table's three number columns. */
  private static TableView.Cell wide(TableView.Cell cell) {
    return new TableView.Cell("3", cell.cssClass(), cell.title(), cell.text(), cell.violated());
  }

  static TableView.Requests requests(RequestsTable t, ViolatedCells violated) {
    List<TableView.Row> rows = new ArrayList<>();
    String previousGroup = null;
    for (RequestRow row : RequestRow.values()) {
      List<TableView.Head> heads = new ArrayList<>();
      boolean inOutcomes = row.isOutcome() || row == RequestRow.HANDLED_TOTAL;
      if (!inOutcomes) {
        heads.add(new TableView.Head(row.label(), "3", null, "row", "row-label"));
      } else {
        if (row == RequestRow.GRANTED) {
          heads.add(
              new TableView.Head(
                  "三、本年度办理结果", null, Integer.toString(OUTCOME_ROWS), null, "row-group"));
        }
        String label = row.label();
        int space = label.indexOf(' ');
        if (space < 0) {
          heads.add(new TableView.Head(label, "2", null, "row", "row-label"));
          previousGroup = null;
        } else {
          // （三）不予公开 1.属于国家秘密: the group label once, spanning its rows, then the row's own.
          String group = label.substring(0, space);
          if (!group.equals(previousGroup)) {
            heads.add(
                new TableView.Head(
                    group, null, Integer.toString(groupSize(group)), null, "row-group"));
            previousGroup = group;
          }
          heads.add(new TableView.Head(label.substring(space + 1), null, null, "row", "row-label"));
        }
      }
      List<TableView.Cell> cells = new ArrayList<>();
      for (Applicant column : Applicant.values()) {
        cells.add(
            cell(
                t.get(row, column),
                violated.reason(CellRef.of(row, column)),
                column == Applicant.TOTAL));
      }
      rows.add(new TableView.Row(row.key(), heads, cells));
    }
    return new TableView.Requests(rows);
  }

  private static int groupSize(String group) {
    return (int)
        Arrays.stream(RequestRow.values())
            .filter(row -> row.label().startsWith(group + " "))
            .count();
  }

  static TableView.Review reviewLitigation(ReviewLitigationTable t, ViolatedCells violated) {
    List<String> litigation = new ArrayList<>();
    for (ReviewGroup group :
        new ReviewGroup[] {ReviewGroup.LITIGATION_DIRECT, ReviewGroup.LITIGATION_AFTER_REVIEW}) {
      litigation.add(group.label().substring(group.label().indexOf(' ') + 1)); // 行政诉讼 复议后起诉 → 复议后起诉
    }
    List<TableView.Cell> cells = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      for (ReviewOutcome outcome : ReviewOutcome.values()) {
        cells.add(
            cell(
                t.get(group, outcome),
                violated.reason(CellRef.of(group, outcome)),
                outcome == ReviewOutcome.TOTAL));
      }
    }
    return new TableView.Review(litigation, cells);
  }

  /**
   * A count that may be involved in a violated rule ({@code violation} null when not); a total
   * column is marked.
   */
  private static TableView.Cell cell(Long value, String violation, boolean total) {
    String css =
        "num"
            + (value == null ? " na" : "")
            + (total ? " total" : "")
            + (violation == null ? "" : " violated");
    if (value == null && violation == null) {
      return new TableView.Cell(null, css, NOT_GIVEN.title(), NOT_GIVEN.text(), false);
    }
    return new TableView.Cell(
        null,
        css,
        violation,
        value == null ? NOT_GIVEN.text() : value.toString(),
        violation != null);
  }

  private static TableView.Cell number(Long value) {
    return value == null ? NOT_GIVEN : plain(value.toString());
  }

  private static TableView.Cell plain(String text) {
    return new TableView.Cell(null, "num", null, text, false);
  }
}
