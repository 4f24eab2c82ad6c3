package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.web.RunningServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.json.ReportJson;

/**
 * Statistics, value filters and sorts, coverage and CSV over real HTTP, on the samples and the real
 * reports of corpus/dev: every figure checked against {@link StatsOracle}, which computes it from
 * each report's JSON ({@code /api/v1/reports/{id}}) without the engine's code.
 */
class StatsServerTest {

  private static final List<String> MEASURES =
      List.of(
          "requests.new.total",
          "requests.handled_total.total",
          "review_litigation.review.total",
          "active.fees.amount",
          "rate.disclosure",
          "rate.denial",
          "rate.review_corrected",
          "rate.litigation_corrected");

  private static RunningServer web;

  /** Every report of the index, by id, as the API gives its JSON. */
  private static Map<String, JsonNode> reports;

  @BeforeAll
  static void start() throws Exception {
    web = RunningServer.start(true);
    reports = new LinkedHashMap<>();
    for (String id : ids("")) {
      reports.put(id, json("/api/v1/reports/" + id));
    }
    assertEquals(web.indexed, reports.size(), "every report listed");
  }

  @AfterAll
  static void stop() throws Exception {
    if (web != null) {
      web.close();
    }
  }

  /** The ids a search finds, page by page through the search API. */
  private static List<String> ids(String filters) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonNode result =
          json("/api/v1/search?size=100&page=" + page + (filters.isEmpty() ? "" : "&" + filters));
      result.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
      if (ids.size() >= result.path("total").asLong() || result.path("hits").isEmpty()) {
        return ids;
      }
    }
  }

  private static JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> response = web.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
    return ReportJson.mapper().readTree(response.body());
  }

  private static String measures() {
    return String.join("&", MEASURES.stream().map(m -> "measure=" + q(m)).toList());
  }

  /**
   * Checks every group and the overall row of a stats answer against the oracle over {@code
   * matching}.
   */
  private static void checkStats(String group, String filters, Predicate<JsonNode> matching)
      throws Exception {
    JsonNode stats =
        json(
            "/api/v1/stats?group="
                + group
                + "&limit=10000&"
                + measures()
                + (filters.isEmpty() ? "" : "&" + filters));
    Collection<JsonNode> all = reports.values().stream().filter(matching).toList();
    assertEquals(all.size(), stats.path("total").asLong(), "reports matched: " + filters);
    for (String m : MEASURES) {
      StatsOracle.check(
          filters + " all " + m,
          stats.path("overall").path("values").path(m),
          StatsOracle.expect(all, m));
    }
    Map<String, List<JsonNode>> expected = StatsOracle.groups(reports.values(), group, matching);
    assertEquals(
        expected.size(),
        stats.path("group_count").asInt(),
        group + " groups: " + expected.keySet());
    for (JsonNode actual : stats.path("groups")) {
      String key = actual.path("key").asText();
      List<JsonNode> members = expected.get(key);
      assertTrue(members != null, "no such " + group + ": " + key);
      assertEquals(members.size(), actual.path("reports").asLong(), group + " " + key);
      for (String m : MEASURES) {
        StatsOracle.check(
            filters + " " + group + "=" + key + " " + m,
            actual.path("values").path(m),
            StatsOracle.expect(members, m));
      }
    }
  }

  @ParameterizedTest(name = "by {0}")
  @CsvSource({"year", "province", "city", "county", "agency", "sector", "level"})
  void everyGroupingAgreesWithTheReportsJson(String group) throws Exception {
    checkStats(group, "", report -> true);
  }

  @Test
  void filtersNarrowTheStatisticsAsTheyNarrowTheSearch() throws Exception {
    checkStats("province", "year=2022", r -> r.path("year").asInt() == 2022);
    checkStats(
        "level",
        "where=" + q("requests.new.total>=5"),
        r -> {
          Double v = StatsOracle.cell(r, "requests.new.total");
          return v != null && v >= 5;
        });
    checkStats(
        "year",
        "where=" + q("rate.disclosure<50%"),
        r -> {
          double[] rate = StatsOracle.rate(r, "rate.disclosure");
          return rate != null && rate[0] / rate[1] < 0.5;
        });
    List<String> found = ids("q=" + q("政务新媒体"));
    checkStats("sector", "q=" + q("政务新媒体"), r -> found.contains(r.path("id").asText()));
  }

  @Test
  void theRankingsAreTheHighestAndLowestReports() throws Exception {
    JsonNode stats = json("/api/v1/stats?group=none&measure=requests.new.total&top=5");
    List<Double> values =
        reports.values().stream()
            .map(r -> StatsOracle.cell(r, "requests.new.total"))
            .filter(v -> v != null)
            .sorted()
            .toList();
    JsonNode top = stats.path("ranking").path("top");
    JsonNode bottom = stats.path("ranking").path("bottom");
    assertEquals(5, top.size());
    for (int i = 0; i < 5; i++) {
      assertEquals(
          values.get(values.size() - 1 - i), top.get(i).path("value").asDouble(), "top " + i);
      assertEquals(values.get(i), bottom.get(i).path("value").asDouble(), "bottom " + i);
      assertEquals(
          StatsOracle.cell(reports.get(top.get(i).path("id").asText()), "requests.new.total"),
          top.get(i).path("value").asDouble());
    }
  }

  @Test
  void theSearchFiltersAndSortsOnCellsAndRates() throws Exception {
    JsonNode result =
        json(
            "/api/v1/search?size=100&where="
                + q("requests.new.total > 10")
                + "&where="
                + q("review.total>=0")
                + "&sort="
                + q("requests.new.total:desc"));
    long expected =
        reports.values().stream()
            .filter(
                r -> {
                  Double v = StatsOracle.cell(r, "requests.new.total");
                  return v != null
                      && v > 10
                      && StatsOracle.cell(r, "review_litigation.review.total") != null;
                })
            .count();
    assertEquals(expected, result.path("total").asLong());
    double previous = Double.MAX_VALUE;
    for (JsonNode hit : result.path("hits")) {
      double v = StatsOracle.cell(reports.get(hit.path("id").asText()), "requests.new.total");
      assertTrue(v > 10 && v <= previous, "descending and above 10: " + v);
      previous = v;
    }
    // A rate sort: reports without the rate come last, the rest from lowest.
    JsonNode byRate = json("/api/v1/search?size=100&sort=" + q("rate.disclosure:asc"));
    List<Double> rates = new ArrayList<>();
    byRate
        .path("hits")
        .forEach(
            hit -> {
              double[] r =
                  StatsOracle.rate(reports.get(hit.path("id").asText()), "rate.disclosure");
              rates.add(r == null ? null : r[0] / r[1]);
            });
    int firstMissing = rates.indexOf(null);
    List<Double> given = firstMissing < 0 ? rates : rates.subList(0, firstMissing);
    assertTrue(
        firstMissing < 0
            || rates.subList(firstMissing, rates.size()).stream().allMatch(r -> r == null),
        "missing last");
    assertEquals(given.stream().sorted().toList(), given, "ascending");
    // The rate's name as evaluators write it sorts and filters the same.
    assertEquals(
        byRate.path("hits"), json("/api/v1/search?size=100&sort=" + q("公开率:asc")).path("hits"));
    assertEquals(
        json("/api/v1/search?size=100&where=" + q("rate.disclosure<50%")).path("hits"),
        json("/api/v1/search?size=100&where=" + q("公开率<50%")).path("hits"));
  }

  @ParameterizedTest(name = "{0} → 400")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/stats?group=planet|group must be year, province, city, county, agency, sector, level or none, got planet",
        "/api/v1/stats?measure=requests.nope.total|measure requests.nope.total is not a table cell or rate",
        "/api/v1/stats?measure=rate.happiness|measure rate.happiness is not a table cell or rate",
        "/api/v1/stats?top=101|top must be between 0 and 100, got 101",
        "/api/v1/stats?where=requests.new.total~5|where must be a cell or rate, a comparison",
        "/api/v1/search?where=requests.new.total>=lots|where must compare with a number",
        "/api/v1/search?where=active.fees.issued>1|where active.fees.issued is not a table cell or rate",
        "/api/v1/search?sort=requests.new.total:sideways|sort must be relevance, year_desc, year_asc or a cell or rate",
        "/export/reports.csv?cell=tables.x|cell tables.x is not a table cell or rate",
        "/api/v1/coverage?region=火星省|region 火星省 is not a division name, path or code",
        "/api/v1/coverage?region=马头铺镇|region 马头铺镇 is a township"
      })
  void badValuesAreRefusedNamingTheParameter(String path, String message) throws Exception {
    String[] parts = path.split("\\?", 2);
    String[] kv = parts[1].split("=", 2);
    HttpResponse<String> response = web.get(parts[0] + "?" + kv[0] + "=" + q(kv[1]));
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response.body().contains(message.replace(">", "\\u003e").replace("<", "\\u003c")),
        response.body());
  }

  @Test
  void coverageOfARealCityItsCountiesAndATownship() throws Exception {
    JsonNode huaian = json("/api/v1/coverage?region=" + q("淮安市") + "&year=2023");
    assertEquals("江苏省/淮安市", huaian.path("region").path("path").asText());
    assertEquals("政府", huaian.path("sector").asText());
    List<String> covered = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    huaian
        .path("children")
        .forEach(
            c -> (c.path("covered").asBoolean() ? covered : missing).add(c.path("name").asText()));
    assertEquals(List.of("洪泽区"), covered, "洪泽区人民政府's 2023 report is in corpus/dev");
    assertTrue(
        missing.containsAll(List.of("清江浦区", "淮阴区", "淮安区", "涟水县", "盱眙县", "金湖县")),
        missing.toString());
    assertEquals(huaian.path("children").size(), huaian.path("divisions").asInt());
    assertEquals(1, huaian.path("covered").asInt());

    JsonNode dayao = json("/api/v1/coverage?region=" + q("大姚县") + "&year=2021");
    List<String> townships = new ArrayList<>();
    dayao
        .path("children")
        .forEach(
            c -> {
              if (c.path("covered").asBoolean()) {
                townships.add(c.path("name").asText());
              }
            });
    assertEquals(List.of("铁锁乡"), townships, "大姚县铁锁乡人民政府 2021");

    JsonNode country = json("/api/v1/coverage?year=2017");
    assertTrue(country.path("region").isNull());
    List<String> provinces = new ArrayList<>();
    country
        .path("children")
        .forEach(
            c -> {
              if (c.path("covered").asBoolean()) {
                provinces.add(c.path("name").asText());
              }
            });
    assertEquals(
        List.of("山西省"), provinces, "山西省人民政府 2017; 上海's 2017 reports are a district's and streets'");
    assertEquals(
        31,
        country.path("divisions").asInt(),
        "every province-level division of the gazetteer (the mainland's 31)");

    JsonNode newest = json("/api/v1/coverage?region=" + q("淮安市"));
    assertEquals(
        2024,
        newest.path("year").asInt(),
        "without a year: the newest with a government report there");
  }

  @Test
  void csvExportsAreUtf8WithBomAndOneRowPerReport() throws Exception {
    HttpResponse<byte[]> hits =
        web.getBytes(
            "/export/reports.csv?year=2022&cell="
                + q("requests.new.total")
                + "&cell=rate.disclosure");
    assertEquals(200, hits.statusCode());
    assertEquals("text/csv; charset=utf-8", hits.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        hits.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .startsWith("attachment; filename="));
    byte[] body = hits.body();
    assertTrue(
        body.length > 3
            && body[0] == (byte) 0xEF
            && body[1] == (byte) 0xBB
            && body[2] == (byte) 0xBF,
        "BOM");
    String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
    assertEquals(
        "id,title,agency,year,province,city,county,region_code,level,sector,flags,requests.new.total,rate.disclosure",
        lines[0]);
    long in2022 = reports.values().stream().filter(r -> r.path("year").asInt() == 2022).count();
    assertEquals(in2022 + 1, lines.length, "a row per report of 2022");

    HttpResponse<byte[]> stats =
        web.getBytes("/export/stats.csv?group=level&measure=rate.disclosure");
    String statsCsv = new String(stats.body(), StandardCharsets.UTF_8);
    assertTrue(
        statsCsv.startsWith("\uFEFFlevel,reports,rate.disclosure.reports,rate.disclosure.pooled,"),
        statsCsv);
    assertTrue(statsCsv.contains("\r\n全部," + reports.size() + ","), statsCsv);

    String id = reports.keySet().iterator().next();
    String tables =
        new String(web.getBytes("/export/reports/" + id + ".csv").body(), StandardCharsets.UTF_8);
    assertTrue(tables.startsWith("\uFEFFid,table,row,column,path,label,value\r\n"), tables);
    Double newTotal = StatsOracle.cell(reports.get(id), "requests.new.total");
    assertTrue(
        tables.contains(
            ",requests.new.total,本年新收政府信息公开申请数量 · 总计,"
                + (newTotal == null ? "" : Long.toString(newTotal.longValue()))
                + "\r\n"),
        tables);
    assertEquals(404, web.get("/export/reports/nosuchreport.csv").statusCode());
  }

  @Test
  void theStatsPageShowsChartsATableAndRankingsWithoutScript() throws Exception {
    HttpResponse<String> response =
        web.get("/stats?group=province&measure=requests.new.total&measure=rate.disclosure");
    assertEquals(200, response.statusCode());
    String html = response.body();
    assertTrue(
        html.contains("<svg") && html.contains("<rect") && html.contains("<polyline"),
        "bars and a line");
    assertTrue(html.contains("id=\"stats-table\""), "the table");
    assertTrue(html.contains("最高的报告") && html.contains("最低的报告"), "rankings");
    assertTrue(html.contains("（予以公开 + 部分公开）÷ 办理结果总计"), "the formula shown");
    assertTrue(html.contains("/export/stats.csv?"), "export link");
    assertFalse(
        html.contains("<script") || html.contains("style=\""),
        "no script, no inline style (the CSP allows neither)");
    HttpResponse<String> coverage = web.get("/coverage?region=" + q("淮安市") + "&year=2023");
    assertTrue(coverage.body().contains("1 个的人民政府有报告"), coverage.body());
  }

  @ParameterizedTest(name = "{0}?{1}=…")
  @CsvSource({
    "/stats,q",
    "/stats,region",
    "/stats,group",
    "/stats,measure",
    "/stats,where",
    "/stats,rank",
    "/stats,top",
    "/stats,sort",
    "/coverage,region",
    "/coverage,year",
    "/coverage,sector",
    "/,where",
    "/,sort",
    "/,where.value",
    "/,sort.cell",
    "/export/stats.csv,measure",
    "/export/reports.csv,cell",
    "/api/v1/stats,where"
  })
  void aPayloadInAnAnalystParameterIsTextOrRefused(String page, String parameter) throws Exception {
    for (String payload :
        List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "requests.new.total>=1<svg onload=x>")) {
      HttpResponse<String> response = web.get(page + "?" + parameter + "=" + q(payload));
      assertTrue(
          response.statusCode() == 200 || response.statusCode() == 400,
          response.statusCode() + ": " + response.body());
      assertFalse(response.body().contains(payload), "never raw: " + response.body());
      assertFalse(
          response.body().contains("<script")
              || response.body().contains("<img")
              || response.body().contains("<svg onload"),
          response.body());
    }
  }
}
