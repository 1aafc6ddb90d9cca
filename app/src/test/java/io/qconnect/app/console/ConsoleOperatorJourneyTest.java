package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The hub operator's journey in Chromium: add a shop with Get Auth, Test Connection, orders after
 * Sync now, order history, runs and charts, the status warning; and both languages on one page.
 */
class ConsoleOperatorJourneyTest {
  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, true);
    // the demo connects its shop at start; here the operator connects it through the console
    app.hub().shops().delete("demo-shop");
    browser = new Browser(app.url(), dir.resolve("chrome"), "operator");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void an_operator_adds_a_shop_with_get_auth_tests_it_and_sees_orders_after_sync_now()
      throws Exception {
    browser.login("operator", TestApp.OPERATOR_PASSWORD);
    browser.shot("hub-shops-empty");
    addShop();
    browser.click(By.id("test-connection"));
    browser.waitForText(By.id("report-result"), "成功");
    assertThat(browser.text(By.id("report"))).contains("有効");
    browser.shot("hub-test-connection");

    long first = TestApp.placeOrder(app, "demo-shop", "SKU-0001");
    long second = TestApp.placeOrder(app, "demo-shop", "SKU-0002");
    syncUntilImported(List.of(first, second));
    browser.open("/hub/orders?shop=demo-shop");
    browser.shot("hub-orders");
    browser.click(By.linkText(Long.toString(first)));
    assertThat(browser.text(By.id("history"))).contains("取込");
    browser.shot("hub-order-detail");
    browser.open("/hub/runs");
    assertThat(browser.text(By.id("runs"))).contains("demo-shop", "手動");
    browser.shot("hub-runs");
    browser.open("/hub/charts");
    assertThat(browser.all(By.cssSelector("#chart-orders rect.bar"))).hasSize(24);
    assertThat(browser.text(By.id("lag-summary"))).contains("中央値");
    browser.shot("hub-charts");
    onlyStatusTwoWarns();
    browser.logout();
  }

  private void addShop() {
    browser.click(By.id("add-shop"));
    assertThat(browser.text(By.id("prerequisites")))
        .contains("出店審査状態が完了していること", "サービスポイント", "土日祝日", "無料");
    browser.shot("hub-add-shop");
    String apiKey = app.marketplace().keys().revealApiKey("demo-shop").orElseThrow();
    browser.type(By.id("shopId"), "demo-shop");
    browser.type(By.id("apiKey"), apiKey);
    browser.type(By.id("shopPassword"), "demo-pass-7");
    browser.click(By.id("get-auth"));
    browser.waitForUrl("/hub/shops/demo-shop");
    assertThat(browser.text(By.cssSelector(".flash-ok"))).contains("demo-shop");
    assertThat(browser.bodyText()).doesNotContain(apiKey).doesNotContain("demo-pass-7");
    assertThat(browser.find(By.id("expiry-badge")).getAttribute("class")).contains("expiry-ok");
    browser.shot("hub-shop-connected");
  }

  /**
   * Sync now until the orders are listed and a manual run is in the run list: the shop's order
   * mails and its schedule import too, and while one of their runs holds the shop's lock Sync now
   * answers Busy, so the orders can be listed before any manual run has run.
   */
  private void syncUntilImported(List<Long> orderNos) {
    browser.until(
        () -> {
          browser.open("/hub/shops/demo-shop");
          browser.click(By.id("sync-now"));
          browser.open("/hub/orders?shop=demo-shop");
          String list = browser.bodyText();
          if (!orderNos.stream().allMatch(n -> list.contains(Long.toString(n)))) {
            return false;
          }
          browser.open("/hub/runs");
          return browser.text(By.id("runs")).contains("手動");
        });
  }

  private void onlyStatusTwoWarns() {
    browser.open("/hub/shops/demo-shop");
    browser.find(By.id("status-3")).click();
    browser.click(By.id("save-settings"));
    browser.waitForText(By.cssSelector(".warning"), "3に移動");
    browser.shot("hub-settings-only-status-2");
  }

  @Test
  void both_languages_render_on_the_same_page() {
    browser.open("/login");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("ログイン");
    browser.shot("login-ja");
    browser.click(By.id("lang-switch"));
    browser.waitForText(By.tagName("h1"), "Log in");
    browser.shot("login-en");
    browser.login("operator", TestApp.OPERATOR_PASSWORD);
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Shops");
    assertThat(browser.text(By.cssSelector("nav.menu"))).contains("Orders", "Sync runs", "Charts");
    browser.shot("hub-shops-en");
    browser.click(By.id("lang-switch"));
    browser.waitForText(By.tagName("h1"), "ショップ");
    assertThat(browser.text(By.cssSelector("nav.menu"))).contains("注文", "同期履歴", "グラフ");
    browser.shot("hub-shops-ja");
    browser.logout();
  }
}
