package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.source.Block;
import org.nianbao.source.PlainTextLayout;
import org.nianbao.source.TableBlock;
import org.nianbao.source.TextBlock;

/**
 * Turns table blocks into the rows the table parsers read: each row's label (its text cells before
 * the first number, a merged label cell above included) and its values (the numbers from there on,
 * with null for an empty or dashed cell between two numbers). A row without numbers is a header or
 * a label broken onto its own line.
 */
final class TableRows {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
  /** Cells that say "nothing given" (a placeholder, not zero). */
  private static final Pattern NOT_GIVEN = Pattern.compile("[-—–/／\\\\]*|无数据|空");

  private TableRows() {}

  /** The rows of every table block, in order. */
  static List<TableRow> of(List<Block> blocks) {
    List<TableRow> rows = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof TableBlock table) {
        for (List<TableBlock.Cell> cells : table.rows()) {
          rows.add(row(cells));
        }
      }
    }
    return rows;
  }

  /** The rows of a stretch of plain text in any of its layouts; lines of prose come out without values. */
  static List<TableRow> read(String text) {
    List<Block> blocks = new ArrayList<>();
    for (Block block : LooseTables.regroup(PlainTextLayout.blocks(text))) {
      blocks.add(block instanceof TextBlock line ? TableBlock.ofTexts(List.of(List.of(line.text()))) : block);
    }
    return of(blocks);
  }

  /** True for a line that is a table row in a plain-text layout. */
  static boolean isTableLine(String line) {
    return PlainTextLayout.isRowLine(line);
  }

  private static TableRow row(List<TableBlock.Cell> cells) {
    StringBuilder label = new StringBuilder();
    String lastLabelCell = null;
    List<BigDecimal> values = new ArrayList<>();
    int pendingBlanks = 0;
    for (TableBlock.Cell cell : cells) {
      String text = PlainTextLayout.normalizeNumber(cell.text());
      if (NUMBER.matcher(text).matches()) {
        if (!cell.origin()) {
          continue; // a number spanning columns counts once
        }
        for (; pendingBlanks > 0 && !values.isEmpty(); pendingBlanks--) {
          values.add(null);
        }
        pendingBlanks = 0;
        values.add(new BigDecimal(text));
      } else if (NOT_GIVEN.matcher(text).matches()) {
        if (cell.origin()) {
          pendingBlanks++;
        }
      } else if (values.isEmpty()) {
        // A label cell spanning columns repeats its text: take it once.
        if (!cell.text().equals(lastLabelCell)) {
          label.append(cell.text());
          lastLabelCell = cell.text();
        }
        pendingBlanks = 0;
      }
    }
    // Not List.copyOf: a cell not given between two numbers is a null that must keep its place.
    return new TableRow(Labels.normalize(label.toString()), Collections.unmodifiableList(values));
  }
}
