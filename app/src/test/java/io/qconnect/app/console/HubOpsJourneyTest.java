package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.hub.sync.Alert;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;

/**
 * The hub operator's workflows in Chromium, in Japanese (issue 14): the add-shop form keeps what
 * was typed and puts each error next to its field; Sync now answers at once and its badge follows
 * the run to its result; Test Connection sets the health badge and the list shows it; an alert is
 * acknowledged and resolves itself on recovery; a backfill from the shop's page; the charts of
 * failures and key expiry; credentials changed and the shop removed with its orders kept.
 * Screenshots: {@code app/target/screenshots/hubops-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubOpsJourneyTest {
  private static final String SHOP = "demo-shop";
  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, true);
    app.hub().shops().delete(SHOP); // connected again through the form below
    browser = new Browser(app.url(), dir.resolve("chrome"), "hubops");
    browser.login("operator", TestApp.OPERATOR_PASSWORD);
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

  private static String apiKey() {
    return app.marketplace().keys().revealApiKey(SHOP).orElseThrow();
  }

  @Test
  @Order(1)
  void the_add_shop_form_keeps_what_was_typed_and_shows_each_error_next_to_its_field() {
    browser.open("/hub/shops/new");
    browser.type(By.id("shopId"), SHOP);
    browser.type(By.id("baseUrl"), app.url() + "/GMKT.INC.Front.QAPIService/ebayjapan.qapi");
    browser.type(By.id("lookbackDays"), "500");
    browser.find(By.id("status-2")).click();
    browser.find(By.id("autoConfirm")).click();
    browser.click(By.id("get-auth"));

    browser.waitForUrl("/hub/shops/new");
    assertThat(browser.text(By.cssSelector(".flash-error"))).contains("入力内容に誤りがあります");
    assertThat(browser.text(By.id("error-apiKey"))).isEqualTo("API key (API ID)を入力してください。");
    assertThat(browser.text(By.id("error-password"))).contains("QSMパスワードを入力する");
    assertThat(browser.text(By.id("error-lookbackDays"))).contains("1〜90", "500");
    assertThat(value("shopId")).isEqualTo(SHOP);
    assertThat(value("baseUrl")).startsWith(app.url());
    assertThat(value("lookbackDays")).isEqualTo("500");
    assertThat(browser.find(By.id("status-2")).isSelected()).isFalse();
    assertThat(browser.find(By.id("status-3")).isSelected()).isTrue();
    assertThat(browser.find(By.id("autoConfirm")).isSelected()).isTrue();
    browser.shot("add-shop-field-errors");

    browser.type(By.id("apiKey"), apiKey());
    browser.type(By.id("shopPassword"), "wrong-password-1");
    browser.type(By.id("lookbackDays"), "14");
    browser.find(By.id("status-2")).click();
    browser.click(By.id("get-auth"));
    browser.waitForUrl("/hub/shops/new");
    assertThat(browser.text(By.id("error-password"))).contains("QSMパスワードが正しくありません（-10001）");
    assertThat(value("apiKey")).as("the API key is never sent back").isEmpty();
    assertThat(value("shopPassword")).isEmpty();
    assertThat(value("lookbackDays")).isEqualTo("14");
    assertThat(browser.bodyText()).doesNotContain(apiKey()).doesNotContain("wrong-password-1");
    browser.shot("add-shop-get-auth-refused");

    browser.type(By.id("apiKey"), apiKey());
    browser.type(By.id("shopPassword"), "demo-pass-7");
    browser.click(By.id("get-auth"));
    browser.waitForUrl("/hub/shops/" + SHOP);
    assertThat(browser.text(By.cssSelector(".flash-ok"))).contains(SHOP);
    assertThat(value("lookbackDays")).isEqualTo("14");
    browser.shot("shop-connected");
  }

  @Test
  @Order(2)
  void sync_now_answers_at_once_and_its_badge_follows_the_run_to_its_result() throws Exception {
    long order = TestApp.placeOrder(app, SHOP, "SKU-0001");
    browser.open("/hub/shops/" + SHOP);
    browser.until(
        () -> {
          browser.click(By.id("sync-now"));
          return browser.text(By.cssSelector("main .flash")).contains("同期を開始しました");
        });
    String url = browser.url();
    browser.shot("sync-started");
    browser.until(
        () ->
            !"RUNNING"
                .equals(
                    browser
                        .find(By.cssSelector("#sync-state .run-state"))
                        .getAttribute("data-outcome")));
    assertThat(browser.url()).as("the badge changed in place").isEqualTo(url);
    assertThat(browser.text(By.id("sync-state"))).contains("成功", "取得");
    browser.shot("sync-result");
    browser.open("/hub/orders?shop=" + SHOP);
    assertThat(browser.bodyText()).contains(Long.toString(order));
  }

  @Test
  @Order(3)
  void test_connection_sets_the_health_badge_and_the_list_shows_the_result() {
    app.hub().shops().markFailing(SHOP, "テスト用の障害");
    browser.open("/hub");
    assertThat(browser.find(By.id("health-" + SHOP)).getAttribute("class"))
        .contains("health-FAILING");
    browser.open("/hub/shops/" + SHOP);
    browser.click(By.id("test-connection"));
    browser.waitForText(By.id("report-result"), "成功");
    assertThat(browser.find(By.id("shop-health")).getAttribute("class")).contains("health-OK");
    assertThat(browser.text(By.id("shop-tested"))).contains("成功");
    browser.shot("test-connection");
    browser.open("/hub");
    assertThat(browser.find(By.id("health-" + SHOP)).getAttribute("class")).contains("health-OK");
    assertThat(browser.text(By.id("tested-" + SHOP))).contains("接続テスト成功");
    browser.shot("shops-list-tested");
  }

  @Test
  @Order(4)
  void an_alert_is_acknowledged_and_resolves_itself_when_the_shop_syncs_again() {
    app.hub().shops().markFailing(SHOP, "GetShippingInfo_v3 が応答しませんでした");
    app.hub()
        .alerts()
        .raise(SHOP, Alert.Kind.SYNC_FAILED, "Sync failed: test", "hubops-sync-failed-1");
    app.hub()
        .alerts()
        .raise(SHOP, Alert.Kind.SYNC_FAILED, "Sync failed: test 2", "hubops-sync-failed-2");
    browser.open("/hub");
    assertThat(browser.text(By.id("alerts"))).contains("同期失敗", "未対応");
    browser.shot("alerts-open");
    WebElement ack = browser.all(By.cssSelector("#alerts button[id^=ack-]")).get(0);
    String id = ack.getAttribute("id").substring("ack-".length());
    browser.click(By.id("ack-" + id));
    assertThat(browser.text(By.cssSelector(".flash-ok"))).contains("確認済みにしました");
    browser.open("/hub/alerts?state=all");
    assertThat(browser.text(By.id("alert-" + id))).contains("確認済み: operator");
    browser.shot("alert-acknowledged");

    browser.until(
        () -> {
          app.hub().syncNow(SHOP);
          browser.open("/hub/alerts?state=all");
          return browser.all(By.cssSelector(".alert-resolved")).size() >= 2;
        });
    browser.open("/hub");
    assertThat(browser.text(By.id("alerts-total"))).isEqualTo("(0)");
    browser.open("/hub/alerts?state=all");
    assertThat(browser.bodyText()).contains("解消済み");
    browser.shot("alerts-resolved");
  }

  @Test
  @Order(5)
  void a_backfill_is_started_from_the_shop_page_with_its_dates_checked() {
    LocalDate today = LocalDate.now(io.qconnect.protocol.wire.QapiDates.JST);
    browser.open("/hub/shops/" + SHOP);
    setDate("backfill-from", today.minusDays(3));
    setDate("backfill-to", today.minusDays(10));
    browser.click(By.id("start-backfill"));
    assertThat(browser.text(By.id("error-to"))).contains("終了日", "開始日", "前です");
    assertThat(value("backfill-from")).isEqualTo(today.minusDays(3).toString());
    assertThat(value("backfill-to")).isEqualTo(today.minusDays(10).toString());
    assertThat(browser.text(By.cssSelector(".flash-error"))).contains("過去の注文の取込", "前です");
    scrollTo("backfill");
    browser.shot("backfill-refused");

    setDate("backfill-to", today.minusDays(1));
    browser.click(By.id("start-backfill"));
    assertThat(browser.text(By.cssSelector(".flash-ok"))).contains("受け付けました");
    assertThat(browser.text(By.id("shop-backfills"))).isNotEmpty();
    scrollTo("backfill");
    browser.shot("backfill-queued");
  }

  @Test
  @Order(6)
  void the_charts_use_the_full_width_and_show_failures_and_key_expiry() {
    browser.open("/hub/charts");
    assertThat(browser.all(By.cssSelector("#chart-runs rect.bar"))).hasSizeGreaterThanOrEqualTo(24);
    assertThat(browser.text(By.id("chart-keys"))).contains(SHOP, "残り");
    int chart = browser.find(By.id("chart-runs")).getSize().getWidth();
    int main = browser.find(By.tagName("main")).getSize().getWidth();
    assertThat(chart).as("the chart spans the page").isGreaterThan(main * 8 / 10);
    assertThat(browser.text(By.id("runs-summary"))).contains("失敗");
    browser.shot("charts");
  }

  @Test
  @Order(7)
  void credentials_are_changed_and_the_shop_removed_with_its_orders_kept() {
    browser.open("/hub/shops/" + SHOP);
    browser.click(By.id("edit-shop"));
    assertThat(browser.text(By.id("remove-explain"))).contains("注文", "履歴", "削除されず");
    browser.type(By.id("shopPassword"), "not-the-password");
    browser.click(By.id("save-credentials"));
    assertThat(browser.text(By.id("error-password"))).contains("QSMパスワードが正しくありません（-10001）");
    assertThat(value("baseUrl")).startsWith(app.url());
    assertThat(value("shopPassword")).isEmpty();
    browser.shot("edit-refused");

    browser.type(By.id("shopPassword"), "demo-pass-7");
    browser.click(By.id("save-credentials"));
    browser.waitForUrl("/hub/shops/" + SHOP);
    assertThat(browser.text(By.cssSelector(".flash-ok"))).contains("認証情報を変更しました");
    browser.shot("edit-saved");

    browser.click(By.id("edit-shop"));
    browser.type(By.id("remove-confirm"), "other-shop");
    browser.click(By.id("remove-shop"));
    assertThat(browser.text(By.id("error-confirm"))).contains("一致しません");
    browser.shot("remove-confirm-mismatch");
    browser.type(By.id("remove-confirm"), SHOP);
    browser.click(By.id("remove-shop"));
    browser.waitForUrl("/hub");
    assertThat(browser.text(By.cssSelector(".flash-ok"))).contains("削除しました", "注文と履歴は残って");
    assertThat(browser.all(By.id("shop-" + SHOP))).isEmpty();
    browser.shot("shop-removed");
    browser.open("/hub/orders?shop=" + SHOP);
    assertThat(browser.bodyText()).contains(SHOP);
    browser.shot("orders-kept");
  }

  private static String value(String id) {
    return browser.find(By.id(id)).getAttribute("value");
  }

  private static void scrollTo(String id) {
    WebElement e = browser.find(By.id(id));
    ((JavascriptExecutor) ((WrapsDriver) e).getWrappedDriver())
        .executeScript("arguments[0].scrollIntoView();", e);
  }

  /** Sets a date field the way a date picker does (typing depends on the browser's locale). */
  private static void setDate(String id, LocalDate d) {
    WebElement e = browser.find(By.id(id));
    ((JavascriptExecutor) ((WrapsDriver) e).getWrappedDriver())
        .executeScript("arguments[0].value = arguments[1];", e, d.toString());
  }
}
