package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.seller.NewSeller;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * In the browser, a form the server refuses comes back as typed, with the error in Japanese right
 * under the field it is about.
 */
class FormErrorsBrowserTest {
  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, false);
    TestApp.pinToBusinessDay(app);
    app.marketplace()
        .sellers()
        .register(new NewSeller("form-shop", "form-pass-1234", "f@example.jp", "ファッション", true, 0));
    browser = new Browser(app.url(), dir.resolve("chrome"), "b-forms");
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
  void a_refused_request_keeps_what_the_seller_typed_and_names_the_field_in_japanese() {
    browser.login("form-shop", "form-pass-1234");
    browser.open("/qsm/permissions/request");
    browser.type(By.id("email"), "seller@localhost");
    browser.type(By.id("purpose"), "受注と在庫の連携に使います");
    browser.type(By.id("company"), "テスト連携株式会社");
    browser.click(By.id("request-submit"));

    browser.waitForText(By.id("error-email"), "メールアドレス");
    assertThat(browser.text(By.id("error-email")))
        .isEqualTo("メールアドレスはメールアドレスの形式で入力してください: 「seller@localhost」");
    assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo("seller@localhost");
    assertThat(browser.find(By.id("purpose")).getAttribute("value")).isEqualTo("受注と在庫の連携に使います");
    assertThat(browser.find(By.id("company")).getAttribute("value")).isEqualTo("テスト連携株式会社");
    assertThat(app.marketplace().access().requestsOf("form-shop")).isEmpty();
    browser.shot("request-refused");
    browser.logout();
  }

  @Test
  void staff_suspending_without_a_reason_see_the_reason_field_marked_and_the_boxes_still_ticked() {
    browser.login("staff", TestApp.STAFF_PASSWORD);
    browser.open("/staff/sellers/form-shop");
    browser.click(By.cssSelector("#suspension-form input[name=api]"));
    browser.click(By.cssSelector("#suspension-form button[type=submit]"));

    browser.waitForText(By.id("error-reason"), "停止理由");
    assertThat(browser.text(By.id("error-reason"))).isEqualTo("停止理由を入力してください。");
    assertThat(browser.find(By.cssSelector("#suspension-form input[name=api]")).isSelected())
        .isTrue();
    assertThat(app.marketplace().sellers().get("form-shop").apiSuspended()).isFalse();
    browser.shot("suspension-refused");
    browser.logout();
  }
}
