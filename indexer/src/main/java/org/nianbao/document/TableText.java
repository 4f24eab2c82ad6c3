package org.nianbao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.nianbao.model.ActiveTable;
import org.nianbao.model.Applicant;
import org.nianbao.model.DocumentCounts;
import org.nianbao.model.RequestRow;
import org.nianbao.model.ReviewGroup;
import org.nianbao.model.ReviewOutcome;
import org.nianbao.model.Tables;

/**
 * The three tables as searchable lines, one per row: the template's row label, then each given cell
 * with its column label ({@code （三）不予公开 1.属于国家秘密 自然人 1 总计 1}). A row label is thus found together
 * with its numbers. A row whose given cells are all zero says what every report's template says, so
 * it is boilerplate; a row that counts something is content.
 */
public final class TableText {

  private TableText() {}

  /** The rows as one text with its content/boilerplate twins, or null when no cell is given. */
  public static MaskedText of(Tables tables) {
    List<Row> rows = rows(tables);
    if (rows.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    BitSet boilerplate = new BitSet();
    for (Row row : rows) {
      int start = text.length();
      text.append(row.text()).append('\n');
      if (!row.countsSomething()) {
        boilerplate.set(start, text.length());
      }
    }
    return MaskedText.of(text.toString(), boilerplate);
  }

  /** One table row as text; {@code countsSomething} when a given cell is not zero. */
  record Row(String text, boolean countsSomething) {}

  static List<Row> rows(Tables tables) {
    List<Row> rows = new ArrayList<>();
    if (tables == null) {
      return rows;
    }
    if (tables.active() != null) {
      active(tables.active(), rows);
    }
    if (tables.requests() != null) {
      for (RequestRow row : RequestRow.values()) {
        RowBuilder b = new RowBuilder(row.label());
        for (Applicant column : Applicant.values()) {
          b.cell(column.label(), tables.requests().get(row, column));
        }
        b.addTo(rows);
      }
    }
    if (tables.reviewLitigation() != null) {
      for (ReviewGroup group : ReviewGroup.values()) {
        RowBuilder b = new RowBuilder(group.label());
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
          b.cell(outcome.label(), tables.reviewLitigation().get(group, outcome));
        }
        b.addTo(rows);
      }
    }
    return rows;
  }

  private static void active(ActiveTable t, List<Row> rows) {
    documentCounts("规章", t.rules(), rows);
    documentCounts("行政规范性文件", t.normativeDocs(), rows);
    new RowBuilder("行政许可").cell("本年处理决定数量", t.licensingDecisions()).addTo(rows);
    new RowBuilder("行政处罚").cell("本年处理决定数量", t.penaltyDecisions()).addTo(rows);
    new RowBuilder("行政强制").cell("本年处理决定数量", t.coercionDecisions()).addTo(rows);
    new RowBuilder("行政事业性收费").cell("本年收费金额（万元）", t.feesAmount()).addTo(rows);
  }

  private static void documentCounts(String label, DocumentCounts counts, List<Row> rows) {
    if (counts != null) {
      new RowBuilder(label)
          .cell("本年制发件数", counts.issued())
          .cell("本年废止件数", counts.repealed())
          .cell("现行有效件数", counts.inForce())
          .addTo(rows);
    }
  }

  private static final class RowBuilder {
    private final StringBuilder text;
    private boolean anyCell;
    private boolean nonZero;

    RowBuilder(String label) {
      this.text = new StringBuilder(label);
    }

    RowBuilder cell(String column, Number value) {
      if (value != null) {
        anyCell = true;
        String shown =
            value instanceof BigDecimal d
                ? d.stripTrailingZeros().toPlainString()
                : value.toString();
        text.append(' ').append(column).append(' ').append(shown);
        nonZero |= value instanceof BigDecimal d ? d.signum() != 0 : value.longValue() != 0;
      }
      return this;
    }

    void addTo(List<Row> rows) {
      if (anyCell) {
        rows.add(new Row(text.toString(), nonZero));
      }
    }
  }
}
