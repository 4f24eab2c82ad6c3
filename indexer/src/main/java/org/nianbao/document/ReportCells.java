package org.nianbao.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.Applicant;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewOutcome;
import org.nianbao.model.Tables;

/**
 * The given table cells of a report keyed by their path in the model's JSON ({@code
 * requests.new.total}, {@code review_litigation.review.upheld}, {@code active.rules.issued},
 * {@code active.fees.amount}). Cells the report does not give are absent, never 0.
 */
public final class ReportCells {

  private ReportCells() {}

  /** Every non-null cell, in template order: counts as Long, the fees amount as BigDecimal. */
  public static Map<String, Number> of(Tables tables) {
    Map<String, Number> cells = new LinkedHashMap<>();
    if (tables.active() != null) {
      active(tables.active(), cells);
    }
    if (tables.requests() != null) {
      for (RequestRow row : RequestRow.values()) {
        for (Applicant column : Applicant.values()) {
          put(cells, "requests." + row.key() + "." + column.key(), tables.requests().get(row, column));
        }
      }
    }
    if (tables.reviewLitigation() != null) {
      for (ReviewGroup group : ReviewGroup.values()) {
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
          put(cells, "review_litigation." + group.key() + "." + outcome.key(), tables.reviewLitigation().get(group, outcome));
        }
      }
    }
    return cells;
  }

  private static void active(ActiveTable t, Map<String, Number> cells) {
    documentCounts(cells, "active.rules", t.rules());
    documentCounts(cells, "active.normative_docs", t.normativeDocs());
    put(cells, "active.licensing.decisions", t.licensingDecisions());
    put(cells, "active.penalty.decisions", t.penaltyDecisions());
    put(cells, "active.coercion.decisions", t.coercionDecisions());
    put(cells, "active.fees.amount", t.feesAmount());
  }

  private static void documentCounts(Map<String, Number> cells, String prefix, DocumentCounts counts) {
    if (counts != null) {
      put(cells, prefix + ".issued", counts.issued());
      put(cells, prefix + ".repealed", counts.repealed());
      put(cells, prefix + ".in_force", counts.inForce());
    }
  }

  private static void put(Map<String, Number> cells, String path, Number value) {
    if (value != null) {
      cells.put(path, value);
    }
  }
}
