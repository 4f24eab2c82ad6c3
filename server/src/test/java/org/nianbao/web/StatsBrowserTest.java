package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.json.ReportJson;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The 统计 page in real headless Chromium ({@link BrowserTest}'s setup; the samples and corpus/dev,
 * as {@link StatsServerTest} uses): from a search filtered to one year, follow 统计这些报告, choose a
 * grouping, measures and a ranking length in the form, see the bar chart drawn to scale and the
 * ranked reports, click the statistics table's CSV link and read the file Chromium saved. Every
 * figure is checked against {@link StatsOracle} over the reports' JSON, never against numbers
 * written here. Screenshots in the build folder's screenshots/stats-*.png.
 */
@org.junit.jupiter.api.Tag("browser")
class StatsBrowserTest {

  /**
   * The filter the test starts from, as the search page's URL carries it, and the same filter over
   * the JSON.
   */
  private static final String YEAR = "2023";

  private static final String GROUP = "province";
  private static final String MEASURE = "requests.new.total";
  private static final String RATE = "rate.disclosure";
  private static final int TOP = 3;

  private static RunningServer web;

  /** The reports of {@link #YEAR}, as the API gives each one's JSON. */
  private static List<JsonNode> reports;

  private static HeadlessChromium chromium;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.requireInstalled();
    web = RunningServer.start(true);
    reports = reportsOf(YEAR);
    chromium = HeadlessChromium.start(1400);
    browser = chromium.driver();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (web != null) {
        web.close();
      }
    }
  }

  @Test
  void statisticsOfAFilteredSearchChartRankingAndCsv() throws Exception {
    // 1. The search filtered to one year links its statistics; the page keeps the filter.
    browser.get(web.uri("/?year=" + YEAR).toString());
    WebElement statsLink = browser.findElement(By.id("stats-link"));
    chromium.leaveBy(statsLink::click);
    chromium.waitFor(By.cssSelector("form.stats-form"));
    assertEquals(
        Integer.toString(reports.size()),
        browser.findElement(By.cssSelector(".stats-total")).getText(),
        "the reports of " + YEAR);

    // 2. Group by province, two measures, the top 3: through the form, as a reader does.
    new Select(browser.findElement(By.id("group"))).selectByValue(GROUP);
    Select measures = new Select(browser.findElement(By.id("measure")));
    measures.deselectAll();
    measures.selectByValue(MEASURE);
    measures.selectByValue(RATE);
    new Select(browser.findElement(By.id("rank"))).selectByValue(MEASURE);
    WebElement top = browser.findElement(By.name("top"));
    top.clear();
    top.sendKeys(Integer.toString(TOP));
    WebElement submit = browser.findElement(By.cssSelector("form.stats-form button[type=submit]"));
    chromium.leaveBy(submit::click);
    chromium.waitFor(By.cssSelector("#chart-groups svg"));
    assertTrue(
        browser.getCurrentUrl().contains("year=" + YEAR)
            && browser.getCurrentUrl().contains("group=" + GROUP),
        browser.getCurrentUrl());
    chromium.shoot("stats-01-chart");

    Map<String, List<JsonNode>> groups = StatsOracle.groups(reports, GROUP, r -> true);
    assertTrue(groups.size() >= 2, "several provinces in " + YEAR + ": " + groups.keySet());
    // The chart draws the first measure the form sent (the form lists rates before cells).
    List<String> sent = measures(browser.getCurrentUrl());
    assertEquals(
        java.util.Set.of(MEASURE, RATE), java.util.Set.copyOf(sent), browser.getCurrentUrl());
    checkBars(groups, sent.get(0));
    checkTable(groups);
    checkRankings();

    // 3. The statistics table's CSV link: Chromium saves the file; its rows are the same figures.
    WebElement csvLink =
        browser.findElement(
            By.xpath("//p[@class='exports']/a[starts-with(@href,'/export/stats.csv')]"));
    String href = csvLink.getAttribute("href");
    assertTrue(href.contains("year=" + YEAR) && href.contains("group=" + GROUP), href);
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", csvLink);
    chromium.shoot("stats-02-ranking");
    csvLink.click();
    checkCsv(downloaded(), groups, sent);
  }

  /**
   * The {@code measure} parameters of a URL, in order: the order of the page's charts and columns.
   */
  private static List<String> measures(String url) {
    List<String> measures = new ArrayList<>();
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      if (pair.startsWith("measure=")) {
        measures.add(
            java.net.URLDecoder.decode(
                pair.substring("measure=".length()), StandardCharsets.UTF_8));
      }
    }
    return measures;
  }

  /**
   * One bar per province with a value of {@code measure} (a cell's sum, a rate's pooled value),
   * each as long as its value makes it against the longest.
   */
  private static void checkBars(Map<String, List<JsonNode>> groups, String measure) {
    boolean rate = measure.startsWith("rate.");
    Map<String, Double> sums = new LinkedHashMap<>();
    groups.forEach(
        (key, members) -> {
          StatsOracle.Expected expected = StatsOracle.expect(members, measure);
          Double value = rate ? expected.pooled() : expected.sum();
          if (value != null) {
            sums.put(key, value);
          }
        });
    List<WebElement> bars = browser.findElements(By.cssSelector("#chart-groups g.bar"));
    assertEquals(
        sums.size(), bars.size(), "a bar per province whose reports give " + measure + ": " + sums);
    double max = sums.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double longest =
        bars.stream()
            .mapToDouble(bar -> bar.findElement(By.tagName("rect")).getRect().getWidth())
            .max()
            .orElseThrow();
    assertTrue(longest > 100, "the longest bar is drawn wide: " + longest);
    for (WebElement bar : bars) {
      // The tooltip is "山东省：1,216" or "山东省：45.5%": the figure as the page writes it.
      String tooltip =
          (String)
              ((JavascriptExecutor) browser)
                  .executeScript("return arguments[0].querySelector('title').textContent", bar);
      String[] parts = tooltip.split("：");
      Double expected = sums.get(parts[0]);
      assertTrue(expected != null, "a bar for a province with no value: " + tooltip);
      if (rate) {
        assertEquals(
            expected, Double.parseDouble(parts[1].replace("%", "")) / 100, 0.0005, tooltip);
      } else {
        assertEquals(expected, Double.parseDouble(parts[1].replace(",", "")), tooltip);
      }
      double width = bar.findElement(By.tagName("rect")).getRect().getWidth();
      // Rendered widths are whole pixels; a zero is drawn 1 px wide so it still shows.
      assertEquals(
          Math.max(1, longest * expected / max), width, 1.5, "the bar of " + tooltip + " to scale");
    }
  }

  /** The table: the row of all reports, then one per province, each with its count of reports. */
  private static void checkTable(Map<String, List<JsonNode>> groups) {
    List<WebElement> rows = browser.findElements(By.cssSelector("#stats-table tbody tr"));
    assertEquals(groups.size() + 1, rows.size(), "全部 and a row per province: " + groups.keySet());
    for (WebElement row : rows.subList(1, rows.size())) {
      String province = row.findElement(By.tagName("th")).getText();
      List<JsonNode> members = groups.get(province);
      assertTrue(members != null, "no such province in " + YEAR + ": " + province);
      assertEquals(
          Integer.toString(members.size()),
          row.findElement(By.cssSelector("td")).getText(),
          province);
    }
  }

  /**
   * The highest and lowest reports by the first measure: the right values, each linking its report.
   */
  private static void checkRankings() throws Exception {
    List<WebElement> rankings = browser.findElements(By.cssSelector("section.ranking"));
    assertEquals(2, rankings.size(), "highest and lowest");
    List<Double> values =
        reports.stream()
            .map(r -> StatsOracle.cell(r, MEASURE))
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    List<Double> highest = values.reversed().subList(0, Math.min(TOP, values.size()));
    List<Double> lowest = values.subList(0, Math.min(TOP, values.size()));
    assertEquals(highest, shown(rankings.get(0)), "the highest " + TOP);
    assertEquals(lowest, shown(rankings.get(1)), "the lowest " + TOP);
  }

  /** The values a ranking lists, each checked against the report its link opens. */
  private static List<Double> shown(WebElement ranking) throws Exception {
    List<Double> values = new ArrayList<>();
    for (WebElement item : ranking.findElements(By.cssSelector("ol.ranked li"))) {
      double value =
          Double.parseDouble(
              item.findElement(By.cssSelector("strong.value")).getText().replace(",", ""));
      String link = item.findElement(By.tagName("a")).getAttribute("href");
      String id = link.substring(link.lastIndexOf('/') + 1);
      JsonNode report =
          reports.stream()
              .filter(r -> r.path("id").asText().equals(id))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("a ranked report outside " + YEAR + ": " + link));
      assertEquals(StatsOracle.cell(report, MEASURE), value, link);
      values.add(value);
    }
    return values;
  }

  /**
   * The downloaded CSV: BOM, header (the measures in the page's order), 全部 and a row per province,
   * every figure the oracle's.
   */
  private static void checkCsv(Path file, Map<String, List<JsonNode>> groups, List<String> measures)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(
        bytes.length > 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF,
        "UTF-8 with a byte-order mark, for Excel");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<String> header = new ArrayList<>(List.of(GROUP, "reports"));
    for (String m : measures) {
      Stream<String> parts =
          m.startsWith("rate.")
              ? Stream.of(
                  "reports", "pooled", "numerator", "denominator", "mean", "median", "min", "max")
              : Stream.of("reports", "sum", "mean", "median", "min", "max");
      parts.forEach(p -> header.add(m + "." + p));
    }
    List<CSVRecord> records;
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))) {
      assertEquals(header, parser.getHeaderNames());
      records = parser.getRecords();
    }
    assertEquals(groups.size() + 1, records.size(), "全部 and a row per province");
    assertEquals("全部", records.get(0).get(GROUP));
    Map<String, CSVRecord> rows = new HashMap<>();
    records.forEach(r -> rows.put(r.get(GROUP), r));
    Map<String, Collection<JsonNode>> expected = new LinkedHashMap<>();
    expected.put("全部", reports);
    expected.putAll(groups);
    for (Map.Entry<String, Collection<JsonNode>> e : expected.entrySet()) {
      CSVRecord row = rows.get(e.getKey());
      assertTrue(row != null, "a row for " + e.getKey() + " in " + text);
      String where = e.getKey() + ": ";
      assertEquals(e.getValue().size(), Integer.parseInt(row.get("reports")), where + "reports");
      StatsOracle.Expected cell = StatsOracle.expect(e.getValue(), MEASURE);
      assertEquals(cell.reports(), Long.parseLong(row.get(MEASURE + ".reports")), where + MEASURE);
      close(where + "sum", cell.sum(), row.get(MEASURE + ".sum"));
      close(where + "mean", cell.mean(), row.get(MEASURE + ".mean"));
      close(where + "median", cell.median(), row.get(MEASURE + ".median"));
      close(where + "min", cell.min(), row.get(MEASURE + ".min"));
      close(where + "max", cell.max(), row.get(MEASURE + ".max"));
      StatsOracle.Expected rate = StatsOracle.expect(e.getValue(), RATE);
      assertEquals(rate.reports(), Long.parseLong(row.get(RATE + ".reports")), where + RATE);
      close(where + "pooled", rate.pooled(), row.get(RATE + ".pooled"));
      close(where + "rate mean", rate.mean(), row.get(RATE + ".mean"));
      close(where + "rate median", rate.median(), row.get(RATE + ".median"));
    }
  }

  /** The CSV writes numbers to at most 6 decimals and a missing figure as an empty field. */
  private static void close(String what, Double expected, String field) {
    if (expected == null) {
      assertEquals("", field, what);
    } else {
      assertEquals(expected, Double.parseDouble(field), 5e-7, what);
    }
  }

  /** The file Chromium saved into the download folder, once complete (no .crdownload left). */
  private static Path downloaded() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(chromium.downloads())) {
        List<Path> all = files.toList();
        List<Path> csv =
            all.stream().filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
        if (!csv.isEmpty()
            && all.stream().noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"))) {
          return csv.stream()
              .max(Comparator.comparing(p -> p.toFile().lastModified()))
              .orElseThrow();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Chromium saved no CSV into " + chromium.downloads());
  }

  /**
   * Every report of a year, as {@code /api/v1/reports/{id}} gives it; the year read from each
   * report's JSON.
   */
  private static List<JsonNode> reportsOf(String year) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonNode result = json("/api/v1/search?size=100&page=" + page);
      for (JsonNode hit : result.path("hits")) {
        all.add(json("/api/v1/reports/" + hit.path("id").asText()));
      }
      if (all.size() >= result.path("total").asLong() || result.path("hits").isEmpty()) {
        break;
      }
    }
    assertEquals(web.indexed, all.size(), "every report listed");
    return all.stream().filter(r -> r.path("year").asText().equals(year)).toList();
  }

  private static JsonNode json(String pathAndQuery) throws Exception {
    var response = web.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
    return ReportJson.mapper().readTree(response.body());
  }
}
