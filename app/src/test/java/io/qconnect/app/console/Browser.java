package io.qconnect.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by the system's ChromeDriver (Selenium Manager never runs: it
 * would go to the network), with a screenshot of every page a journey visits under {@code
 * target/screenshots/}.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final String base;
  private final String prefix;
  private final WebDriverWait wait;
  private int shots;

  Browser(String base, Path profile, String prefix) {
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions o = new ChromeOptions();
    o.setBinary("/usr/bin/chromium");
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1360,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
    // the driver comes from webdriver.chrome.driver and the browser from the binary: nothing to
    // find
    this.driver = new ChromeDriver(o);
    this.base = base;
    this.prefix = prefix;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void open(String path) {
    driver.get(base + path);
    waitForPage();
  }

  /**
   * Waits until the document is loaded and htmx has no request in flight, nor a swap that has not
   * settled: htmx takes its request class off as soon as it has swapped the answer in, but an
   * element of the new page whose id was on the old one keeps the old one's attributes (a field's
   * value, a checkbox's checked) until the settle step, a timer that a loaded machine runs late.
   */
  void waitForPage() {
    wait.until(
        d ->
            "complete".equals(driver.executeScript("return document.readyState"))
                && Boolean.TRUE.equals(
                    driver.executeScript(
                        "return document.querySelector("
                            + "'.htmx-request, .htmx-swapping, .htmx-settling') === null")));
  }

  /** Waits (up to 30 s) until the condition holds, re-checking it twice a second. */
  void until(java.util.function.BooleanSupplier condition) {
    new org.openqa.selenium.support.ui.FluentWait<>(this)
        .withTimeout(Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(500))
        .until(b -> condition.getAsBoolean());
  }

  WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  void type(By by, String text) {
    WebElement e = find(by);
    e.clear();
    e.sendKeys(text);
  }

  /** Clicks, then waits for the page the click leads to. */
  void click(By by) {
    find(by).click();
    waitForPage();
  }

  void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  void waitForUrl(String part) {
    wait.until(ExpectedConditions.urlContains(part));
    waitForPage();
  }

  String text(By by) {
    return find(by).getText();
  }

  String bodyText() {
    return find(By.tagName("body")).getText();
  }

  /** Runs a script in the page and returns its result. */
  Object script(String js) {
    return driver.executeScript(js);
  }

  String url() {
    return driver.getCurrentUrl();
  }

  /** The value of a cookie of the console's site (to fetch a download with the same session). */
  String cookie(String name) {
    org.openqa.selenium.Cookie c = driver.manage().getCookieNamed(name);
    return c == null ? "" : c.getValue();
  }

  /** Runs a script in the page and answers its result. */
  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  String title() {
    return driver.getTitle();
  }

  void login(String login, String password) {
    open("/login");
    type(By.id("login"), login);
    type(By.id("password"), password);
    click(By.id("login-submit"));
    wait.until(d -> !driver.getCurrentUrl().contains("/login"));
    waitForPage();
  }

  void logout() {
    click(By.cssSelector("form[action='/logout'] button"));
    waitForUrl("/login");
  }

  /** Writes a PNG of the current page. */
  void shot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++shots, name)), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Posts a form the page does not offer (a forged or stale one: a button the page hides or
   * disables), with the session's CSRF token and the current page as {@code _back}, then waits for
   * the page it leads to.
   *
   * @param fields {@code a=1&b=2}, URL-encoded
   */
  void forgePost(String action, String fields) {
    WebElement before = driver.findElement(By.tagName("html"));
    driver.executeScript(
        """
        const f = document.createElement('form');
        f.method = 'post'; f.action = arguments[0];
        const add = (k, v) => { const i = document.createElement('input'); i.type = 'hidden';
          i.name = k; i.value = v; f.appendChild(i); };
        add('_csrf', document.querySelector('input[name=_csrf]').value);
        add('_back', location.pathname + location.search);
        new URLSearchParams(arguments[1]).forEach((v, k) => add(k, v));
        f.setAttribute('hx-boost', 'false');
        document.body.appendChild(f); f.submit();""",
        action,
        fields);
    wait.until(ExpectedConditions.stalenessOf(before));
    waitForPage();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
