package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An agency across years in real headless Chromium ({@link BrowserTest}'s setup, {@link
 * YearsIndex}'s index): the 洪泽区 2024 report links its 2023 report and back, with the year-over-year
 * table; the copied 淄博市水利局 2023 report shows its reused sentences shaded and R9 as an amber hint.
 * Screenshots in the build folder's screenshots/years-*.png.
 */
@org.junit.jupiter.api.Tag("browser")
class YearsBrowserTest {

  private static RunningServer web;
  private static Map<String, String> ids;
  private static HeadlessChromium chromium;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.requireInstalled();
    web = YearsIndex.serve();
    ids = YearsIndex.ids(web);
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
  void followABodyAcrossItsYearsAndSeeWhatWasCopied() throws Exception {
    // 1. 洪泽区 2024: the years section links 2023; the table shows both years with the change.
    browser.get(web.uri("/reports/" + ids.get("洪泽2024")).toString());
    chromium.waitFor(By.cssSelector("section#years table.yoy-table"));
    WebElement newRequests =
        browser.findElement(By.xpath("//table[contains(@class,'yoy-table')]//tr[th='本年新收申请']"));
    List<WebElement> cells = newRequests.findElements(By.tagName("td"));
    assertEquals("21", cells.get(0).getText());
    assertTrue(
        cells.get(1).getText().startsWith("95") && cells.get(1).getText().contains("+74（+352%）"),
        cells.get(1).getText());
    chromium.scrollTo("section#years");
    chromium.shoot("years-01-hongze-2024");

    // 2. Follow the link to 2023: its page links 2024 back.
    WebElement to2023 = browser.findElement(By.cssSelector("section#years ul.year-links a"));
    chromium.leaveBy(to2023::click);
    chromium.waitFor(By.cssSelector("section#years"));
    assertTrue(
        browser.getCurrentUrl().endsWith("/reports/" + ids.get("洪泽2023")), browser.getCurrentUrl());
    String back =
        browser.findElement(By.cssSelector("section#years ul.year-links a")).getAttribute("href");
    assertTrue(back.endsWith("/reports/" + ids.get("洪泽2024")), back);

    // 3. 淄博市水利局 2023, mostly its 2022 text: six sentences shaded, R9 amber, R10 red.
    browser.get(web.uri("/reports/" + ids.get("水利2023")).toString());
    chromium.waitFor(By.cssSelector("span.reused"));
    List<WebElement> reused = browser.findElements(By.cssSelector("span.reused"));
    assertEquals(6, reused.size());
    String shade = reused.get(0).getCssValue("background-color");
    String plain =
        browser
            .findElement(By.cssSelector("#overview p:last-of-type"))
            .getCssValue("background-color");
    assertNotEquals(plain, shade, "a reused sentence is shaded");
    WebElement r9 =
        browser.findElement(
            By.xpath("//section[@id='flags']//span[starts-with(normalize-space(.),'R9')]"));
    assertNotEquals(
        browser
            .findElement(
                By.xpath("//section[@id='flags']//span[starts-with(normalize-space(.),'R10')]"))
            .getCssValue("background-color"),
        r9.getCssValue("background-color"),
        "R9 is a hint, not an error");
    chromium.scrollTo("#overview");
    chromium.shoot("years-02-copied");
  }
}
