package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.protocol.secret.Secrets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The marketplace journeys in Chromium, with automatic approval off so that staff decide: a seller
 * requests an API key, staff approve, the seller sees the key; a refusal lists every failed
 * condition; a seller confirms an order with a ship date and ships it.
 */
class ConsoleSellerJourneyTest {
  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, false);
    TestApp.pinToBusinessDay(app);
    // the hub would confirm the demo shop's orders itself; here the seller does
    app.hub().shops().delete("demo-shop");
    browser = new Browser(app.url(), dir.resolve("chrome"), "seller");
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
  void a_seller_requests_an_api_key_staff_approve_it_and_the_seller_sees_the_key() {
    register("journey-shop", true, 0);
    browser.login("journey-shop", "journey-pass-1");
    browser.shot("qsm-home");
    fileApiKeyRequest();
    assertThat(browser.text(By.id("state-API_KEY"))).isEqualTo("処理待ち");
    assertThat(browser.bodyText()).contains("処理予定日", "土日祝日");
    browser.logout();

    browser.login("staff", TestApp.STAFF_PASSWORD);
    assertThat(browser.text(By.tagName("main"))).contains("journey-shop", "利用目的");
    browser.shot("staff-queue");
    browser.click(
        By.cssSelector("tr:has(a[href='/staff/sellers/journey-shop']) button[id^=approve]"));
    browser.waitForText(By.cssSelector(".flash-ok"), "承認しました");
    browser.shot("staff-approved");
    browser.logout();

    browser.login("journey-shop", "journey-pass-1");
    browser.click(By.linkText("販売者権限の管理"));
    assertThat(browser.text(By.id("state-API_KEY"))).isEqualTo("承認済み");
    browser.shot("qsm-permissions-approved");
    seeTheKey();
  }

  private void fileApiKeyRequest() {
    browser.click(By.linkText("API・FTP・QSM権限"));
    assertThat(browser.text(By.id("request-form")))
        .contains("販売店ID", "メールアドレス", "商品カテゴリ", "利用目的", "連動会社名");
    browser.shot("qsm-request-form");
    browser.type(By.id("purpose"), "受注の自動取込と在庫連携のため");
    browser.type(By.id("company"), "qoo10-connect hub");
    browser.click(By.id("request-submit"));
    browser.waitForUrl("/qsm/permissions");
    browser.shot("qsm-permissions-pending");
  }

  private void seeTheKey() {
    String key = app.marketplace().keys().revealApiKey("journey-shop").orElseThrow();
    browser.click(By.linkText("API IDの発行/照会"));
    assertThat(browser.text(By.id("api-key"))).isEqualTo(Secrets.mask(key)).doesNotContain(key);
    browser.shot("qsm-api-key-masked");
    browser.click(By.id("reveal-api-key"));
    browser.waitForText(By.id("api-key"), key);
    browser.shot("qsm-api-key-shown");
    browser.type(By.cssSelector("#cert-form input[name=password]"), "journey-pass-1");
    browser.click(By.id("issue-cert"));
    browser.waitForText(By.cssSelector(".flash-ok"), "Certification Key");
    assertThat(browser.text(By.id("cert-keys"))).contains("有効", "残り");
    browser.shot("qsm-cert-key-issued");
    browser.open("/qsm/api");
    assertThat(browser.all(By.id("new-cert-key"))).isEmpty();
    browser.logout();
  }

  @Test
  void a_refused_request_lists_every_failed_condition() {
    register("weak-shop", false, -2);
    browser.login("weak-shop", "journey-pass-1");
    fileApiKeyRequest();
    browser.logout();
    browser.login("staff", TestApp.STAFF_PASSWORD);
    // 「承認」 is not offered for a request that fails a condition (it used to become a rejection)
    String row = "tr:has(a[href='/staff/sellers/weak-shop'])";
    assertThat(browser.all(By.cssSelector(row + " button[id^=approve]"))).isEmpty();
    browser.type(By.cssSelector(row + " input[name=reason]"), "条件を満たしてから再申請してください");
    browser.click(By.cssSelector(row + " button[id^=reject]"));
    browser.waitForText(By.cssSelector(".flash-ok"), "却下");
    browser.shot("staff-refused-by-conditions");
    browser.logout();
    browser.login("weak-shop", "journey-pass-1");
    browser.open("/qsm/permissions");
    assertThat(browser.text(By.id("requests")))
        .contains("却下", "出店審査が完了していません", "サービスポイントが0点未満です（現在 -2点）", "条件を満たしてから再申請してください");
    browser.shot("qsm-permissions-refused");
    browser.logout();
  }

  @Test
  void a_seller_confirms_an_order_with_a_ship_date_and_ships_it() throws Exception {
    long orderNo = TestApp.placeOrder(app, "demo-shop", "SKU-0001");
    browser.login("demo-shop", "demo-pass-7");
    browser.click(By.linkText("配送管理"));
    By row = By.id("order-" + orderNo);
    assertThat(browser.text(row)).contains("発送予定日未入力");
    assertThat(browser.text(By.id("needs-date-banner"))).contains("発送予定日");
    browser.shot("qsm-orders-new");
    browser.click(By.cssSelector("#order-" + orderNo + " form[action$='/confirm'] button"));
    browser.waitForText(By.cssSelector(".flash-ok"), "配送要請/配送準備");
    browser.open("/qsm/orders?status=3");
    assertThat(browser.text(row)).doesNotContain("発送予定日未入力");
    browser.shot("qsm-orders-confirmed");
    // the carrier is picked from the marketplace's list (docs/qapi.md §9.5), no longer typed
    new org.openqa.selenium.support.ui.Select(
            browser.find(
                By.cssSelector("#order-" + orderNo + " select[name=carrier_" + orderNo + "]")))
        .selectByVisibleText("ヤマト宅急便");
    browser.type(
        By.cssSelector("#order-" + orderNo + " input[name=tracking_" + orderNo + "]"),
        "1234-5678-9012");
    browser.click(By.cssSelector("#order-" + orderNo + " button[name=only]"));
    browser.waitForText(By.cssSelector(".flash-ok"), "1 件の注文を発送処理しました");
    browser.open("/qsm/orders?status=4");
    assertThat(browser.text(row)).contains("ヤマト宅急便", "1234-5678-9012");
    browser.shot("qsm-orders-shipped");
    browser.logout();
  }

  private static void register(String id, boolean review, int points) {
    app.marketplace()
        .sellers()
        .register(
            new NewSeller(id, "journey-pass-1", id + "@example.jp", "ファッション", review, points));
  }
}
