package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.check.ConsistencyChecker;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Applicant;
import org.nianbao.model.Flag;
import org.nianbao.model.Part;
import org.nianbao.model.RequestRow;

/**
 * Partial reports (a web page's beginning, a report without tables) and texts that are not reports.
 */
class ReportParserTest {

  private static final ReportParser PARSER = ReportParser.bundled();

  private static String r7(AnnualReport report) {
    List<Flag> r7 =
        new ConsistencyChecker()
            .check(report).stream().filter(f -> f.rule().id().equals("R7")).toList();
    assertEquals(1, r7.size(), () -> "one R7 flag: " + r7);
    return r7.get(0).message();
  }

  @Test
  void aWebPagesBeginningOnly() throws NotAReportException {
    AnnualReport r =
        PARSER.parse(
            String.join(
                "\n",
                "首页 > 信息公开 > 政府信息公开年报",
                "淄博市文化和旅游局2023年度政府信息公开工作年度报告",
                "发布日期：2024-01-15  来源：淄博市文化和旅游局",
                "本年度报告中所列数据的统计期限自2023年1月1日起，至2023年12月31日止。",
                "一、总体情况",
                "2023年，淄博市文化和旅游局根据《中华人民共和国政府信息公开条例》，继续加大政府信息公开工作力度。",
                "（一）围绕全年重点工作，加大主动公开信息力度",
                "2023年，市文化和旅游局主动公开信息6101条。",
                ""));
    String r7 = r7(r);
    assertAll(
        () -> assertEquals("淄博市文化和旅游局2023年度政府信息公开工作年度报告", r.title()),
        () -> assertEquals("淄博市文化和旅游局", r.agency()),
        () -> assertEquals(2023, r.year()),
        () -> assertEquals(LocalDate.of(2024, 1, 15), r.published()),
        () -> assertEquals(List.of(Part.OVERVIEW), List.copyOf(r.parts().main().keySet())),
        () -> assertTrue(r.parts().get(Part.OVERVIEW).startsWith("2023年，淄博市文化和旅游局根据")),
        () -> assertTrue(r.parts().get(Part.OVERVIEW).endsWith("主动公开信息6101条。")),
        () -> assertNull(r.tables().active()),
        () -> assertNull(r.tables().requests()),
        () -> assertNull(r.tables().reviewLitigation()),
        () -> {
          for (Part part :
              List.of(
                  Part.ACTIVE, Part.REQUESTS, Part.REVIEW_LITIGATION, Part.PROBLEMS, Part.OTHER)) {
            assertTrue(r7.contains(part.heading()), "R7 names " + part.heading() + ": " + r7);
          }
        },
        () -> assertFalse(r7.contains(Part.OVERVIEW.heading()), r7),
        () -> assertTrue(r7.contains("主动公开情况表"), r7),
        () -> assertTrue(r7.contains("收到和处理政府信息公开申请情况表"), r7),
        () -> assertTrue(r7.contains("行政复议、行政诉讼情况表"), r7));
  }

  @Test
  void aReportWithoutItsTables() throws NotAReportException {
    AnnualReport r =
        PARSER.parse(
            String.join(
                "\n",
                "聊城市文化和旅游局2023年政府信息公开工作年度报告",
                "一、总体情况",
                "2023年，我局认真做好政务公开各项工作。",
                "二、主动公开政府信息情况",
                "（表格见附件）",
                "三、收到和处理政府信息公开申请情况",
                "2023年，我局收到政府信息公开申请5件，均已按时答复。",
                "四、政府信息公开行政复议、行政诉讼情况",
                "本年度未发生行政复议、行政诉讼。",
                "五、存在的主要问题及改进情况",
                "信息公开不够及时。",
                "六、其他需要报告的事项",
                "无。",
                "聊城市文化和旅游局",
                "2024年1月20日"));
    String r7 = r7(r);
    assertAll(
        () -> assertEquals(6, r.parts().main().size()),
        () -> assertEquals(LocalDate.of(2024, 1, 20), r.published()),
        () -> assertEquals("无。", r.parts().get(Part.OTHER), "the signature is not prose"),
        () -> assertEquals("2023年，我局收到政府信息公开申请5件，均已按时答复。", r.parts().get(Part.REQUESTS)),
        () -> assertTrue(r7.contains("主动公开情况表"), r7),
        () -> assertTrue(r7.contains("收到和处理政府信息公开申请情况表"), r7),
        () -> assertTrue(r7.contains("行政复议、行政诉讼情况表"), r7),
        () -> assertFalse(r7.contains("部分"), "no part is missing: " + r7));
  }

  @Test
  void aChineseNewsTextIsNotAReport() {
    NotAReportException e =
        assertThrows(
            NotAReportException.class,
            () ->
                PARSER.parse(
                    String.join(
                        "\n",
                        "我市举办2023年文化旅游消费季启动仪式",
                        "10月1日上午，2023年文化旅游消费季启动仪式在市民广场举行。市委常委、宣传部部长出席活动并致辞。",
                        "活动现场，各区县文旅部门推介了特色线路和优惠政策，吸引了众多市民游客参与。",
                        "据介绍，本次消费季将持续至12月31日，共推出各类文旅活动200余场。")));
    // A report is recognised by its content (part headings, tables, 条例, 统计期限), so the reason names
    // what is missing.
    assertAll(
        () -> assertNotNull(e.getMessage()),
        () -> assertTrue(e.getMessage().startsWith("not an annual report"), e.getMessage()),
        () ->
            assertTrue(
                e.getMessage().contains("part headings"),
                "the reason says what a report has: " + e.getMessage()));
  }

  @Test
  void emptyAndBlankTextsAreNotReports() {
    assertAll(
        () ->
            assertTrue(
                assertThrows(NotAReportException.class, () -> PARSER.parse(""))
                    .getMessage()
                    .contains("no text")),
        () ->
            assertTrue(
                assertThrows(NotAReportException.class, () -> PARSER.parse(" \n\r\n\t\n"))
                    .getMessage()
                    .contains("no text")),
        () ->
            assertTrue(
                assertThrows(NotAReportException.class, () -> PARSER.parse("\uFEFF"))
                    .getMessage()
                    .contains("no text")));
  }

  @Test
  void aTitleOverTwoLinesAndCrLfLineEnds() throws NotAReportException {
    AnnualReport r = PARSER.parse("古县文化和旅游局\r\n\r\n2022年政府信息公开工作年度报告\r\n\r\n一、总体情况\r\n正文。\r\n");
    assertAll(
        () -> assertEquals("古县文化和旅游局2022年政府信息公开工作年度报告", r.title()),
        () -> assertEquals("古县文化和旅游局", r.agency()),
        () -> assertEquals(2022, r.year()),
        () -> assertEquals("正文。", r.parts().get(Part.OVERVIEW)));
  }

  @Test
  void aReportWithAnEmptyCellInTheMiddleOfARowParses() throws NotAReportException {
    AnnualReport r =
        PARSER.parse(
            String.join(
                "\n",
                "聊城市文化和旅游局2023年政府信息公开工作年度报告",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量\t5\t\t0\t0\t0\t0\t5",
                ""));
    assertAll(
        () -> assertEquals(5L, r.tables().requests().get(RequestRow.NEW, Applicant.NATURAL_PERSON)),
        () -> assertNull(r.tables().requests().get(RequestRow.NEW, Applicant.COMMERCIAL)),
        () -> assertEquals(5L, r.tables().requests().get(RequestRow.NEW, Applicant.TOTAL)));
  }
}
