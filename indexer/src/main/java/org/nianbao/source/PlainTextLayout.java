package org.nianbao.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the blocks of a plain-text report, in the layouts that text exported from DOCX, PDF and
 * HTML arrives in:
 *
 * <ul>
 *   <li>one cell per line, each starting with a TAB; a cell's own line breaks continue on lines
 *       without a TAB; a blank line ends the row (text saved from DOCX);
 *   <li>one row per line, cells separated by TABs (text saved from PDF) or by {@code |} (HTML,
 *       Markdown);
 *   <li>a label followed by whitespace-separated numbers (PDF text without tab stops).
 * </ul>
 *
 * Short lines between two table rows (a label broken onto its own line: 三、本年度办理结果) belong to the
 * table as one-cell rows; every other line is a {@link TextBlock}. Tables whose cells stand one per
 * line with no separator at all are regrouped later, by the parser, once it knows the headings.
 */
public final class PlainTextLayout {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

  /** Cells that say "nothing given" (a placeholder, not zero). */
  private static final Pattern NOT_GIVEN = Pattern.compile("[-—–/／\\\\]+|无数据|空");

  /** A Markdown table's rule line: |---|:---:|. */
  private static final Pattern MARKDOWN_RULE =
      Pattern.compile("^\\|?(?:\\s*:?-{3,}:?\\s*\\|)+\\s*:?-*:?\\s*$");

  private PlainTextLayout() {}

  public static List<Block> blocks(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Deadline.check();
      String line = lines.get(i);
      if (isDocxCell(line)) {
        i = readDocxTable(lines, i, blocks);
      } else if (isRowLine(line)) {
        i = readRowTable(lines, i, blocks);
      } else {
        addText(line, blocks);
        i++;
      }
    }
    return blocks;
  }

  /** True for the lines that DOCX export gives each cell: one leading TAB and no other. */
  static boolean isDocxCell(String line) {
    return line.startsWith("\t") && line.indexOf('\t', 1) < 0;
  }

  /** A line that is a table row by itself: separated by TABs or bars, or a label and numbers. */
  public static boolean isRowLine(String line) {
    if (line.isBlank()) {
      return false;
    }
    if (line.contains("\t") || line.contains("|")) {
      return true;
    }
    List<String> cells = whitespaceCells(line);
    return cells.size() > 2
        && cells.stream().skip(1).filter(c -> NUMBER.matcher(normalizeNumber(c)).matches()).count()
            >= 2;
  }

  private static int readDocxTable(List<String> lines, int start, List<Block> blocks) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = null;
    int i = start;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isDocxCell(line)) {
        if (row == null) {
          row = new ArrayList<>();
        }
        row.add(line.substring(1).strip());
      } else if (line.isBlank()) {
        if (row != null) {
          rows.add(row);
          row = null;
        } else if (!continuesDocxTable(lines, i + 1)) {
          break; // a second blank line, and no more cells: the table ends
        }
      } else if (row != null && !line.contains("\t") && !line.contains("|")) {
        // A line break inside the last cell: 商业 / 企业.
        row.set(row.size() - 1, row.get(row.size() - 1) + line.strip());
      } else if (!line.contains("\t") && nextNonBlankIsDocxCell(lines, i + 1)) {
        // A cell that lost its TAB between rows (总计, （本列数据的勾稽关系为…）): a row of its own.
        rows.add(new ArrayList<>(List.of(line.strip())));
      } else {
        break;
      }
    }
    if (row != null) {
      rows.add(row);
    }
    blocks.add(TableBlock.ofTexts(rows));
    return i;
  }

  /** More cells follow, perhaps after one short line that lost its TAB (三、本 年度办 理结果). */
  private static boolean continuesDocxTable(List<String> lines, int from) {
    int next = nextNonBlank(lines, from);
    if (next < 0) {
      return false;
    }
    String line = lines.get(next);
    return isDocxCell(line)
        || !isProse(line) && !line.contains("\t") && nextNonBlankIsDocxCell(lines, next + 1);
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean nextNonBlankIsDocxCell(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return isDocxCell(lines.get(i));
      }
    }
    return false;
  }

  /**
   * Row lines, and the short lines between them; the table ends at its last row line, and lines
   * after that go back to the text.
   */
  private static int readRowTable(List<String> lines, int start, List<Block> blocks) {
    List<List<String>> rows = new ArrayList<>();
    int lastRowLine = start;
    List<List<String>> pendingShort = new ArrayList<>();
    int i = start;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (isRowLine(line)) {
        rows.addAll(pendingShort);
        pendingShort.clear();
        if (!MARKDOWN_RULE.matcher(line.strip()).matches()) {
          rows.add(rowCells(line));
        }
        lastRowLine = i;
      } else if (isProse(line) && !nextNonBlankIsRow(lines, i + 1)) {
        break;
      } else {
        pendingShort.add(List.of(line.strip()));
      }
    }
    blocks.add(TableBlock.ofTexts(rows));
    return lastRowLine + 1;
  }

  private static boolean nextNonBlankIsRow(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return isRowLine(lines.get(i));
      }
    }
    return false;
  }

  /** A sentence or a long line: not a broken cell. */
  private static boolean isProse(String line) {
    String text = line.strip();
    return text.length() > 20 || text.contains("。");
  }

  private static List<String> rowCells(String line) {
    if (line.contains("\t")) {
      return strippedAll(line.split("\t", -1));
    }
    if (line.contains("|")) {
      String inner = line.strip();
      // Markdown rows: | a | b | has an empty cell before the first bar and after the last.
      if (inner.startsWith("|")) {
        inner = inner.substring(1);
      }
      if (inner.endsWith("|")) {
        inner = inner.substring(0, inner.length() - 1);
      }
      return strippedAll(inner.split("\\|", -1));
    }
    return whitespaceCells(line);
  }

  private static List<String> strippedAll(String[] cells) {
    return Arrays.stream(cells).map(String::strip).toList();
  }

  /** "label 5 0 0 0 0 0 5": the label, then the trailing run of numbers and not-given marks. */
  private static List<String> whitespaceCells(String line) {
    String[] tokens = line.strip().split("\\s+");
    int firstNumber = tokens.length;
    boolean anyNumber = false;
    while (firstNumber > 0) {
      String token = normalizeNumber(tokens[firstNumber - 1]);
      boolean number = NUMBER.matcher(token).matches();
      if (!number && !NOT_GIVEN.matcher(token).matches()) {
        break;
      }
      anyNumber |= number;
      firstNumber--;
    }
    if (!anyNumber) {
      return List.of(line.strip());
    }
    List<String> cells = new ArrayList<>();
    cells.add(String.join("", Arrays.copyOfRange(tokens, 0, firstNumber)));
    cells.addAll(Arrays.asList(tokens).subList(firstNumber, tokens.length));
    return cells;
  }

  private static void addText(String line, List<Block> blocks) {
    String text = line.strip();
    if (!text.isEmpty()) {
      blocks.add(new TextBlock(text));
    }
  }

  /** Strips spaces and thousands separators and folds full-width digits: " １,２３４ " → "1234". */
  public static String normalizeNumber(String cell) {
    StringBuilder out = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= '０' && c <= '９') {
        out.append((char) ('0' + (c - '０')));
      } else if (c == '．') {
        out.append('.');
      } else if (c != ',' && c != '，' && !Character.isWhitespace(c) && c != '\u00A0') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
