package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Part;

/** Part headings in every numbering style, and the subsections that must not be taken for parts. */
class PartSplitterTest {

  private static PartSplitter.Split split(String... lines) {
    return PartSplitter.split(List.of(lines), 0);
  }

  private static void assertPart(PartSplitter.Split s, Part part, String expectedText) {
    assertTrue(
        s.parts().containsKey(part), () -> part.key() + " missing; parts: " + s.parts().keySet());
    assertEquals(expectedText, s.parts().get(part), part.key());
  }

  @Test
  void chineseNumerals() {
    PartSplitter.Split s =
        split(
            "前言。",
            "一、总体情况",
            "总体文字。",
            "二、主动公开政府信息情况",
            "主动文字。",
            "三、收到和处理政府信息公开申请情况",
            "申请文字。",
            "四、政府信息公开行政复议、行政诉讼情况",
            "复议文字。",
            "五、存在的主要问题及改进情况",
            "问题文字。",
            "六、其他需要报告的事项",
            "其他文字。");
    assertAll(
        () -> assertEquals("前言。", s.preamble()),
        () -> assertPart(s, Part.OVERVIEW, "总体文字。"),
        () -> assertPart(s, Part.ACTIVE, "主动文字。"),
        () -> assertPart(s, Part.REQUESTS, "申请文字。"),
        () -> assertPart(s, Part.REVIEW_LITIGATION, "复议文字。"),
        () -> assertPart(s, Part.PROBLEMS, "问题文字。"),
        () -> assertPart(s, Part.OTHER, "其他文字。"),
        () -> assertTrue(s.extra().isEmpty()));
  }

  @Test
  void arabicNumeralsWithDunHaoAsInSanmenxia() {
    // 三门峡: 一、 then 2、 3、 4、 5、 then 六、, with （一）主动公开情况 and （5） inside 总体情况.
    PartSplitter.Split s =
        split(
            "一、总体情况",
            "（一）主动公开情况",
            "主动公开文字。",
            "（二）依申请公开情况",
            "依申请文字。",
            "（5） 监督保障",
            "监督文字。",
            "2、 主动公开政府信息情况",
            "主动。",
            "3、 收到和处理政府信息公开申请情况",
            "申请。",
            "4、 政府信息公开行政复议、行政诉讼情况",
            "复议。",
            "5、 存在的主要问题及改进情况",
            "问题。",
            "六、其他需要报告的事项",
            "其他。");
    assertAll(
        () ->
            assertPart(s, Part.OVERVIEW, "（一）主动公开情况\n主动公开文字。\n（二）依申请公开情况\n依申请文字。\n（5） 监督保障\n监督文字。"),
        () -> assertPart(s, Part.ACTIVE, "主动。"),
        () -> assertPart(s, Part.REQUESTS, "申请。"),
        () -> assertPart(s, Part.REVIEW_LITIGATION, "复议。"),
        () -> assertPart(s, Part.PROBLEMS, "问题。"),
        () -> assertPart(s, Part.OTHER, "其他。"));
  }

  @Test
  void bracketedArabicNumeralsForTheParts() {
    PartSplitter.Split s =
        split(
            "（1）总体情况",
            "总体。",
            "（2）主动公开政府信息情况",
            "主动。",
            "（3）收到和处理政府信息公开申请情况",
            "申请。",
            "（4）政府信息公开行政复议、行政诉讼情况",
            "复议。",
            "（5）存在的主要问题及改进情况",
            "问题。",
            "（6）其他需要报告的事项",
            "其他。");
    assertAll(
        () -> assertPart(s, Part.OVERVIEW, "总体。"),
        () -> assertPart(s, Part.ACTIVE, "主动。"),
        () -> assertPart(s, Part.REQUESTS, "申请。"),
        () -> assertPart(s, Part.REVIEW_LITIGATION, "复议。"),
        () -> assertPart(s, Part.PROBLEMS, "问题。"),
        () -> assertPart(s, Part.OTHER, "其他。"));
  }

  @Test
  void bracketedChineseNumeralsForThePartsWithSubsectionsNumberedOneTwo() {
    PartSplitter.Split s =
        split(
            "（一）总体情况",
            "1. 政府信息管理",
            "管理文字。",
            "2. 平台建设",
            "平台文字。",
            "（二）主动公开政府信息情况",
            "主动。",
            "（三）收到和处理政府信息公开申请情况",
            "申请。",
            "（四）政府信息公开行政复议、行政诉讼情况",
            "复议。",
            "（五）存在的主要问题及改进情况",
            "1. 存在问题",
            "问题。",
            "2. 改进措施",
            "措施。",
            "（六）其他需要报告的事项",
            "其他。");
    assertAll(
        () -> assertPart(s, Part.OVERVIEW, "1. 政府信息管理\n管理文字。\n2. 平台建设\n平台文字。"),
        () -> assertPart(s, Part.ACTIVE, "主动。"),
        () -> assertPart(s, Part.REQUESTS, "申请。"),
        () -> assertPart(s, Part.REVIEW_LITIGATION, "复议。"),
        () -> assertPart(s, Part.PROBLEMS, "1. 存在问题\n问题。\n2. 改进措施\n措施。"),
        () -> assertPart(s, Part.OTHER, "其他。"),
        () -> assertTrue(s.extra().isEmpty(), () -> "no added part: " + s.extra()));
  }

  @Test
  void aOneTwoSubsectionNamedLikeAPartIsNotThePartWhenPartsAreBracketed() {
    PartSplitter.Split s =
        split(
            "（一）总体情况",
            "1. 主动公开情况",
            "本年主动公开信息100条。",
            "（二）主动公开政府信息情况",
            "主动。",
            "（三）收到和处理政府信息公开申请情况",
            "申请。");
    assertAll(
        () -> assertPart(s, Part.OVERVIEW, "1. 主动公开情况\n本年主动公开信息100条。"),
        () -> assertPart(s, Part.ACTIVE, "主动。"),
        () -> assertPart(s, Part.REQUESTS, "申请。"));
  }

  @Test
  void aHeadingBrokenOverTwoLines() {
    PartSplitter.Split s =
        split("二、主动公开政府信息情况", "主动。", "三、收到和处理政府信息", "公开申请情况", "申请。", "四、政府信息公开行政复议、行政诉讼情况", "复议。");
    assertAll(
        () -> assertPart(s, Part.ACTIVE, "主动。"),
        () -> assertPart(s, Part.REQUESTS, "申请。"),
        () -> assertPart(s, Part.REVIEW_LITIGATION, "复议。"),
        () -> assertEquals(2, s.headings().get(1).lines(), "the broken heading spans two lines"));
  }

  @Test
  void aHeadingBrokenJustBeforeQingKuang() {
    PartSplitter.Split s = split("三、收到和处理政府信息公开申请", "情况", "申请。", "四、政府信息公开行政复议、行政诉讼情况", "复议。");
    assertAll(
        () -> assertPart(s, Part.REQUESTS, "申请。"),
        () -> assertEquals(2, s.headings().get(0).lines(), "the broken heading spans two lines"));
  }

  @Test
  void anAddedPartBetweenPartsAsInGuxian() {
    PartSplitter.Split s =
        split(
            "四、政府信息公开行政复议、行政诉讼情况",
            "复议。",
            "五、全面提升政务服务效能",
            "1. 权责清单。",
            "2. 互联网+监管。",
            "六、存在的主要问题及改进情况",
            "问题。",
            "七、其他需要报告的事项",
            "无。");
    assertAll(
        () -> assertPart(s, Part.REVIEW_LITIGATION, "复议。"),
        () -> assertEquals(1, s.extra().size(), () -> "added parts: " + s.extra()),
        () -> assertEquals("五、全面提升政务服务效能", s.extra().get(0).heading()),
        () -> assertEquals("1. 权责清单。\n2. 互联网+监管。", s.extra().get(0).text()),
        () -> assertPart(s, Part.PROBLEMS, "问题。"),
        () -> assertPart(s, Part.OTHER, "无。"));
  }

  @Test
  void subsectionsInsideTheOverviewAreNotParts() {
    // 绥芬河: （一）主动公开情况 and （二）依申请公开情况 inside 一、总体情况.
    PartSplitter.Split s =
        split(
            "一、总体情况",
            "总体。",
            "（一）主动公开情况",
            "主动公开了627条。",
            "（二）依申请公开情况。",
            "未收到申请。",
            "二、主动公开政府信息情况",
            "主动表。");
    assertAll(
        () -> assertPart(s, Part.OVERVIEW, "总体。\n（一）主动公开情况\n主动公开了627条。\n（二）依申请公开情况。\n未收到申请。"),
        () -> assertPart(s, Part.ACTIVE, "主动表。"),
        () -> assertFalse(s.parts().containsKey(Part.REQUESTS), "（二）依申请公开情况 is not 三、"),
        () -> assertTrue(s.extra().isEmpty()));
  }

  @Test
  void tableRowsThatLookLikeHeadingsAreNotParts() {
    // 四、结转下年度继续办理 is a row of the requests table, in every layout.
    PartSplitter.Split s =
        split(
            "三、收到和处理政府信息公开申请情况",
            "\t一、本年新收政府信息公开申请数量",
            "\t0",
            "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
            "四、结转下年度继续办理|0|0|0|0|0|0|0",
            "四、政府信息公开行政复议、行政诉讼情况",
            "复议。");
    assertAll(
        () -> assertTrue(s.parts().get(Part.REQUESTS).contains("结转下年度继续办理|0")),
        () -> assertPart(s, Part.REVIEW_LITIGATION, "复议。"),
        () -> assertTrue(s.extra().isEmpty(), () -> "added parts: " + s.extra()));
  }

  @Test
  void laterMentionsDoNotReopenAnEarlierPart() {
    PartSplitter.Split s =
        split(
            "一、总体情况",
            "总体。",
            "二、主动公开政府信息情况",
            "主动。",
            "三、收到和处理政府信息公开申请情况",
            "申请。",
            "（一）总体情况",
            "申请的总体情况。");
    assertAll(
        () -> assertPart(s, Part.OVERVIEW, "总体。"),
        () -> assertPart(s, Part.REQUESTS, "申请。\n（一）总体情况\n申请的总体情况。"));
  }

  @Test
  void markdownHeadingsThroughTheParser() throws NotAReportException {
    AnnualReport r =
        ReportParser.bundled()
            .parse(
                String.join(
                    "\n",
                    "# 聊城市文化和旅游局 2023年政府信息公开工作年度报告",
                    "",
                    "## 一、总体情况",
                    "",
                    "2023年，我局认真做好政务公开各项工作。",
                    "",
                    "## 二、行政机关主动公开政府信息情况",
                    "",
                    "规章\t0\t0\t0",
                    "",
                    "## 三、行政机关收到和处理政府信息公开申请情况",
                    "",
                    "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5",
                    "",
                    "#### 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
                    "",
                    "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
                    "",
                    "## 五、政府信息公开工作存在的主要问题及改进情况",
                    "",
                    "**问题**：信息公开不够及时。",
                    "",
                    "## 六、其他需要报告的事项",
                    "",
                    "无。",
                    ""));
    assertAll(
        () -> assertEquals("聊城市文化和旅游局2023年政府信息公开工作年度报告", r.title()),
        () -> assertEquals(List.of(Part.values()), List.copyOf(r.parts().main().keySet())),
        () -> assertEquals("2023年，我局认真做好政务公开各项工作。", r.parts().get(Part.OVERVIEW)),
        () -> assertEquals("问题：信息公开不够及时。", r.parts().get(Part.PROBLEMS)),
        () -> assertEquals("无。", r.parts().get(Part.OTHER)),
        () ->
            assertEquals(
                5L,
                r.tables()
                    .requests()
                    .get(org.nianbao.model.RequestRow.NEW, org.nianbao.model.Applicant.TOTAL)));
  }
}
