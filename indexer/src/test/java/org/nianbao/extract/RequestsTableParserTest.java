package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.model.Applicant;
import org.nianbao.model.RequestRow;
import org.nianbao.model.RequestsTable;

/** The requests table on small fixtures in every layout, and the label rules. */
class RequestsTableParserTest {

  /** One printed row: its label cells and its value cells as printed ("" = empty cell). */
  private record Printed(List<String> labels, List<String> cells) {}

  private static Printed row(String label, String... cells) {
    return new Printed(List.of(label), List.of(cells));
  }

  private static Printed row(List<String> labels, String... cells) {
    return new Printed(labels, List.of(cells));
  }

  /** A 2021-format table, abridged, with a label split into two cells for the sub-rows. */
  private static final List<Printed> TABLE =
      List.of(
          row(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况")),
          row(List.of("自然人", "法人或其他组织", "总计")),
          row("一、本年新收政府信息公开申请数量", "7", "1", "0", "0", "1", "0", "9"),
          row("二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"),
          row(List.of("三、本年度办理结果", "（一）予以公开"), "4", "1", "0", "0", "0", "0", "5"),
          row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1", "0", "0", "0", "0", "0", "1"),
          row(List.of("（三）不予公开", "1.属于国家秘密"), "0", "0", "0", "0", "0", "0", "0"),
          row("4.保护第三方合法权益", "1", "0", "0", "0", "0", "0", "1"),
          row(List.of("（四）无法提供", "1.本机关不掌握相关政府信息"), "2", "0", "0", "0", "0", "0", "2"),
          row(List.of("（五）不予处理", "2.重复申请"), "0", "0", "0", "0", "1", "0", "1"),
          row(
              List.of("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
              "0",
              "0",
              "0",
              "0",
              "0",
              "0",
              "0"),
          row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0", "0"),
          row("3.其他", "0", "0", "0", "0", "0", "0", "0"),
          row("（七）总计", "8", "1", "0", "0", "1", "0", "10"),
          row("四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"));

  enum Layout {
    /** DOCX: one cell per line with a TAB prefix, a blank line after each row (淄博, 古县, 三门峡). */
    DOCX(
        rows -> {
          StringBuilder out = new StringBuilder();
          for (Printed p : rows) {
            p.labels().forEach(label -> out.append('\t').append(label).append('\n'));
            p.cells().forEach(cell -> out.append('\t').append(cell).append('\n'));
            out.append('\n');
          }
          return out.toString();
        }),
    /** PDF with tab stops: one row per line (聊城, 绥芬河). */
    TABS(rows -> joinRows(rows, "\t")),
    /** HTML tables flattened by the reader: {@code |} between cells. */
    BARS(rows -> joinRows(rows, "|")),
    /** PDF without tab stops: label, then numbers separated by spaces. */
    SPACES(rows -> joinRows(rows, " "));

    private final Function<List<Printed>, String> render;

    Layout(Function<List<Printed>, String> render) {
      this.render = render;
    }

    String render(List<Printed> rows) {
      return render.apply(rows);
    }

    private static String joinRows(List<Printed> rows, String separator) {
      StringBuilder out = new StringBuilder();
      for (Printed p : rows) {
        List<String> cells = new ArrayList<>(p.labels());
        cells.addAll(p.cells());
        out.append(String.join(separator, cells)).append('\n');
      }
      return out.toString();
    }
  }

  static RequestsTable parse(String text) {
    return RequestsTableParser.parse(TableRows.read(text));
  }

  private static void assertRow(RequestsTable t, RequestRow row, Long... expected) {
    List<Long> actual = new ArrayList<>();
    for (Applicant column : Applicant.values()) {
      actual.add(t.get(row, column));
    }
    assertEquals(Arrays.asList(expected), actual, row.key());
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void everyRowInEveryLayout(Layout layout) {
    RequestsTable t = parse(layout.render(TABLE));
    assertNotNull(t, layout.name());
    assertAll(
        layout.name(),
        () -> assertRow(t, RequestRow.NEW, 7L, 1L, 0L, 0L, 1L, 0L, 9L),
        () -> assertRow(t, RequestRow.CARRIED_OVER, 1L, 0L, 0L, 0L, 0L, 0L, 1L),
        () -> assertRow(t, RequestRow.GRANTED, 4L, 1L, 0L, 0L, 0L, 0L, 5L),
        () -> assertRow(t, RequestRow.PARTIAL, 1L, 0L, 0L, 0L, 0L, 0L, 1L),
        () -> assertRow(t, RequestRow.DENIED_STATE_SECRET, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
        () -> assertRow(t, RequestRow.DENIED_THIRD_PARTY, 1L, 0L, 0L, 0L, 0L, 0L, 1L),
        () -> assertRow(t, RequestRow.UNABLE_NOT_HELD, 2L, 0L, 0L, 0L, 0L, 0L, 2L),
        () -> assertRow(t, RequestRow.REJECTED_REPEAT, 0L, 0L, 0L, 0L, 1L, 0L, 1L),
        () -> assertRow(t, RequestRow.OTHER_NO_CORRECTION, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
        () -> assertRow(t, RequestRow.OTHER_NO_FEE, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
        () -> assertRow(t, RequestRow.OTHER_OTHER, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
        () -> assertRow(t, RequestRow.HANDLED_TOTAL, 8L, 1L, 0L, 0L, 1L, 0L, 10L),
        () -> assertRow(t, RequestRow.CARRIED_FORWARD, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
        // Rows the fixture does not print are absent: null, never 0.
        () -> assertRow(t, RequestRow.DENIED_LAW, null, null, null, null, null, null, null),
        () -> assertFalse(t.cells().hasRow(RequestRow.DENIED_LAW)));
  }

  @ParameterizedTest
  @EnumSource(
      value = Layout.class,
      names = {"DOCX", "TABS", "BARS"})
  void anEmptyCellInTheMiddleIsNullAndTheRestStayInTheirColumns(Layout layout) {
    RequestsTable t =
        parse(layout.render(List.of(row("一、本年新收政府信息公开申请数量", "3", "", "0", "—", "0", "0", "3"))));
    assertRow(t, RequestRow.NEW, 3L, null, 0L, null, 0L, 0L, 3L);
  }

  @Test
  void aRowWithSixNumbersLeavesTheTotalNull() {
    // 聊城: "→四、结转下年度继续办理→→→0→0→0→0→0→0"
    RequestsTable t = parse("\t四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\n");
    assertRow(t, RequestRow.CARRIED_FORWARD, 0L, 0L, 0L, 0L, 0L, 0L, null);
  }

  @Test
  void theStrayLabelWithNumbersIsIgnored() {
    // 聊城's PDF prints "三、" (the start of 三、本年度办理结果) as a row of its own with numbers.
    String text =
        String.join(
            "\n",
            "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
            "三、\t5\t0\t0\t0\t0\t0\t5",
            "（一）予以公开\t4\t0\t0\t0\t0\t0\t4",
            "");
    RequestsTable t = parse(text);
    assertAll(
        () -> assertRow(t, RequestRow.CARRIED_OVER, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
        () -> assertRow(t, RequestRow.GRANTED, 4L, 0L, 0L, 0L, 0L, 0L, 4L),
        () -> assertEquals(2, RequestRow.values().length - countAbsent(t), "only two rows read"));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void theOlderUndividedOtherRowIsOtherOther(Layout layout) {
    // 古县 (2019 format): one row （六）其他处理 without the sub-rows 1–3.
    RequestsTable t =
        parse(
            layout.render(
                List.of(
                    row(
                        List.of("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0"),
                    row("（六）其他处理", "2", "0", "0", "0", "0", "0", "2"),
                    row("（七）总计", "2", "0", "0", "0", "0", "0", "2"))));
    assertAll(
        layout.name(),
        () -> assertRow(t, RequestRow.OTHER_OTHER, 2L, 0L, 0L, 0L, 0L, 0L, 2L),
        () ->
            assertRow(t, RequestRow.OTHER_NO_CORRECTION, null, null, null, null, null, null, null),
        () -> assertRow(t, RequestRow.OTHER_NO_FEE, null, null, null, null, null, null, null),
        () -> assertRow(t, RequestRow.REJECTED_RECONFIRM, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
        () -> assertRow(t, RequestRow.HANDLED_TOTAL, 2L, 0L, 0L, 0L, 0L, 0L, 2L));
  }

  @Test
  void aLabelBrokenOntoTwoLinesInATabLayout() {
    // The PDF wraps the long label: its first half is a line without numbers.
    String text = String.join("\n", "（二）部分公开（区分处理的，只计这一情形，", "不计其他情形）\t1\t0\t0\t0\t0\t0\t1", "");
    assertRow(parse(text), RequestRow.PARTIAL, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
  }

  @Test
  void theFirstOfARepeatedRowWins() {
    String text = "（七）总计\t3\t0\t0\t0\t0\t0\t3\n（七）总计\t9\t9\t9\t9\t9\t9\t9\n";
    assertRow(parse(text), RequestRow.HANDLED_TOTAL, 3L, 0L, 0L, 0L, 0L, 0L, 3L);
  }

  @Test
  void noRowNoTable() {
    assertAll(
        () -> assertNull(parse("")),
        () -> assertNull(parse("2023年，我局未收到政府信息公开申请。\n")),
        () -> assertNull(parse("规章\t0\t0\t0\n行政许可\t5\n")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      一、本年新收政府信息公开申请数量;                      new
      二、上年结转政府信息公开申请数量;                      carried_over
      三、本年度办理结果（一）予以公开;                      granted
      （二）部分公开（区分处理的，只计这一情形，不计其他情形）; partial
      （三）不予公开1.属于国家秘密;                          denied_state_secret
      2.其他法律行政法规禁止公开;                            denied_law
      3.危及“三安全一稳定”;                                 denied_safety
      4.保护第三方合法权益;                                  denied_third_party
      5.属于三类内部事务信息;                                denied_internal
      6.属于四类过程性信息;                                  denied_process
      7.属于行政执法案卷;                                    denied_enforcement
      8.属于行政查询事项;                                    denied_query
      （四）无法提供1.本机关不掌握相关政府信息;              unable_not_held
      2.没有现成信息需要另行制作;                            unable_needs_creation
      3.补正后申请内容仍不明确;                              unable_unclear
      （五）不予处理1.信访举报投诉类申请;                    rejected_complaint
      2.重复申请;                                            rejected_repeat
      3.要求提供公开出版物;                                  rejected_publication
      4.无正当理由大量反复申请;                              rejected_mass
      5.要求行政机关确认或重新出具已获取信息;                rejected_reconfirm
      （六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请; other_no_correction
      2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请; other_no_fee
      3.其他;                                                other_other
      （六）其他处理;                                        other_other
      （七）总计;                                            handled_total
      四、结转下年度继续办理;                                carried_forward
      """)
  void labelsNameTheirRows(String label, String key) {
    RequestRow row = RequestsTableParser.match(Labels.normalize(label));
    assertNotNull(row, label);
    assertEquals(key, row.key(), label);
  }

  @ParameterizedTest
  @CsvSource({"三、", "申请人情况", "自然人", "商业企业", "其他结果"})
  void otherLabelsNameNoRow(String label) {
    assertNull(RequestsTableParser.match(label), label);
  }

  @Test
  void emptyLabelNamesNoRow() {
    assertTrue(RequestsTableParser.match("") == null);
  }

  private static int countAbsent(RequestsTable t) {
    int absent = 0;
    for (RequestRow row : RequestRow.values()) {
      if (!t.cells().hasRow(row)) {
        absent++;
      }
    }
    return absent;
  }
}
