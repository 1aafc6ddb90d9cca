package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.PermissionRequest;
import io.qconnect.marketplace.access.RequestForm;
import io.qconnect.marketplace.access.RequestStatus;
import io.qconnect.marketplace.seller.NewSeller;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;

/**
 * Staff's and sellers' permission workflows in Chromium, in Japanese, on a fixed marketplace clock:
 * the automatic-approval switch, no decision on 土日祝 (with the reason and the next business day), no
 * 「承認」 for a request that fails a condition (and the server refuses a forged one), reasons that
 * name the value, no second request for a permission held or waiting, 利用制限中 wherever a state is
 * shown, and the login form one field per line. Screenshots: {@code staff-*.png}.
 */
class StaffWorkflowJourneyTest {
  private static final String PASSWORD = "workflow-pass-1";
  private static final String TUESDAY = "2026-12-01T10:00:00+09:00";

  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, false);
    browser = new Browser(app.url(), dir.resolve("chrome"), "staff");
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

  @AfterEach
  void loggedOut() {
    browser.open("/login");
    if (!browser.all(By.cssSelector("form[action='/logout'] button")).isEmpty()) {
      browser.logout();
    }
  }

  @Test
  void the_queue_shows_automatic_approval_off_and_staff_switch_it_on_and_off_again() {
    at(TUESDAY);
    browser.login("staff", TestApp.STAFF_PASSWORD);
    assertThat(browser.text(By.id("auto-state"))).isEqualTo("オフ");
    assertThat(browser.text(By.id("auto-source"))).contains("--no-auto-approve");
    browser.shot("auto-approve-off");

    browser.click(By.id("auto-switch"));
    browser.waitForText(By.cssSelector(".flash-ok"), "自動承認をオンにしました");
    assertThat(browser.text(By.id("auto-state"))).isEqualTo("オン");
    assertThat(browser.text(By.id("auto-source"))).contains("staff が", "切り替えました");
    assertThat(app.marketplace().access().autoApproval().changedBy()).isEqualTo("staff");
    browser.shot("auto-approve-switched-on");

    register("auto-shop", true, 0);
    PermissionRequest r = app.marketplace().access().file(apiForm("auto-shop"));
    assertThat(app.marketplace().access().get(r.id()).status()).isEqualTo(RequestStatus.APPROVED);

    browser.click(By.id("auto-switch"));
    browser.waitForText(By.cssSelector(".flash-ok"), "自動承認をオフにしました");
    assertThat(browser.text(By.id("auto-state"))).isEqualTo("オフ");
    assertThat(app.marketplace().access().settings().autoApprove()).isFalse();
  }

  @Test
  void on_saturday_and_on_a_holiday_the_buttons_are_disabled_with_the_next_business_day() {
    register("weekend-shop", true, 0);
    at("2026-11-27T16:00:00+09:00"); // Friday
    PermissionRequest r = app.marketplace().access().file(apiForm("weekend-shop"));
    at("2026-11-28T10:00:00+09:00"); // Saturday
    browser.login("staff", TestApp.STAFF_PASSWORD);

    assertThat(browser.text(By.id("closed-today"))).contains("土日祝日").containsPattern("11[-/]30");
    assertThat(browser.find(By.id("approve-" + r.id())).isEnabled()).isFalse();
    assertThat(browser.find(By.id("reject-" + r.id())).isEnabled()).isFalse();
    assertThat(browser.text(By.id("closed-" + r.id())))
        .contains("次の営業日")
        .containsPattern("11[-/]30");
    browser.shot("saturday-closed");

    forgePost("/staff/requests/" + r.id() + "/approve", "");
    browser.waitForText(By.cssSelector(".flash-error"), "土日祝日");
    assertThat(browser.text(By.cssSelector(".flash-error"))).containsPattern("11[-/]30");
    assertThat(app.marketplace().access().get(r.id()).status()).isEqualTo(RequestStatus.PENDING);
    browser.shot("saturday-forged-approve-refused");

    at("2026-11-23T10:00:00+09:00"); // 勤労感謝の日, a Monday
    browser.open("/staff");
    assertThat(browser.text(By.id("closed-today"))).containsPattern("11[-/]24");
    browser.shot("holiday-closed");

    at("2026-11-30T10:00:00+09:00"); // Monday, a business day
    browser.open("/staff");
    assertThat(browser.all(By.id("closed-today"))).isEmpty();
    browser.click(By.id("approve-" + r.id()));
    browser.waitForText(By.cssSelector(".flash-ok"), "承認しました");
  }

  @Test
  void approve_is_not_offered_when_a_condition_fails_and_a_forged_approval_is_refused() {
    at(TUESDAY);
    register("minus-shop", true, -3);
    PermissionRequest r = app.marketplace().access().file(apiForm("minus-shop"));
    browser.login("staff", TestApp.STAFF_PASSWORD);

    assertThat(browser.all(By.id("approve-" + r.id()))).isEmpty();
    assertThat(browser.text(By.id("no-approve-" + r.id()))).contains("承認できません");
    String reasons = browser.text(By.cssSelector("#request-" + r.id() + " ul.reasons"));
    assertThat(reasons).isEqualTo("サービスポイントが0点未満です（現在 -3点）").doesNotContain(";", "；");
    browser.shot("cannot-approve");

    forgePost("/staff/requests/" + r.id() + "/approve", "");
    browser.waitForText(By.cssSelector(".flash-error"), "承認できません");
    assertThat(browser.text(By.cssSelector(".flash-error"))).contains("（現在 -3点）");
    assertThat(app.marketplace().access().get(r.id()).status()).isEqualTo(RequestStatus.PENDING);
    browser.shot("forged-approve-refused");

    browser.type(
        By.cssSelector("#request-" + r.id() + " input[name=reason]"), "サービスポイントの回復後に再申請してください");
    browser.click(By.id("reject-" + r.id()));
    browser.waitForText(By.cssSelector(".flash-ok"), "却下しました");
    browser.logout();

    browser.login("minus-shop", PASSWORD);
    browser.open("/qsm/permissions");
    assertThat(browser.text(By.id("request-" + r.id()))).contains("却下", "サービスポイントの回復後に再申請してください");
    assertThat(browser.text(By.id("requests"))).doesNotContain("サービスポイント0点以上");
    browser.shot("seller-rejected-with-reason");
  }

  @Test
  void a_rejection_by_the_conditions_says_what_is_wrong_with_the_value() {
    at(TUESDAY);
    register("delay-shop", true, -3);
    app.marketplace()
        .sellers()
        .setStanding("delay-shop", true, -3, new io.qconnect.marketplace.seller.Standing(2, 0, 0));
    app.marketplace().access().switchAutoApprove(true, "staff");
    PermissionRequest r;
    try {
      r = app.marketplace().access().file(apiForm("delay-shop"));
    } finally {
      app.marketplace().access().switchAutoApprove(false, "staff");
    }
    browser.login("delay-shop", PASSWORD);
    browser.open("/qsm/permissions");
    String reasons = browser.text(By.cssSelector("#request-" + r.id() + " ul.reasons"));
    assertThat(reasons.lines())
        .containsExactly("サービスポイントが0点未満です（現在 -3点）", "発送遅延が2件あります（0件である必要があります）");
    assertThat(browser.text(By.id("requests"))).doesNotContain("利用目的が明確であること", ";");
    browser.shot("seller-reasons-with-values");
    browser.logout();
    browser.login("staff", TestApp.STAFF_PASSWORD);
    assertThat(browser.text(By.id("recent-" + r.id()))).contains("（現在 -3点）").doesNotContain(";");
    browser.shot("recent-reasons-with-values");
  }

  @Test
  void a_second_request_for_a_permission_waiting_or_held_and_an_unknown_kind_are_refused() {
    at(TUESDAY);
    register("twice-shop", true, 0);
    browser.login("twice-shop", PASSWORD);
    browser.open("/qsm/permissions/request?kind=API_KEY");
    browser.type(By.id("purpose"), "受注の自動取込");
    browser.type(By.id("company"), "qoo10-connect hub");
    browser.click(By.id("request-submit"));
    browser.waitForUrl("/qsm/permissions");

    browser.open("/qsm/permissions/request?kind=API_KEY");
    assertThat(browser.text(By.id("refused-API_KEY"))).contains("処理待ち", "重ねて申請することはできません");
    assertThat(browser.find(By.cssSelector("#kind option[value=API_KEY]")).isEnabled()).isFalse();
    browser.shot("request-form-pending");
    forgePost(
        "/qsm/permissions/request",
        "kind=API_KEY&email=twice%40example.jp&category=x&purpose=p&company=c");
    browser.waitForText(By.cssSelector(".flash-error"), "重ねて申請することはできません");
    browser.shot("duplicate-refused");
    assertThat(app.marketplace().access().requestsOf("twice-shop")).hasSize(1);

    long id = app.marketplace().access().requestsOf("twice-shop").get(0).id();
    app.marketplace().access().approve(id, "staff");
    browser.open("/qsm/permissions/request?kind=API_KEY");
    assertThat(browser.text(By.id("refused-API_KEY"))).contains("承認済み");

    forgePost(
        "/qsm/permissions/request",
        "kind=BOGUS&email=twice%40example.jp&category=x&purpose=p&company=c");
    browser.waitForText(By.cssSelector(".flash-error"), "「BOGUS」");
    browser.open("/qsm/permissions/request?kind=BOGUS");
    assertThat(browser.bodyText()).contains("「BOGUS」");
    browser.shot("unknown-kind-refused");
    assertThat(app.marketplace().access().requestsOf("twice-shop")).hasSize(1);
  }

  @Test
  void a_suspended_seller_sees_利用制限中_with_api_or_ftp_on_every_page() {
    at(TUESDAY);
    register("limited-shop", true, 0);
    app.marketplace().keys().issueApiKey("limited-shop");
    app.marketplace().keys().openFtpNow("limited-shop");
    browser.login("staff", TestApp.STAFF_PASSWORD);
    browser.open("/staff/sellers/limited-shop");
    browser.click(By.cssSelector("#suspension-form input[name=api]"));
    browser.type(By.cssSelector("#suspension-form input[name=reason]"), "発送遅延の多発");
    browser.click(By.cssSelector("#suspension-form button"));
    browser.waitForText(By.cssSelector(".flash-ok"), "制限しました");
    assertThat(browser.text(By.id("staff-suspended-API_KEY"))).isEqualTo("利用制限中（API）");
    assertThat(browser.text(By.id("staff-key-state"))).isEqualTo("利用制限中（API）");
    browser.shot("staff-seller-suspended");
    browser.logout();

    browser.login("limited-shop", PASSWORD);
    browser.open("/qsm");
    assertThat(browser.text(By.id("home-state-API_KEY"))).isEqualTo("利用制限中（API）");
    assertThat(browser.text(By.id("home-state-FTP"))).isEqualTo("承認済み");
    assertThat(browser.text(By.id("home-suspended"))).contains("発送遅延の多発");
    browser.shot("seller-home-suspended");
    browser.open("/qsm/permissions");
    assertThat(browser.text(By.id("state-API_KEY"))).isEqualTo("利用制限中（API）");
    assertThat(browser.text(By.id("state-FTP"))).isEqualTo("承認済み");
    browser.shot("seller-permissions-suspended");
    browser.open("/qsm/api");
    assertThat(browser.text(By.id("keys-suspended"))).contains("利用制限中（API）", "発送遅延の多発");
    assertThat(browser.text(By.id("keys-state"))).isEqualTo("利用制限中（API）");
    browser.shot("seller-keys-suspended");

    app.marketplace().sellers().suspend("limited-shop", false, true, "FTPの不正利用の疑い");
    browser.open("/qsm/permissions");
    assertThat(browser.text(By.id("state-FTP"))).isEqualTo("利用制限中（FTP）");
    assertThat(browser.text(By.id("state-API_KEY"))).isEqualTo("承認済み");
    browser.shot("seller-permissions-ftp-suspended");
  }

  @Test
  void the_login_form_lays_out_one_field_per_line() {
    browser.open("/login");
    Rectangle id = browser.find(By.id("login")).getRect();
    Rectangle password = browser.find(By.id("password")).getRect();
    Rectangle button = browser.find(By.id("login-submit")).getRect();
    assertThat(password.getY()).isGreaterThanOrEqualTo(id.getY() + id.getHeight());
    assertThat(button.getY()).isGreaterThanOrEqualTo(password.getY() + password.getHeight());
    assertThat(password.getX()).isEqualTo(id.getX());
    browser.shot("login-form");
  }

  /** Posts a form the page does not offer (a forged or stale one), with the session's token. */
  private static void forgePost(String action, String fields) {
    browser.forgePost(action, fields);
  }

  private static void at(String iso) {
    app.marketplace().clock().set(OffsetDateTime.parse(iso).toInstant());
  }

  private static void register(String id, boolean review, int points) {
    app.marketplace()
        .sellers()
        .register(new NewSeller(id, PASSWORD, id + "@example.jp", "ファッション", review, points));
  }

  private static RequestForm apiForm(String sellerId) {
    return new RequestForm(
        PermissionKind.API_KEY, sellerId, sellerId + "@example.jp", "ファッション", "受注連携", "GoQSystem");
  }
}
