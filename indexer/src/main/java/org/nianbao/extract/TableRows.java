package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the rows of the tables in a stretch of report text, in every layout extraction produces:
 *
 * <ul>
 *   <li>DOCX: one cell per line, each starting with a TAB; a cell's own line breaks continue on
 *       lines without a TAB; a blank line ends the row (淄博, 古县, 三门峡);
 *   <li>PDF: one row per line, cells separated by TABs (聊城, 绥芬河);
 *   <li>HTML: one row per line, cells separated by {@code |};
 *   <li>PDF without tabs: a label followed by whitespace-separated numbers.
 * </ul>
 *
 * Prose lines come out as rows without values and are ignored by the table parsers.
 */
final class TableRows {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
  /** Cells that say "nothing given" (a placeholder, not zero). */
  private static final Pattern NOT_GIVEN = Pattern.compile("[-—–/／\\\\]*|无数据|空");

  private TableRows() {}

  static List<TableRow> read(String text) {
    List<TableRow> rows = new ArrayList<>();
    List<String> docxRow = null;
    for (String line : text.split("\n", -1)) {
      if (isDocxCell(line)) {
        if (docxRow == null) {
          docxRow = new ArrayList<>();
        }
        docxRow.add(line.substring(1));
      } else if (line.isBlank()) {
        docxRow = flush(docxRow, rows);
      } else if (docxRow != null && !line.contains("\t") && !line.contains("|")) {
        // A line break inside the last cell: 商业 / 企业.
        int last = docxRow.size() - 1;
        docxRow.set(last, docxRow.get(last) + line);
      } else {
        docxRow = flush(docxRow, rows);
        rows.add(row(splitLine(line)));
      }
    }
    flush(docxRow, rows);
    return rows;
  }

  /** True for the lines that DOCX extraction gives each cell: one leading TAB and no other. */
  static boolean isDocxCell(String line) {
    return line.startsWith("\t") && line.indexOf('\t', 1) < 0;
  }

  /** True for a line that belongs to a table in any layout (used to cut tables out of prose). */
  static boolean isTableLine(String line) {
    if (line.contains("\t") || line.contains("|")) {
      return true;
    }
    List<String> cells = splitLine(line);
    return cells.size() > 2 && row(cells).values().size() >= 2;
  }

  private static List<String> flush(List<String> docxRow, List<TableRow> rows) {
    if (docxRow != null) {
      rows.add(row(docxRow));
    }
    return null;
  }

  private static List<String> splitLine(String line) {
    if (line.contains("\t")) {
      return Arrays.asList(line.split("\t", -1));
    }
    if (line.contains("|")) {
      return Arrays.asList(line.split("\\|", -1));
    }
    // No separators: "label 5 0 0 0 0 0 5" from a PDF without tab stops.
    String[] tokens = line.strip().split("\\s+");
    // The trailing run of numbers and not-given marks (5 — 0 0) holds the values.
    int firstNumber = tokens.length;
    boolean anyNumber = false;
    while (firstNumber > 0) {
      String token = normalizeNumber(tokens[firstNumber - 1]);
      boolean number = NUMBER.matcher(token).matches();
      if (!number && !(NOT_GIVEN.matcher(token).matches() && !token.isEmpty())) {
        break;
      }
      anyNumber |= number;
      firstNumber--;
    }
    if (!anyNumber) {
      return List.of(line);
    }
    List<String> cells = new ArrayList<>();
    cells.add(String.join("", Arrays.copyOfRange(tokens, 0, firstNumber)));
    cells.addAll(Arrays.asList(tokens).subList(firstNumber, tokens.length));
    return cells;
  }

  private static TableRow row(List<String> cells) {
    StringBuilder label = new StringBuilder();
    List<BigDecimal> values = new ArrayList<>();
    int pendingBlanks = 0;
    for (String raw : cells) {
      String cell = normalizeNumber(raw);
      if (NUMBER.matcher(cell).matches()) {
        for (; pendingBlanks > 0 && !values.isEmpty(); pendingBlanks--) {
          values.add(null);
        }
        pendingBlanks = 0;
        values.add(new BigDecimal(cell));
      } else if (NOT_GIVEN.matcher(cell).matches()) {
        pendingBlanks++;
      } else if (values.isEmpty()) {
        label.append(cell);
        pendingBlanks = 0;
      }
    }
    // Not List.copyOf: a cell not given between two numbers is a null that must keep its place.
    return new TableRow(Labels.normalize(label.toString()), java.util.Collections.unmodifiableList(values));
  }

  /** Strips spaces and thousands separators and folds full-width digits: " １,２３４ " → "1234". */
  static String normalizeNumber(String cell) {
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
