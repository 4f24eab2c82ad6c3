package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The row reader on each layout text extraction produces, in the seeds' styles. */
class TableRowsTest {

  static final String MIDDLE_NULL_BUG =
      "BUG: TableRows.row copies the values with List.copyOf(...), which throws NullPointerException on the null it "
          + "inserts for an empty or dashed cell between two numbers: TableRows.read(\"（一）予以公开\\t5\\t\\t0\\t0\\t0\\t0\\t5\") "
          + "throws NPE instead of giving values [5, null, 0, 0, 0, 0, 5] (same for — - / cells and for | and DOCX layouts), "
          + "so ReportParser.parse fails on any report with such a row";

  /** The values of a row as strings, "null" for a cell not given: [5, null, 0]. */
  private static String values(TableRow row) {
    List<String> out = new ArrayList<>();
    for (BigDecimal value : row.values()) {
      out.add(value == null ? "null" : value.toPlainString());
    }
    return out.toString();
  }

  private static TableRow only(String text) {
    List<TableRow> rows = TableRows.read(text).stream().filter(TableRow::hasValues).toList();
    assertEquals(1, rows.size(), () -> "rows with values in «" + text + "»: " + rows);
    return rows.get(0);
  }

  @Test
  void docxOneCellPerLineWithALabelSplitAcrossLines() {
    // 淄博/古县 style: each cell a line starting with TAB, a cell's own line break continues without
    // TAB,
    // a blank line ends the row.
    String text =
        String.join(
            "\n",
            "\t",
            "\t自然人",
            "\t商业",
            "企业",
            "\t科研",
            "机构",
            "",
            "\t一、本年新收政府信息公开",
            "申请数量",
            "\t11",
            "\t0",
            "\t0",
            "\t0",
            "\t0",
            "\t0",
            "\t11",
            "",
            "\t二、上年结转政府信息公开申请数量",
            "\t0",
            "\t0",
            "\t0",
            "\t0",
            "\t0",
            "\t0",
            "\t0",
            "");
    List<TableRow> rows = TableRows.read(text);
    assertEquals(3, rows.size(), rows::toString);
    assertAll(
        () -> assertEquals("自然人商业企业科研机构", rows.get(0).label()),
        () -> assertFalse(rows.get(0).hasValues()),
        () -> assertEquals("一、本年新收政府信息公开申请数量", rows.get(1).label()),
        () -> assertEquals("[11, 0, 0, 0, 0, 0, 11]", values(rows.get(1))),
        () -> assertEquals("二、上年结转政府信息公开申请数量", rows.get(2).label()),
        () -> assertEquals("[0, 0, 0, 0, 0, 0, 0]", values(rows.get(2))));
  }

  @Test
  void docxNumberOnTheLineAfterAnEmptyTabCell() {
    // 三门峡's 其他处理 sub-rows: "\t" then "0" on its own line, for each of the seven cells.
    StringBuilder text = new StringBuilder("\t1.申请人无正当理由逾期不补正、 行政机关不再处理其政府信息公开 申请\n");
    for (int i = 0; i < 7; i++) {
      text.append("\t\n").append(i == 6 ? "2" : i == 0 ? "2" : "0").append('\n');
    }
    TableRow row = only(text.toString());
    assertAll(
        () -> assertEquals("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", row.label()),
        () -> assertEquals("[2, 0, 0, 0, 0, 0, 2]", values(row)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      tab-separated (聊城, 绥芬河);        一、本年新收政府信息公开申请数量\\t5\\t0\\t0\\t0\\t0\\t0\\t5;  一、本年新收政府信息公开申请数量; [5, 0, 0, 0, 0, 0, 5]
      tab with leading empty cells;       \\t(六) 其他处理\\t1. 申请人无正当理由逾期不补正\\t0\\t1\\t0\\t0\\t0\\t0\\t1; （六）其他处理1.申请人无正当理由逾期不补正; [0, 1, 0, 0, 0, 0, 1]
      |-separated (HTML);                 一、本年新收政府信息公开申请数量|5|0|0|0|0|0|5;          一、本年新收政府信息公开申请数量; [5, 0, 0, 0, 0, 0, 5]
      |-separated with outer bars;        |（一）予以公开|3|1|0|0|0|0|4|;                           （一）予以公开; [3, 1, 0, 0, 0, 0, 4]
      whitespace-separated (PDF);         一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5;           一、本年新收政府信息公开申请数量; [5, 0, 0, 0, 0, 0, 5]
      whitespace with a spaced label;     （三）不予公开 1. 属于国家秘密 0 0 0 0 0 0 0;             （三）不予公开1.属于国家秘密; [0, 0, 0, 0, 0, 0, 0]
      full-width digits;                  一、本年新收政府信息公开申请数量\\t１２\\t０\\t０\\t０\\t０\\t０\\t１２; 一、本年新收政府信息公开申请数量; [12, 0, 0, 0, 0, 0, 12]
      thousands separators;               行政许可\\t1,234\\t\\t;                                      行政许可; [1234]
      full-width thousands separator;     行政许可|１，２３４;                                       行政许可; [1234]
      decimal amount;                     行政事业性收费\\t12.5;                                      行政事业性收费; [12.5]
      full-width decimal point;           行政事业性收费|０．８;                                      行政事业性收费; [0.8]
      """)
  void oneRowPerLineLayouts(String layout, String line, String label, String values) {
    TableRow row = only(unescape(line));
    assertAll(
        layout,
        () -> assertEquals(label, row.label(), "label"),
        () -> assertEquals(values, values(row), "values"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      tab, empty cell;             （一）予以公开\\t5\\t\\t0\\t0\\t0\\t0\\t5;   [5, null, 0, 0, 0, 0, 5]
      tab, em dash;                （一）予以公开\\t5\\t—\\t0\\t0\\t0\\t0\\t5;  [5, null, 0, 0, 0, 0, 5]
      tab, hyphen and slash;       （一）予以公开\\t5\\t-\\t/\\t0\\t0\\t0\\t5;   [5, null, null, 0, 0, 0, 5]
      tab, two dashes;             （一）予以公开\\t5\\t——\\t0\\t0\\t0\\t0\\t5; [5, null, 0, 0, 0, 0, 5]
      bar, empty cell;             （一）予以公开|5||0|0|0|0|5;          [5, null, 0, 0, 0, 0, 5]
      bar, em dash;                （一）予以公开|5|—|0|0|0|0|5;         [5, null, 0, 0, 0, 0, 5]
      """)
  void aMissingCellInTheMiddleIsNullNotShifted(String layout, String line, String values) {
    assertEquals(values, values(only(unescape(line))), layout);
  }

  @Test
  void trailingDashedAndEmptyCellsAreDropped() {
    assertAll(
        () -> assertEquals("[5, 0, 0, 0, 0, 0]", values(only("（一）予以公开|5|0|0|0|0|0|—"))),
        () -> assertEquals("[387]", values(only("行政许可\t387\t\t"))),
        () ->
            assertEquals("[0, 0, 0, 0, 0, 0]", values(only("\t四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0"))),
        () -> assertEquals("[5]", values(only("（一）予以公开|—|5"))));
  }

  @Test
  void docxEmptyAndDashedCellsInTheMiddleAreNull() {
    String text =
        String.join("\n", "\t（一）予以公开", "\t5", "\t", "\t—", "\t0", "\t0", "\t0", "\t5", "");
    assertEquals("[5, null, null, 0, 0, 0, 5]", values(only(text)));
  }

  @Test
  void whitespaceRowWithADashInTheMiddle() {
    TableRow row = only("（一）予以公开 5 — 0 0 0 0 5");
    assertAll(
        () -> assertEquals("（一）予以公开", row.label()),
        () -> assertEquals("[5, null, 0, 0, 0, 0, 5]", values(row)));
  }

  @Test
  void proseLinesAreRowsWithoutValues() {
    List<TableRow> rows = TableRows.read("2023年，我局共受理政府信息公开申请11件，均已按时答复。\n一、总体情况\n");
    assertTrue(rows.stream().noneMatch(TableRow::hasValues), rows::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      tab row;            规章\\t0\\t0\\t0;                      true
      bar row;            规章|0|0|0;                         true
      whitespace row;     一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5; true
      prose;              2023年，我局收到申请 5 件。;        false
      heading;            三、收到和处理政府信息公开申请情况;  false
      """)
  void isTableLine(String what, String line, boolean expected) {
    assertEquals(expected, TableRows.isTableLine(unescape(line)), what);
  }

  @Test
  void countIsNullForDecimalsAndAbsentCells() {
    TableRow row =
        new TableRow("x", Arrays.asList(new BigDecimal("2"), null, new BigDecimal("1.5")));
    assertAll(
        () -> assertEquals(2L, row.count(0)),
        () -> assertEquals(null, row.count(1)),
        () -> assertEquals(null, row.count(2), "1.5 is not a count"),
        () -> assertEquals(null, row.count(7), "beyond the row"));
  }

  /** CSV sources cannot hold a TAB literally without ambiguity: \t in the table stands for one. */
  static String unescape(String text) {
    return text.replace("\\t", "\t");
  }
}
