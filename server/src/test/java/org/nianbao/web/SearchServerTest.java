package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.web.RunningServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.json.ReportJson;

/** The JSON API and the server's behaviour over real HTTP, on a real index of the five samples. */
class SearchServerTest {

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

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertEquals(
        "application/json; charset=utf-8",
        response.headers().firstValue("Content-Type").orElse(""),
        "JSON content type for " + response.uri());
    return ReportJson.mapper().readTree(response.body());
  }

  private static JsonNode okJson(String pathAndQuery) throws Exception {
    HttpResponse<String> response = web.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery + " → " + response.body());
    return json(response);
  }

  private static Map<String, Long> facet(JsonNode search, String dimension) {
    Map<String, Long> counts = new TreeMap<>();
    search
        .path("facets")
        .path(dimension)
        .properties()
        .forEach(e -> counts.put(e.getKey(), e.getValue().longValue()));
    return counts;
  }

  private static List<String> agencies(JsonNode search) {
    List<String> out = new ArrayList<>();
    search.path("hits").forEach(hit -> out.add(hit.path("agency").asText()));
    return out;
  }

  @Test
  void theDesignCardQueryFindsTheZiboAndLiaochengReports() throws Exception {
    JsonNode result = okJson("/api/v1/search?q=" + q("政务新媒体 抖音") + "&year=2023&region=" + q("山东省"));
    assertEquals(2, result.path("total").asLong(), result.toString());
    assertEquals(new TreeSet<>(List.of("淄博市文化和旅游局", "聊城市文化和旅游局")), new TreeSet<>(agencies(result)));
    assertTrue(result.path("took_ms").isIntegralNumber());
    for (JsonNode hit : result.path("hits")) {
      assertEquals(2023, hit.path("year").asInt());
      assertEquals("山东省", hit.path("region").path("province").asText());
      assertTrue(hit.path("snippet").asText().contains("<mark>"), "snippet is marked HTML: " + hit);
      for (String key :
          List.of(
              "id",
              "title",
              "agency",
              "year",
              "region",
              "part",
              "parts",
              "snippet",
              "score",
              "match",
              "missing",
              "template_only",
              "stem_only",
              "level",
              "sector",
              "flags")) {
        assertTrue(hit.has(key), "hit has " + key + ": " + hit);
      }
      assertEquals(0, hit.path("template_only").size(), hit.toString());
    }
    assertEquals(Map.of("2023", 2L), facet(result, "year"));
    assertEquals("[\"政务\",\"新媒体\",\"抖音\"]", result.path("query").path("words").toString());
    assertTrue(result.path("query").path("variants").has("抖音"), result.path("query").toString());
    // No word of the query is a word and a lone character: no stem.
    assertEquals(
        "{}", result.path("query").path("stems").toString(), result.path("query").toString());
    // Drill-sideways: the region counts ignore the region filter, so 黑龙江省 (绥芬河, 2023) stays listed.
    assertEquals(
        Map.of("山东省", 2L, "山东省/淄博市", 1L, "山东省/聊城市", 1L, "黑龙江省", 1L), facet(result, "region"));
    assertEquals(Map.of("city", 2L), facet(result, "level"));
  }

  @Test
  void aWordOnlyInTheTemplatesTextIsListedApart() throws Exception {
    // Every sample writes about its Douyin account; none writes about a lawsuit itself: 行政诉讼
    // stands only in the template (the review table's labels, 未发生…行政诉讼).
    JsonNode result = okJson("/api/v1/search?q=" + q("抖音 行政诉讼"));
    assertEquals(web.indexed, result.path("total").asLong(), result.toString());
    assertTrue(result.path("query").path("partial").asBoolean());
    for (JsonNode hit : result.path("hits")) {
      assertEquals("partial", hit.path("match").asText(), hit.toString());
      assertEquals(0, hit.path("missing").size(), hit.toString());
      assertEquals("[\"行政诉讼\"]", hit.path("template_only").toString(), hit.toString());
    }
  }

  @Test
  void facetCountsAreDrillSideways() throws Exception {
    JsonNode all = okJson("/api/v1/search");
    assertEquals(web.indexed, all.path("total").asLong());
    Map<String, Long> years = facet(all, "year");
    assertEquals(Map.of("2022", 1L, "2023", 3L, "2024", 1L), years);

    JsonNode only2023 = okJson("/api/v1/search?year=2023");
    assertEquals(3, only2023.path("total").asLong());
    assertEquals(years, facet(only2023, "year"), "choosing 2023 keeps the other years' counts");
    Map<String, Long> regions = facet(only2023, "region");
    assertEquals(2L, regions.get("山东省"));
    assertEquals(1L, regions.get("黑龙江省"));
    assertFalse(
        regions.containsKey("河南省"), "the region counts do follow the year filter: " + regions);

    JsonNode shandong = okJson("/api/v1/search?year=2023&region=" + q("山东"));
    assertEquals(2, shandong.path("total").asLong());
    Map<String, Long> tree = facet(shandong, "region");
    assertEquals(1L, tree.get("黑龙江省"), "other provinces still listed: " + tree);
    assertEquals(1L, tree.get("山东省/淄博市"));
    assertEquals(1L, tree.get("山东省/聊城市"));
  }

  @Test
  void excludedWordsAreSaidAndTheirReportsLeftOut() throws Exception {
    JsonNode all = okJson("/api/v1/search?q=" + q("政务新媒体"));
    JsonNode without = okJson("/api/v1/search?q=" + q("政务新媒体 -抖音"));
    assertEquals("[\"抖音\"]", without.path("query").path("excluded").toString());
    assertEquals("[]", all.path("query").path("excluded").toString());
    assertTrue(agencies(all).contains("淄博市文化和旅游局"), all.toString());
    assertFalse(agencies(without).contains("淄博市文化和旅游局"), without.toString());
    assertTrue(without.path("total").asLong() < all.path("total").asLong());
    assertEquals(
        without.path("total").asLong(),
        okJson("/api/v1/search?q=" + q("政务新媒体 NOT 抖音")).path("total").asLong());
  }

  @Test
  void aRegionCanBeACityPathOrCode() throws Exception {
    assertEquals(1, okJson("/api/v1/search?region=" + q("淄博市")).path("total").asLong());
    assertEquals(1, okJson("/api/v1/search?region=" + q("山东省/聊城市")).path("total").asLong());
    assertEquals(1, okJson("/api/v1/search?region=371500").path("total").asLong());
  }

  @Test
  void badParametersAreJson400s() throws Exception {
    Map<String, String> cases = new TreeMap<>();
    cases.put("page=0", "page");
    cases.put("page=-3", "page");
    cases.put("page=abc", "page");
    cases.put("page=99999999999999", "page");
    cases.put("size=101", "size");
    cases.put("size=0", "size");
    cases.put("year=abc", "year");
    cases.put("year=20x3", "year");
    cases.put("q=" + "政".repeat(501), "500");
    cases.put("region=" + q("火星省"), "火星省");
    cases.put("region=" + q("鼓楼区"), "ambiguous");
    cases.put("sort=random", "sort");
    cases.put("level=galactic", "level");
    cases.put("flag=R12", "flag");
    cases.put("year=2023&year=2024", "year");
    cases.put("q=" + q("\""), "no words");
    cases.put("q=" + q("？！。、……"), "no words");
    for (var c : cases.entrySet()) {
      HttpResponse<String> response = web.get("/api/v1/search?" + c.getKey());
      assertEquals(400, response.statusCode(), c.getKey() + " → " + response.body());
      JsonNode body = json(response);
      String error = body.path("error").asText();
      assertFalse(error.isBlank(), c.getKey() + " gives an error message");
      assertTrue(error.contains(c.getValue()), c.getKey() + " → " + error);
      assertNoStackTrace(response);
    }
  }

  @Test
  void malformedRequestsAre400sInTheSameShape() throws Exception {
    String zz = web.raw("GET /api/v1/search?q=%ZZ HTTP/1.1");
    assertTrue(zz.startsWith("HTTP/1.1 400"), zz);
    assertTrue(zz.contains("{\"error\":"), zz);
    HttpResponse<String> separator = web.get("/api/v1/reports/..%2f..");
    assertEquals(400, separator.statusCode());
    assertFalse(json(separator).path("error").asText().isBlank());
    assertNoStackTrace(separator);
    HttpResponse<String> badUtf8 = web.get("/api/v1/search?q=%E6%94");
    assertTrue(
        badUtf8.statusCode() == 400 || badUtf8.statusCode() == 200,
        "never a 500: " + badUtf8.statusCode());
    json(badUtf8);
  }

  @Test
  void unknownReportsAndPathsAre404s() throws Exception {
    for (String path :
        List.of("/api/v1/reports/0000000000000000", "/api/v1/nope", "/api/v2/search")) {
      HttpResponse<String> response = web.get(path);
      assertEquals(404, response.statusCode(), path + " → " + response.body());
      assertFalse(json(response).path("error").asText().isBlank());
    }
    for (String path : List.of("/reports/0000000000000000", "/nope", "/reports/", "/index.php")) {
      HttpResponse<String> response = web.get(path);
      assertEquals(404, response.statusCode(), path);
      assertTrue(
          response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
      assertTrue(response.body().contains("找不到"), "friendly page for " + path);
      assertNoStackTrace(response);
    }
  }

  @Test
  void wrongMethodsAre405sWithAllow() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      HttpResponse<String> api = web.send(method, "/api/v1/search?q=x");
      assertEquals(405, api.statusCode(), method);
      assertEquals("GET, HEAD", api.headers().firstValue("Allow").orElse(""));
      assertFalse(json(api).path("error").asText().isBlank());
      HttpResponse<String> page = web.send(method, "/");
      assertEquals(405, page.statusCode(), method + " /");
      assertEquals("GET, HEAD", page.headers().firstValue("Allow").orElse(""));
    }
    assertEquals(200, web.send("HEAD", "/").statusCode());
  }

  @Test
  void aReportIsItsCanonicalModelPlusSource() throws Exception {
    JsonNode hits = okJson("/api/v1/search?q=" + q("绥芬河")).path("hits");
    String id = hits.get(0).path("id").asText();
    JsonNode report = okJson("/api/v1/reports/" + id);
    assertEquals(id, report.path("id").asText());
    assertEquals("绥芬河市文体广电和旅游局", report.path("agency").asText());
    assertTrue(
        report.path("source").asText().endsWith("002_90f55beaacf573a4.txt"),
        report.path("source").toString());
    for (String key :
        List.of(
            "title",
            "year",
            "published",
            "region",
            "level",
            "sector",
            "parts",
            "tables",
            "flags")) {
      assertTrue(report.has(key), "report has " + key);
    }
    assertTrue(report.path("tables").path("requests").path("new").has("natural_person"));
  }

  @Test
  void healthSaysOkWithTheReportCount() throws Exception {
    JsonNode health = okJson("/healthz");
    assertEquals("ok", health.path("status").asText());
    assertEquals(web.indexed, health.path("reports").asInt());
  }

  private static void assertNoStackTrace(HttpResponse<String> response) {
    String body = response.body();
    assertFalse(
        body.contains("Exception") || body.contains("\tat ") || body.contains("at org."),
        "no stack trace: " + body);
  }
}
