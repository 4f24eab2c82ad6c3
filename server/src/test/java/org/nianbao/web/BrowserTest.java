package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in real headless Chromium (Debian's chromium and chromium-driver): type a query, see
 * results, click a facet value, see the filtered results and counts, open a report and see its
 * tables. Each step leaves a screenshot in the build folder's screenshots/. Runs in the {@code browser}
 * profile ({@code ./nianbao test} turns it on after installing Chromium); fails when chromium is
 * missing there, unless -Dnianbao.skipBrowser=true.
 */
@org.junit.jupiter.api.Tag("browser")
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static RunningServer web;
  private static WebDriver browser;
  private static Path userDataDir;
  private static Path screenshots;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeFalse(Boolean.getBoolean("nianbao.skipBrowser"), "nianbao.skipBrowser=true: browser test skipped");
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + "): "
          + "install them with `apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk`, "
          + "or run with -Dnianbao.skipBrowser=true");
    }
    screenshots = buildFolder().resolve("screenshots");
    Files.createDirectories(screenshots);
    web = RunningServer.start();
    userDataDir = Files.createTempDirectory("nianbao-chromium");
    // Point Selenium at the installed driver and browser so Selenium Manager never downloads anything.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + userDataDir);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (web != null) {
        web.close();
      }
      if (userDataDir != null) {
        SampleIndex.deleteTree(userDataDir);
      }
    }
  }

  @Test
  void searchFilterAndOpenAReport() throws Exception {
    // 1. Type a query on the home page.
    browser.get(web.uri("/").toString());
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("政务新媒体 抖音", Keys.ENTER);
    waitFor(By.cssSelector("ol.hits li.hit"));
    List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits li.hit"));
    assertTrue(hits.size() >= 2, "results for 政务新媒体 抖音: " + hits.size());
    assertEquals("政务新媒体 抖音", browser.findElement(By.id("q")).getAttribute("value"), "the box keeps the query");
    assertFalse(browser.findElements(By.cssSelector("ol.hits mark")).isEmpty(), "snippets are highlighted");
    shoot("01-results");

    // 2. Click a facet value: the province 山东省 in the region tree.
    WebElement shandong = browser.findElement(By.xpath("//section[@id='facet-region']//a[span[@class='label' and text()='山东省']]"));
    String shandongCount = shandong.findElement(By.className("count")).getText();
    shandong.click();
    waitFor(By.cssSelector(".chips .chip"));
    List<WebElement> filtered = browser.findElements(By.cssSelector("ol.hits li.hit"));
    assertEquals(Integer.parseInt(shandongCount), filtered.size(), "as many results as the facet said");
    assertEquals(2, filtered.size());
    String titles = browser.findElement(By.cssSelector("ol.hits")).getText();
    assertTrue(titles.contains("淄博市") && titles.contains("聊城市"), titles);
    assertTrue(browser.findElement(By.cssSelector(".summary .count")).getText().contains("2"));
    WebElement active = browser.findElement(By.cssSelector("#facet-region li.active"));
    assertTrue(active.getText().contains("山东省"), "the chosen region is marked");
    assertFalse(browser.findElements(By.xpath("//section[@id='facet-region']//a[span[text()='淄博市']]")).isEmpty(),
        "the tree opens on the province's cities");
    assertTrue(browser.getCurrentUrl().contains("region="), "the state is in the URL: " + browser.getCurrentUrl());
    shoot("02-filtered");

    // 3. Open a report: its metadata, parts and the three tables.
    browser.findElement(By.cssSelector("ol.hits li.hit h2 a")).click();
    waitFor(By.cssSelector("table.requests-table"));
    assertEquals(3, browser.findElements(By.cssSelector("table.report-table")).size(), "three tables");
    assertFalse(browser.findElements(By.cssSelector("article.report mark")).isEmpty(), "the query's terms are marked");
    assertTrue(browser.findElement(By.cssSelector("table.requests-table")).getText().contains("本年新收政府信息公开申请数量"));
    shoot("03-report");
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "document.querySelector('table.requests-table').scrollIntoView()");
    shoot("04-report-table");

    // 4. A report whose totals do not add up: the involved cells are marked and explained.
    browser.get(web.uri("/?q=" + RunningServer.q("三门峡")).toString());
    browser.findElement(By.cssSelector("ol.hits li.hit h2 a")).click();
    waitFor(By.cssSelector("td.violated"));
    WebElement violated = browser.findElement(By.cssSelector("td.violated"));
    assertTrue(violated.getAttribute("title").matches("(?s)R[1-4].*"), "the rule is explained: " + violated.getAttribute("title"));
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "document.querySelector('td.violated').scrollIntoView({block: 'center'})");
    shoot("05-violations");
  }

  private static void waitFor(By what) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(what));
  }

  private static void shoot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The module's build folder (target/, or what -Dnb.build names), found from the test classes. */
  private static Path buildFolder() throws Exception {
    return Path.of(BrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
  }
}
