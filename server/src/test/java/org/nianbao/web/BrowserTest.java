package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The pages in real headless Chromium (Debian's chromium and chromium-driver): type a query, see
 * results, click a facet value, see the filtered results and counts, open a report and see its
 * tables. Each step leaves a screenshot in the build folder's screenshots/. Runs in the {@code
 * browser} profile ({@code ./nianbao test} turns it on after installing Chromium); fails when
 * chromium is missing there, unless -Dnianbao.skipBrowser=true.
 */
@org.junit.jupiter.api.Tag("browser")
class BrowserTest {

  private static RunningServer web;
  private static HeadlessChromium chromium;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.requireInstalled();
    web = RunningServer.start();
    chromium = HeadlessChromium.start(1000);
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
  void searchFilterAndOpenAReport() throws Exception {
    // 1. Type a query on the home page.
    browser.get(web.uri("/").toString());
    WebElement box = browser.findElement(By.id("q"));
    chromium.leaveBy(() -> box.sendKeys("政务新媒体 抖音", Keys.ENTER));
    chromium.waitFor(By.cssSelector("ol.hits li.hit"));
    List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits li.hit"));
    assertTrue(hits.size() >= 2, "results for 政务新媒体 抖音: " + hits.size());
    assertEquals(
        "政务新媒体 抖音",
        browser.findElement(By.id("q")).getAttribute("value"),
        "the box keeps the query");
    assertFalse(
        browser.findElements(By.cssSelector("ol.hits mark")).isEmpty(), "snippets are highlighted");
    chromium.shoot("01-results");

    // 2. Click a facet value: the province 山东省 in the region tree.
    WebElement shandong =
        browser.findElement(
            By.xpath("//section[@id='facet-region']//a[span[@class='label' and text()='山东省']]"));
    String shandongCount = shandong.findElement(By.className("count")).getText();
    chromium.leaveBy(shandong::click);
    chromium.waitFor(By.cssSelector(".chips .chip"));
    List<WebElement> filtered = browser.findElements(By.cssSelector("ol.hits li.hit"));
    assertEquals(
        Integer.parseInt(shandongCount), filtered.size(), "as many results as the facet said");
    assertEquals(2, filtered.size());
    String titles = browser.findElement(By.cssSelector("ol.hits")).getText();
    assertTrue(titles.contains("淄博市") && titles.contains("聊城市"), titles);
    assertTrue(browser.findElement(By.cssSelector(".summary .count")).getText().contains("2"));
    WebElement active = browser.findElement(By.cssSelector("#facet-region li.active"));
    assertTrue(active.getText().contains("山东省"), "the chosen region is marked");
    assertFalse(
        browser
            .findElements(By.xpath("//section[@id='facet-region']//a[span[text()='淄博市']]"))
            .isEmpty(),
        "the tree opens on the province's cities");
    assertTrue(
        browser.getCurrentUrl().contains("region="),
        "the state is in the URL: " + browser.getCurrentUrl());
    chromium.shoot("02-filtered");

    // 3. Open a report: its metadata, parts and the three tables.
    WebElement firstHit = browser.findElement(By.cssSelector("ol.hits li.hit h2 a"));
    chromium.leaveBy(firstHit::click);
    chromium.waitFor(By.cssSelector("table.requests-table"));
    assertEquals(
        3, browser.findElements(By.cssSelector("table.report-table")).size(), "three tables");
    assertFalse(
        browser.findElements(By.cssSelector("article.report mark")).isEmpty(),
        "the query's terms are marked");
    assertTrue(
        browser
            .findElement(By.cssSelector("table.requests-table"))
            .getText()
            .contains("本年新收政府信息公开申请数量"));
    chromium.shoot("03-report");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.querySelector('table.requests-table').scrollIntoView()");
    chromium.shoot("04-report-table");

    // 4. A report whose totals do not add up: the involved cells are marked and explained.
    browser.get(web.uri("/?q=" + RunningServer.q("三门峡")).toString());
    WebElement sanmenxia = browser.findElement(By.cssSelector("ol.hits li.hit h2 a"));
    chromium.leaveBy(sanmenxia::click);
    chromium.waitFor(By.cssSelector("td.violated"));
    WebElement violated = browser.findElement(By.cssSelector("td.violated"));
    assertTrue(
        violated.getAttribute("title").matches("(?s)R[1-4].*"),
        "the rule is explained: " + violated.getAttribute("title"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.querySelector('td.violated').scrollIntoView({block: 'center'})");
    chromium.shoot("05-violations");
  }

  /** The module's build folder (target/, or what -Dnb.build names), found from the test classes. */
}
