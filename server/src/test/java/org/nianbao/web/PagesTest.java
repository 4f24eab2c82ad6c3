package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.web.RunningServer.q;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The server-rendered pages over real HTTP: what a browser without script gets. */
class PagesTest {

  private static RunningServer web;

  @BeforeAll
  static void start() throws Exception {
    web = RunningServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (web != null) {
      web.close();
    }
  }

  private static String page(String pathAndQuery) throws Exception {
    HttpResponse<String> response = web.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery);
    assertEquals(
        "text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    return response.body();
  }

  @Test
  void theSearchPageShowsResultsFacetsAndChips() throws Exception {
    String html = page("/?q=" + q("政务新媒体 抖音") + "&year=2023&region=" + q("山东省"));
    assertTrue(html.contains("value=\"政务新媒体 抖音\""), "the box keeps the query");
    assertTrue(html.contains("找到 <strong>2</strong> 份报告"), "total");
    assertTrue(html.contains("毫秒"), "time taken");
    assertTrue(html.contains("淄博市文化和旅游局") && html.contains("聊城市文化和旅游局"));
    assertTrue(html.contains("<mark>"), "highlighted snippets");
    assertTrue(html.contains("class=\"chip\""), "chips for the filters");
    assertTrue(html.contains("2023年"), "year chip");
    for (String heading :
        new String[] {"<h3>年度</h3>", "<h3>地区</h3>", "<h3>机关</h3>", "<h3>领域</h3>", "<h3>层级</h3>"}) {
      assertTrue(html.contains(heading), heading);
    }
    assertTrue(
        html.contains(">淄博市</span><span class=\"count\">1</span>"),
        "region tree drills into the cities");
    assertTrue(
        html.contains("/reports/") && html.contains("?q=" + q("政务新媒体 抖音")),
        "result links carry the query");
    assertFalse(html.contains("<script"), "no script at all");
    assertFalse(
        html.contains("http://") && html.contains("<link rel=\"stylesheet\" href=\"http"),
        "no external CSS");
  }

  @Test
  void partialMatchesAreAnnouncedAndEachSaysWhatItLacks() throws Exception {
    String html = page("/?q=" + q("经费不足"));
    assertTrue(html.contains("class=\"partial-notice\""), "notice above the results");
    assertTrue(html.contains("以下结果包含只匹配部分关键词的报告"), html);
    assertTrue(
        html.contains("缺少：<s>不足</s>") || html.contains("缺少：<s>经费</s>"), "missing word per hit");
  }

  @Test
  void aWordOnlyInTheTemplateIsShownApartFromMissingWords() throws Exception {
    String html = page("/?q=" + q("抖音 行政诉讼"));
    assertTrue(html.contains("仅见于模板文字：<s>行政诉讼</s>"), html);
    assertTrue(html.contains("已标出所缺的词、仅见于模板文字的词和只含词干的词"), "the notice names all three");
    assertFalse(html.contains("缺少："), "no word is missing: 行政诉讼 is in the template's text");
  }

  @Test
  void variantsSearchedAsWellAreShown() throws Exception {
    String html = page("/?q=" + q("抖音"));
    assertTrue(html.contains("同时搜索了："), "variants line");
    assertTrue(html.contains("抖音号"), html);
    assertFalse(html.contains("partial-notice"), "抖音 alone: every hit matches it");
  }

  @Test
  void excludedWordsAreShownAndTheirReportsLeftOut() throws Exception {
    String html = page("/?q=" + q("政务新媒体 -抖音"));
    assertTrue(html.contains("已排除包含以下词语的报告：抖音"), html);
    assertFalse(html.contains("淄博市文化和旅游局"), "淄博's report has 抖音: left out");
  }

  @Test
  void aScriptInTheQueryIsShownAsText() throws Exception {
    String html = page("/?q=" + q("<script>alert(1)</script>"));
    assertFalse(html.contains("<script>alert(1)</script>"), "never raw");
    assertTrue(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped in the box and the title");
    String report =
        page(
            firstReportLink(page("/")).replaceFirst("\\?.*", "")
                + "?q="
                + q("\"><img src=x onerror=alert(1)>"));
    assertFalse(report.contains("<img src=x"), "the report page escapes the query too");
  }

  /** Payloads that break out of text, of a quoted attribute, or turn a link into script. */
  static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "'><svg onload=alert(1)>",
          "\" autofocus onfocus=\"alert(1)",
          "javascript:alert(1)");

  /** Every parameter a page reads (and one it does not), on the search page and the report page. */
  static Stream<Arguments> everyParameterOfEveryPage() {
    List<Arguments> cases = new ArrayList<>();
    for (String page : List.of("/", "/reports/{id}")) {
      for (String parameter :
          List.of(
              "q", "year", "region", "agency", "sector", "level", "flag", "page", "size", "sort",
              "x")) {
        for (String payload : PAYLOADS) {
          cases.add(Arguments.of(page, parameter, payload));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}?{1}={2}")
  @MethodSource("everyParameterOfEveryPage")
  void aPayloadInAnyParameterOfAnyPageIsShownAsText(String page, String parameter, String payload)
      throws Exception {
    String path =
        page.replace(
            "{id}",
            firstReportLink(page("/")).replaceFirst("^/reports/", "").replaceFirst("\\?.*", ""));
    HttpResponse<String> response = web.get(path + "?" + parameter + "=" + q(payload));
    String html = response.body();
    assertTrue(
        response.statusCode() == 200 || response.statusCode() == 400,
        response.statusCode() + ": " + html);
    // javascript:alert(1) holds no markup: as text it is harmless, only as a link's target it is
    // not.
    assertFalse(payload.matches(".*[<>\"'].*") && html.contains(payload), "never raw");
    for (String tag : List.of("<script", "<img", "<svg", "<iframe")) {
      assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains(tag), tag);
    }
    assertFalse(html.matches("(?is).*(href|src|action)=\"\\s*javascript:.*"), "no script link");
    boolean shown = page.equals("/") ? !parameter.equals("x") : parameter.equals("q");
    if (shown && !payload.startsWith("javascript")) {
      String escaped =
          payload
              .replace("&", "&amp;")
              .replace("<", "&lt;")
              .replace(">", "&gt;")
              .replace("\"", "&quot;")
              .replace("'", "&#39;");
      assertTrue(html.contains(escaped), "the page shows it, escaped: " + escaped);
    }
  }

  @Test
  void aPayloadAsTheReportIdIsANotFoundPageShowingItAsText() throws Exception {
    for (String payload : PAYLOADS) {
      HttpResponse<String> response = web.get("/reports/" + q(payload));
      assertTrue(
          response.statusCode() == 404 || response.statusCode() == 400,
          response.statusCode() + " for " + payload);
      assertFalse(
          payload.matches(".*[<>\"'].*") && response.body().contains(payload), response.body());
      assertFalse(response.body().contains("<script"), response.body());
    }
  }

  @Test
  void anEmptyResultSaysWhichFilterToDrop() throws Exception {
    String html = page("/?q=" + q("政务新媒体 抖音") + "&year=2022&region=" + q("山东省"));
    assertTrue(html.contains("没有找到"), html);
    assertTrue(html.contains("去掉「2022年」后有 2 条结果"), "names the filter and the count");
  }

  @Test
  void theReportPageRendersTablesMarksViolationsAndHighlights() throws Exception {
    String search = page("/?q=" + q("三门峡"));
    String link = firstReportLink(search);
    String html = page(link.replaceFirst("\\?.*", "") + "?q=" + q("政务公开"));
    assertTrue(html.contains("三门峡市文化广电和旅游局"));
    for (String heading :
        new String[] {
          "一、总体情况",
          "二、主动公开政府信息情况",
          "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况",
          "五、存在的主要问题及改进情况",
          "六、其他需要报告的事项"
        }) {
      assertTrue(html.contains(heading), heading);
    }
    assertTrue(html.contains("一、本年新收政府信息公开申请数量"), "row labels of the template");
    assertTrue(
        html.contains("法律服务机构") && html.contains("结果维持") && html.contains("本年制发件数"),
        "column labels");
    assertEquals(3, count(html, "<table class=\"report-table"), "three tables");
    assertTrue(html.contains("<mark>政务公开</mark>"), "query terms marked");
    assertTrue(html.contains("violated"), "cells of R1/R2 marked (三门峡's 总计 row is all zeros)");
    assertTrue(
        html.contains("title=\"R2「") || html.contains("title=\"R1「"),
        "the rule explained on the cell");
    assertTrue(html.contains("R1") && html.contains("勾稽问题"), "flags listed");
  }

  @Test
  void aMissingCellShowsADashNotZero() throws Exception {
    String html = page(firstReportLink(page("/?q=" + q("古县"))));
    // 古县 gives one undivided 其他处理 row: the two sub-rows it lacks are not 0 but not given.
    int at = html.indexOf("<tr data-row=\"other_no_correction\">");
    String row = html.substring(at, html.indexOf("</tr>", at));
    assertTrue(
        row.contains("<td class=\"num na\" title=\"报告未给出此项\">—</td>"),
        "— for a cell not given: " + row);
    assertFalse(row.contains(">0</td>"), row);
  }

  @Test
  void aBadParameterGivesAFriendlyPage() throws Exception {
    HttpResponse<String> response = web.get("/?page=0");
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("请求参数有误"));
    assertTrue(response.body().contains("page must be between 1 and"));
    HttpResponse<String> ambiguous = web.get("/?region=" + q("鼓楼区"));
    assertEquals(400, ambiguous.statusCode());
    assertTrue(ambiguous.body().contains("鼓楼区"), "lists the candidates");
  }

  @Test
  void theStylesheetIsServedLocally() throws Exception {
    HttpResponse<String> css = web.get("/static/nianbao.css");
    assertEquals(200, css.statusCode());
    assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
    assertTrue(css.body().contains(".hit"));
  }

  static String firstReportLink(String html) {
    Matcher m = Pattern.compile("href=\"(/reports/[^\"]+)\"").matcher(html);
    assertTrue(m.find(), "a result links to its report");
    return m.group(1).replace("&amp;", "&");
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
