package org.nianbao.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Real headless Chromium for the browser tests: Debian's chromium and chromedriver (installed by
 * {@code tools/install-test-deps.sh}; Selenium Manager never downloads anything), a fresh profile
 * folder, a download folder that Chromium saves attachments into without asking, and screenshots in
 * the module's build folder (screenshots/NAME.png).
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final Path profile;
  private final Path downloads;
  private final Path screenshots;

  private HeadlessChromium(WebDriver driver, Path profile, Path downloads, Path screenshots) {
    this.driver = driver;
    this.profile = profile;
    this.downloads = downloads;
    this.screenshots = screenshots;
  }

  /**
   * Skips the calling test class with {@code -Dnianbao.skipBrowser=true}; fails, saying what to
   * install, when Chromium or its driver is missing. Call it before starting anything else.
   */
  static void requireInstalled() {
    Assumptions.assumeFalse(
        Boolean.getBoolean("nianbao.skipBrowser"),
        "nianbao.skipBrowser=true: browser test skipped");
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          "the browser test needs Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): "
              + "install them with `apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk`, "
              + "or run with -Dnianbao.skipBrowser=true");
    }
  }

  /** Starts a browser with a window {@code height} pixels tall (1280 wide). */
  static HeadlessChromium start(int height) throws Exception {
    requireInstalled();
    Path screenshots =
        Files.createDirectories(
            Path.of(
                    HeadlessChromium.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent()
                .resolve("screenshots"));
    Path profile = Files.createTempDirectory("nianbao-chromium");
    Path downloads = Files.createTempDirectory("nianbao-downloads");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--window-size=1280," + height,
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    // An attachment (a CSV link) is saved into our folder without a prompt.
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "download.directory_upgrade",
            true));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new HeadlessChromium(driver, profile, downloads, screenshots);
  }

  WebDriver driver() {
    return driver;
  }

  /** Where Chromium saves what the page downloads. */
  Path downloads() {
    return downloads;
  }

  void waitFor(By what) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(what));
  }

  /**
   * Runs {@code action}, a click or a key that leaves the page, and waits until the next page has
   * loaded. Waiting for an element is not enough when the page being left has it too (every search
   * page lists hits): the wait could end on the old page, or find nothing while the new one loads.
   */
  void leaveBy(Runnable action) {
    WebElement leaving = driver.findElement(By.tagName("html"));
    action.run();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.stalenessOf(leaving));
    wait.until(
        page ->
            "complete"
                .equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
  }

  void scrollTo(String css) {
    ((JavascriptExecutor) driver)
        .executeScript("document.querySelector(arguments[0]).scrollIntoView()", css);
  }

  /** A screenshot of the window, as screenshots/{@code name}.png in the build folder. */
  void shoot(String name) throws Exception {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws Exception {
    try {
      driver.quit();
    } finally {
      SampleIndex.deleteTree(profile);
      SampleIndex.deleteTree(downloads);
    }
  }
}
