package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.web.RunningServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.json.ReportJson;

/** An agency across years over real HTTP, on the real indexer's index of {@link YearsIndex}. */
class AgencyYearsTest {

  /** The six sentences of 淄博市水利局's 2023 overview that its 2022 report already had. */
  private static final List<String> REUSED =
      List.of(
          "2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面推进水利领域政务公开工作。",
          "我局严格落实信息发布审核制度，确保发布的水利工程信息准确规范。",
          "通过门户网站和政务新媒体主动公开各类政府信息，及时回应社会关切。",
          "加强政府信息公开平台建设，完善水利工程建设信息公开专栏。",
          "组织开展政务公开业务培训，提升全局工作人员的业务能力。",
          "坚持问题导向，对群众关心的防汛抗旱信息做到应公开尽公开。");

  private static RunningServer web;

  /** Report ids by body and year: 洪泽2023, 水利2022 … */
  private static Map<String, String> IDS;

  @BeforeAll
  static void start() throws Exception {
    web = YearsIndex.serve();
    IDS = YearsIndex.ids(web);
  }

  @AfterAll
  static void stop() throws Exception {
    if (web != null) {
      web.close();
    }
  }

  static JsonNode okJson(String pathAndQuery) throws Exception {
    HttpResponse<String> response = web.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery + " → " + response.body());
    return ReportJson.mapper().readTree(response.body());
  }

  private static Document page(String path) throws Exception {
    HttpResponse<String> response = web.get(path);
    assertEquals(200, response.statusCode(), path + " → " + response.body());
    return Jsoup.parse(response.body());
  }

  /** The year-over-year table as label → the text of each year's cell. */
  private static Map<String, List<String>> yoy(Document page) {
    Map<String, List<String>> rows = new TreeMap<>();
    for (Element row : page.select("section#years table.yoy-table tbody tr")) {
      List<String> cells = new ArrayList<>();
      row.select("td").forEach(td -> cells.add(td.text()));
      rows.put(row.selectFirst("th").text(), cells);
    }
    return rows;
  }

  /** Each listed flag as "rule | message | compare link" (the link's href, or "" without one). */
  private static List<String> flags(Document page) {
    List<String> out = new ArrayList<>();
    for (Element flag : page.select("#flags li")) {
      Element compare = flag.selectFirst("a.flag-compare");
      out.add(
          flag.selectFirst(".flag").text()
              + " | "
              + flag.selectFirst(".flag-message").text()
              + " | "
              + (compare == null ? "" : compare.text() + " " + compare.attr("href")));
    }
    return out;
  }

  private static List<String> checks(Document page) {
    List<String> out = new ArrayList<>();
    for (Element check : page.select("section#years ul.checks li")) {
      out.add(
          check.className()
              + " | "
              + check.selectFirst(".flag").text()
              + " | "
              + check.selectFirst(".check-outcome").text());
    }
    return out;
  }

  @Test
  void theHongze2024PageShowsItsOtherYearAndTheYearOverYearFigures() throws Exception {
    Document html = page("/reports/" + IDS.get("洪泽2024"));
    Element years = html.selectFirst("section#years");
    assertNotNull(years, "a years section");
    Element link = years.selectFirst("ul.year-links a");
    Map<String, List<String>> figures = yoy(html);

    assertAll(
        () -> assertEquals("2023年", link.text()),
        () -> assertEquals("/reports/" + IDS.get("洪泽2023"), link.attr("href")),
        () ->
            assertEquals(
                List.of("指标", "2023年", "2024年"),
                years.select("table.yoy-table thead th").eachText()),
        () -> assertEquals(null, years.selectFirst(".renamed"), "the same name both years"),
        // As printed: new requests 21 → 95, granted 0 → 50, denied 1 + 1 + 1 both years, reviews
        // (总计) 0 → 2, lawsuits 0 + 0 → 1 + 3, normative documents in force 5 → 8, penalties 4119 →
        // 2776.
        () -> assertEquals(List.of("21", "95 +74（+352%）"), figures.get("本年新收申请")),
        () -> assertEquals(List.of("21", "95 +74（+352%）"), figures.get("办理结果总计")),
        () -> assertEquals(List.of("0", "50 +50"), figures.get("予以公开")),
        () -> assertEquals(List.of("4", "9 +5（+125%）"), figures.get("部分公开")),
        () -> assertEquals(List.of("3", "3 持平"), figures.get("不予公开")),
        () -> assertEquals(List.of("0", "2 +2"), figures.get("行政复议")),
        () -> assertEquals(List.of("0", "4 +4"), figures.get("行政诉讼")),
        () -> assertEquals(List.of("5", "8 +3（+60%）"), figures.get("规范性文件 现行有效")),
        () -> assertEquals(List.of("550", "9487 +8937（+1625%）"), figures.get("行政许可决定")),
        () -> assertEquals(List.of("4119", "2776 −1343（−33%）"), figures.get("行政处罚决定")),
        () -> assertEquals(List.of("195", "84 −111（−57%）"), figures.get("行政强制决定")),
        () -> assertEquals(16, figures.size()),
        // 2023 carried 0 forward, 2024 carries 0 over; 5 + 3 − 0 = 8; the prose is 2024's own; no
        // date.
        () ->
            assertEquals("check ok | R8 上年结转与上年报告不符 | 与 2023 年报告一致（或无可对照的数字）", checks(html).get(0)),
        () ->
            assertEquals(
                "check ok | R9 现行有效件数不衔接（提示） | 与 2023 年报告推算的一致（或无可对照的数字）", checks(html).get(1)),
        () ->
            assertTrue(
                checks(html).get(2).startsWith("check ok | R10 与上年报告大量重复 | 与 2023 年报告相同的句子 "),
                checks(html).get(2)),
        () -> assertEquals("check bad | R11 未印发布日期 | 未印", checks(html).get(3)),
        () ->
            assertEquals(
                List.of(
                    "R5 正文与表格不符 | 正文称收到政府信息公开申请 17 件（“2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复”），但申请情况表「本年新收」总计为 95 | ",
                    "R11 未印发布日期 | 报告未印落款日期或发布时间，无法核对是否按期公布 | "),
                flags(html)),
        () -> assertEquals(0, html.select("span.reused").size(), "nothing marked as reused"));
  }

  @Test
  void theHongze2023PageLinks2024AndSaysThereIsNoYearBeforeIt() throws Exception {
    Document html = page("/reports/" + IDS.get("洪泽2023"));
    assertAll(
        () ->
            assertEquals(
                "/reports/" + IDS.get("洪泽2024"),
                html.selectFirst("section#years ul.year-links a").attr("href")),
        () ->
            assertEquals(
                List.of("21", "95 +74（+352%）"),
                yoy(html).get("本年新收申请"),
                "the same table, whichever year is open"),
        () ->
            assertEquals(
                "check na | R8 上年结转与上年报告不符 | 索引中没有本机关 2022 年的报告，未核对", checks(html).get(0)));
  }

  @Test
  void theReportApiGivesTheBodysYearsTheirFiguresAndLastYearsReuse() throws Exception {
    JsonNode report = okJson("/api/v1/reports/" + IDS.get("洪泽2024"));
    JsonNode body = report.path("body");
    assertAll(
        () -> assertEquals("320813|政府|政府", body.path("key").asText()),
        () ->
            assertEquals(
                List.of(IDS.get("洪泽2023"), IDS.get("洪泽2024")),
                body.path("years").findValuesAsText("id")),
        () ->
            assertEquals(
                21, body.path("years").get(0).path("figures").path("new_requests").asInt()),
        () ->
            assertEquals(
                95, body.path("years").get(1).path("figures").path("new_requests").asInt()),
        () -> assertEquals(4, body.path("years").get(1).path("figures").path("litigation").asInt()),
        () -> assertEquals("[\"R4\",\"R11\"]", body.path("years").get(0).path("flags").toString()),
        () -> assertEquals("淮安市洪泽区人民政府", body.path("years").get(0).path("agency").asText()),
        () -> assertTrue(body.path("years").get(0).path("published").isNull()),
        () -> assertEquals(IDS.get("洪泽2023"), body.path("previous_year").path("id").asText()),
        () -> assertEquals(2023, body.path("previous_year").path("year").asInt()),
        () ->
            assertTrue(body.path("previous_year").path("sentences").asInt() > 10, body.toString()),
        () ->
            assertTrue(body.path("previous_year").path("share").asDouble() < 0.5, body.toString()),
        () ->
            assertTrue(
                okJson("/api/v1/reports/" + IDS.get("洪泽2023"))
                    .path("body")
                    .path("previous_year")
                    .isNull()),
        () ->
            assertEquals(
                "R11",
                report.path("flags").get(report.path("flags").size() - 1).path("rule").asText()));
  }

  @Test
  void aCopiedReportsPageMarksItsReusedSentencesAndExplainsR9AndR10() throws Exception {
    Document html = page("/reports/" + IDS.get("水利2023"));
    Element r9 =
        html.select("#flags li span.flag").stream()
            .filter(e -> e.text().startsWith("R9"))
            .findFirst()
            .orElseThrow();
    String compare = "对照 2022 年报告 /reports/" + IDS.get("水利2022");

    assertAll(
        () ->
            assertEquals(
                REUSED,
                html.select("span.reused").eachText(),
                "the six reused sentences marked, in order"),
        () ->
            assertEquals(
                List.of(
                    "R9 现行有效件数不衔接（提示） | 行政规范性文件：现行有效 12，但按 2022 年的 10 + 本年制发 1 − 本年废止 0 应为 11（提示：各机关对修订的计法不同） | "
                        + compare,
                    "R10 与上年报告大量重复 | 与 2022 年报告相同的句子占 75%（6/8 句）；表格中 6 个非零数字与上年相同 | " + compare),
                flags(html)),
        () -> assertEquals("flag warning", r9.className(), "R9 shown as a warning"),
        () -> assertTrue(r9.attr("title").startsWith("提示，不一定是错误"), r9.attr("title")),
        () ->
            assertEquals(
                "check bad | R10 与上年报告大量重复 | 与 2022 年报告相同的句子 6/8 句（75%），正文中以底色标出",
                checks(html).get(2)),
        () ->
            assertEquals(
                "check warn | R9 现行有效件数不衔接（提示） | 1 项与 2022 年报告推算的不同，请核对", checks(html).get(1)),
        () ->
            assertTrue(
                html.select("table.active-table td.violated").size() == 3
                    && html.select("table.active-table td.violated")
                        .get(2)
                        .attr("title")
                        .startsWith("R9"),
                "the three document cells marked"),
        () ->
            assertEquals(
                0,
                page("/reports/" + IDS.get("水利2022")).select("span.reused").size(),
                "2022 copied from nothing"));
  }

  @Test
  void aRenamedBodysPagesSayItIsTheSameBody() throws Exception {
    Document y2024 = page("/reports/" + IDS.get("水务2024"));
    Document y2023 = page("/reports/" + IDS.get("水利2023"));
    assertAll(
        () ->
            assertEquals(
                "同一机关，曾用名 淄博市水利局（2022–2023年）", y2024.selectFirst("section#years .renamed").text()),
        () ->
            assertEquals(
                "同一机关，后更名为 淄博市水务局（2024年）", y2023.selectFirst("section#years .renamed").text()),
        () ->
            assertEquals(
                List.of("指标", "2022年", "2023年", "2024年"),
                y2023.select("table.yoy-table thead th").eachText()),
        () ->
            assertEquals(List.of("10", "12 +2（+20%）", "13 +1（+8%）"), yoy(y2023).get("规范性文件 现行有效")),
        // 12 + 1 − 0 = 13, its own text, dated: the renamed year is linked and passes every check.
        () -> assertEquals(List.of(), flags(y2024)),
        () ->
            assertTrue(
                checks(y2024).get(2).startsWith("check ok | R10 与上年报告大量重复 | 与 2023 年报告相同的句子 0/"),
                checks(y2024).get(2)));
  }

  @Test
  void theCrossYearRulesAreFacetedAndFilteredLikeTheOthers() throws Exception {
    JsonNode all = okJson("/api/v1/search?q=");
    JsonNode r10 = okJson("/api/v1/search?q=&flag=R10");
    String sidebar = page("/?q=").select("nav.facets, aside, .facets").text();
    assertAll(
        () ->
            assertEquals(
                2,
                all.path("facets").path("flag").path("R11").asInt(),
                all.path("facets").toString()),
        () -> assertEquals(1, all.path("facets").path("flag").path("R10").asInt()),
        () -> assertEquals(1, all.path("facets").path("flag").path("R9").asInt()),
        () -> assertTrue(all.path("facets").path("flag").path("R8").isMissingNode()),
        () -> assertEquals(1, r10.path("total").asInt()),
        () -> assertEquals(IDS.get("水利2023"), r10.path("hits").get(0).path("id").asText()),
        () -> assertEquals("[\"R9\",\"R10\"]", r10.path("hits").get(0).path("flags").toString()),
        () -> assertTrue(sidebar.contains("R10 与上年报告大量重复"), sidebar),
        () ->
            assertTrue(
                page("/?q=&flag=R9").text().contains("R9 现行有效件数不衔接（提示）"), "the chip names it"),
        () -> assertEquals(400, web.get("/api/v1/search?q=&flag=R12").statusCode()),
        () ->
            assertEquals(
                1, okJson("/api/v1/search?q=" + q("水利") + "&flag=r10").path("total").asInt()));
  }
}
