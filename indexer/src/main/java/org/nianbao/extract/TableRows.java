package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.source.Block;
import org.nianbao.source.Deadline;
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

  /**
   * The largest numbers a report holds: counts of a few digits, amounts in 万元 with decimals. A cell
   * of more digits is damage or an attack, and is read as no number (the checker flags it).
   */
  static final int MAX_INTEGER_DIGITS = 12;

  static final int MAX_FRACTION_DIGITS = 4;

  /** Longer than any bounded number: not even worth a regex. */
  private static final int MAX_NUMBER_CHARS = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 2;

  /** Cells that say "nothing given" (a placeholder, not zero). */
  private static final Pattern NOT_GIVEN = Pattern.compile("[-—–/／\\\\]*|无数据|空");

  private TableRows() {}

  /** The rows of every table block, in order. */
  static List<TableRow> of(List<Block> blocks) {
    List<TableRow> rows = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof TableBlock table) {
        for (List<TableBlock.Cell> cells : table.rows()) {
          Deadline.check();
          rows.add(row(cells));
        }
      }
    }
    return rows;
  }

  /**
   * The rows of a stretch of plain text in any of its layouts; lines of prose come out without
   * values.
   */
  static List<TableRow> read(String text) {
    List<Block> blocks = new ArrayList<>();
    for (Block block : LooseTables.regroup(PlainTextLayout.blocks(text))) {
      blocks.add(
          block instanceof TextBlock line
              ? TableBlock.ofTexts(List.of(List.of(line.text())))
              : block);
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
    java.util.Set<Integer> unreadable = new java.util.HashSet<>();
    int pendingBlanks = 0;
    for (TableBlock.Cell cell : cells) {
      String text = PlainTextLayout.normalizeNumber(cell.text());
      Kind kind = kind(text);
      if (kind == Kind.NUMBER || kind == Kind.UNREADABLE_NUMBER) {
        if (!cell.origin()) {
          continue; // a number spanning columns counts once
        }
        for (; pendingBlanks > 0 && !values.isEmpty(); pendingBlanks--) {
          values.add(null);
        }
        pendingBlanks = 0;
        if (kind == Kind.NUMBER) {
          values.add(new BigDecimal(text));
        } else {
          unreadable.add(values.size());
          values.add(null);
        }
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
    return new TableRow(
        Labels.normalize(label.toString()), Collections.unmodifiableList(values), unreadable);
  }

  private enum Kind {
    NUMBER,
    UNREADABLE_NUMBER,
    OTHER
  }

  /**
   * A bounded number, a number too long for any report (all digits, maybe a sign and a point), or
   * text.
   */
  private static Kind kind(String text) {
    if (text.length() <= MAX_NUMBER_CHARS && NUMBER.matcher(text).matches()) {
      int point = text.indexOf('.');
      int integerDigits = (point < 0 ? text.length() : point) - (text.startsWith("-") ? 1 : 0);
      int fractionDigits = point < 0 ? 0 : text.length() - point - 1;
      return integerDigits <= MAX_INTEGER_DIGITS && fractionDigits <= MAX_FRACTION_DIGITS
          ? Kind.NUMBER
          : Kind.UNREADABLE_NUMBER;
    }
    if (text.length() > MAX_NUMBER_CHARS && isNumberShaped(text)) {
      return Kind.UNREADABLE_NUMBER;
    }
    return Kind.OTHER;
  }

  /**
   * Digits with at most a leading minus and one point, checked in one pass (no regex on megabytes).
   */
  private static boolean isNumberShaped(String text) {
    int points = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        points++;
      } else if (!(c >= '0' && c <= '9') && !(c == '-' && i == 0)) {
        return false;
      }
    }
    return points <= 1;
  }
}
