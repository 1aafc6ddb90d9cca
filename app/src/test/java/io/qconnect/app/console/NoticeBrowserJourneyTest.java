package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.notice.NoticeSetting;
import io.qconnect.marketplace.seller.NewSeller;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * 通知管理 in a real browser: a seller opens the template picker, filters by kind and group, closes it
 * (nothing changes), chooses NextEngine's order template and confirms, registers it to an address,
 * loads the row into the form, modifies the address (修正成功), then sets Use = N. Nothing on the
 * screen deletes a setting.
 */
class NoticeBrowserJourneyTest {
  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, false);
    app.marketplace()
        .sellers()
        .register(new NewSeller("notice-shop", "notice-pass-5", "n@example.jp", "食品", true, 0));
    browser = new Browser(app.url(), dir.resolve("chrome"), "notices");
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

  private static List<NoticeSetting> settings() {
    return app.marketplace().notices().settings("notice-shop", 0, 50);
  }

  @Test
  void aSellerRegistersANextEngineOrderTemplateWithThePickerModifiesItAndSetsUseN()
      throws Exception {
    browser.login("notice-shop", "notice-pass-5");
    browser.open("/qsm/bulk");
    browser.click(By.id("bulk-notices"));
    assertThat(browser.url()).contains("/qsm/notices");
    assertThat(browser.bodyText()).doesNotContain("準備中");
    assertThat(browser.text(By.id("notice-none"))).isNotBlank();
    browser.shot("empty");

    // the picker: kind ALL by default, the ten groups in the seed's order; Close discards
    browser.click(By.id("notice-find"));
    Select kind = new Select(browser.find(By.id("picker-kind")));
    assertThat(kind.getFirstSelectedOption().getText()).isEqualTo("ALL");
    assertThat(kind.getOptions())
        .extracting(o -> o.getText())
        .containsExactly("ALL", "注文通知", "配送要請", "配送完了", "キャンセル要請", "キャンセル完了");
    Select group = new Select(browser.find(By.id("picker-group")));
    assertThat(group.getOptions())
        .extracting(o -> o.getText())
        .containsExactly(
            "StockGear Template",
            "NextEngine Template",
            "CrossMall Template",
            "ZaikoRobot Template",
            "Basic Template",
            "[JP]Agency Template",
            "BooxSales Template",
            "通販する蔵 Template",
            "Softel Template",
            "External Order Template");
    group.selectByVisibleText("NextEngine Template");
    browser.click(By.id("picker-search"));
    assertThat(browser.all(By.cssSelector("#picker-results tbody tr")))
        .extracting(r -> r.getAttribute("id"))
        .containsExactly("picker-row-4", "picker-row-51", "picker-row-76", "picker-row-77");
    browser.find(By.id("picker-choose-76")).click();
    browser.click(By.id("picker-close"));
    assertThat(browser.all(By.id("notice-picker"))).isEmpty();
    assertThat(browser.all(By.id("notice-template-no")).get(0).getAttribute("value")).isEmpty();

    // choose NextEngine's order template with the kind filter, Confirm copies it into the form
    browser.click(By.id("notice-find"));
    new Select(browser.find(By.id("picker-kind"))).selectByVisibleText("注文通知");
    new Select(browser.find(By.id("picker-group"))).selectByVisibleText("NextEngine Template");
    browser.click(By.id("picker-search"));
    assertThat(browser.all(By.cssSelector("#picker-results tbody tr")))
        .extracting(r -> r.getAttribute("id"))
        .containsExactly("picker-row-4", "picker-row-51");
    browser.shot("picker");
    browser.find(By.id("picker-choose-4")).click();
    browser.click(By.id("picker-confirm"));
    assertThat(browser.text(By.id("notice-template")))
        .isEqualTo("注文通知 EMAIL NextEngine Template [Email] NextEngine Order - Unit");
    assertThat(browser.find(By.id("notice-subject")).getAttribute("value"))
        .isEqualTo("Qoo10の注文のお知らせです。(注文番号:[$_ORDER_NO_$])");
    assertThat(browser.find(By.id("notice-sender")).getAttribute("value"))
        .isEqualTo("Qoo10 <qoo10info@qoo10.jp>");
    assertThat(new Select(browser.find(By.id("notice-use"))).getFirstSelectedOption().getText())
        .isEqualTo("Y");
    assertThat(new Select(browser.find(By.id("notice-standby"))).getFirstSelectedOption().getText())
        .isEqualTo("N");

    // Register
    browser.type(By.id("notice-destination"), "test@qoo10.example.jp");
    browser.click(By.id("notice-register"));
    assertThat(browser.bodyText()).contains("通知設定を登録しました");
    assertThat(settings()).hasSize(1);
    long id = settings().get(0).id();
    List<String> cells =
        browser.all(By.cssSelector("#notice-row-" + id + " td")).stream()
            .map(e -> e.getText())
            .toList();
    assertThat(cells).hasSize(10);
    assertThat(cells.subList(0, 9))
        .containsExactly(
            "4",
            "注文通知",
            "NextEngine Template",
            "[Email] NextEngine Order - Unit",
            "EMAIL",
            "test@qoo10.example.jp",
            "Y",
            "N",
            "notice-shop");
    assertThat(browser.all(By.cssSelector("#notice-grid th")))
        .extracting(e -> e.getText())
        .containsExactly(
            "テンプレート番号",
            "カテゴリ",
            "テンプレートグループ名",
            "テンプレート名",
            "送信形式",
            "送信先",
            "使用 Y/N",
            "待機 Y/N",
            "登録者",
            "登録日");

    // a row click loads the form; Modify changes the address in place: 修正成功
    browser.click(By.id("notice-edit-" + id));
    assertThat(browser.find(By.id("notice-destination")).getAttribute("value"))
        .isEqualTo("test@qoo10.example.jp");
    browser.type(By.id("notice-destination"), "change@qoo10.example.jp");
    browser.click(By.id("notice-modify"));
    assertThat(browser.bodyText()).contains("修正成功");
    assertThat(browser.text(By.cssSelector("#notice-row-" + id + " td:nth-child(6)")))
        .isEqualTo("change@qoo10.example.jp");

    // Use = N stops it; still one row, nothing deleted
    browser.click(By.id("notice-edit-" + id));
    new Select(browser.find(By.id("notice-use"))).selectByValue("N");
    browser.click(By.id("notice-modify"));
    assertThat(browser.bodyText()).contains("修正成功");
    assertThat(browser.text(By.cssSelector("#notice-row-" + id + " td.use"))).isEqualTo("N");
    browser.shot("use-n");
    assertThat(settings())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.use()).isFalse();
              assertThat(s.destination()).isEqualTo("change@qoo10.example.jp");
              assertThat(s.template().no()).isEqualTo(4);
            });
    assertThat(browser.all(By.cssSelector("button, a, input[type=submit]")))
        .extracting(e -> e.getText() + " " + e.getAttribute("formaction") + e.getAttribute("href"))
        .noneMatch(
            s -> s.contains("削除") || s.toLowerCase(java.util.Locale.ROOT).contains("delete"));
    try (HttpClient http = HttpClient.newHttpClient()) {
      int status =
          http.send(
                  HttpRequest.newBuilder(URI.create(app.url() + "/qsm/notices/" + id))
                      .DELETE()
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      assertThat(status).isIn(404, 405);
    }
    assertThat(settings()).hasSize(1);
  }

  @Test
  void staffSeeTheMailsTheEmbeddedCatcherKept() {
    TestApp.pinToBusinessDay(app);
    app.marketplace()
        .sellers()
        .register(new NewSeller("ftp-mail-shop", "ftp-pass-5", "ftp@example.jp", "食品", true, 0));
    var req =
        app.marketplace()
            .access()
            .file(
                new io.qconnect.marketplace.access.RequestForm(
                    io.qconnect.marketplace.access.PermissionKind.FTP,
                    "ftp-mail-shop",
                    "ftp@example.jp",
                    "食品",
                    "商品一括登録",
                    "NextEngine"));
    app.marketplace().access().approve(req.id(), "staff");
    browser.login("staff", TestApp.STAFF_PASSWORD);
    try {
      staffMails();
    } finally {
      browser.logout();
    }
  }

  private static void staffMails() {
    browser.open("/staff/mails?to=ftp@example.jp");
    browser.until(
        () -> {
          browser.open("/staff/mails?to=ftp@example.jp");
          return browser.bodyText().contains("FTPオープン完了");
        });
    assertThat(browser.text(By.id("mail-transport"))).contains("内蔵メールキャッチャー");
    assertThat(browser.text(By.id("mails"))).contains("ftp@example.jp").contains("送信済み");
    browser.shot("staff-mails");
  }
}
