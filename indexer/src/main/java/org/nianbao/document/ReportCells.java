package org.nianbao.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.Applicant;
import org.nianbao.model.CellRef;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewOutcome;
import org.nianbao.model.Tables;

/**
 * The given table cells of a report ({@code requests.new.total}, {@code
 * review_litigation.review.upheld}, {@code active.rules.issued}, {@code active.fees.amount}). Cells
 * the report does not give are absent, never 0.
 */
public final class ReportCells {

  private ReportCells() {}

  /** Every non-null cell, in template order: counts as Long, the fees amount as BigDecimal. */
  public static Map<CellRef, Number> of(Tables tables) {
    Map<CellRef, Number> cells = new LinkedHashMap<>();
    if (tables.active() != null) {
      active(tables.active(), cells);
    }
    if (tables.requests() != null) {
      for (RequestRow row : RequestRow.values()) {
        for (Applicant column : Applicant.values()) {
          put(cells, CellRef.of(row, column), tables.requests().get(row, column));
        }
      }
    }
    if (tables.reviewLitigation() != null) {
      for (ReviewGroup group : ReviewGroup.values()) {
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
          put(cells, CellRef.of(group, outcome), tables.reviewLitigation().get(group, outcome));
        }
      }
    }
    return cells;
  }

  private static void active(ActiveTable t, Map<CellRef, Number> cells) {
    documentCounts(cells, "rules", t.rules());
    documentCounts(cells, "normative_docs", t.normativeDocs());
    put(cells, CellRef.active("licensing", "decisions"), t.licensingDecisions());
    put(cells, CellRef.active("penalty", "decisions"), t.penaltyDecisions());
    put(cells, CellRef.active("coercion", "decisions"), t.coercionDecisions());
    put(cells, CellRef.active("fees", "amount"), t.feesAmount());
  }

  private static void documentCounts(
      Map<CellRef, Number> cells, String row, DocumentCounts counts) {
    if (counts != null) {
      put(cells, CellRef.active(row, "issued"), counts.issued());
      put(cells, CellRef.active(row, "repealed"), counts.repealed());
      put(cells, CellRef.active(row, "in_force"), counts.inForce());
    }
  }

  private static void put(Map<CellRef, Number> cells, CellRef cell, Number value) {
    if (value != null) {
      cells.put(cell, value);
    }
  }
}
