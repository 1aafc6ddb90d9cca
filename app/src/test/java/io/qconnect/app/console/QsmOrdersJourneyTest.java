package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.protocol.order.ShippingStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 配送管理 as a seller with 70 new orders uses it, in Japanese: paging with the counts of every tab,
 * the search, 発送予定日 and 発送処理 for the ticked lines, the CSV of a search and the bulk-ship upload.
 * The steps build on each other (ordered).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QsmOrdersJourneyTest {
  static final String SELLER = "demo-shop";
  static final String INJECTION = "=HYPERLINK(\"http://x\")";

  @TempDir static Path dir;
  static Application app;
  static Browser browser;
  static List<Long> orders;

  @BeforeAll
  static void start() throws Exception {
    app = TestApp.start(dir, false);
    TestApp.pinToBusinessDay(app);
    // the hub would confirm the demo shop's orders itself; here the seller does
    app.hub().shops().delete(SELLER);
    // one line per cart, buyer 購入者 001 .. 070; the last cart's buyer is a spreadsheet formula
    orders =
        OrderVolumes.place(
            app, SELLER, 70, 1, i -> i == 69 ? INJECTION : String.format("購入者 %03d", i + 1));
    browser = new Browser(app.url(), dir.resolve("chrome"), "qsmorders");
    browser.login(SELLER, "demo-pass-7");
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
  @Order(1)
  void the_list_pages_by_50_with_the_count_of_every_tab_and_a_compact_row() {
    browser.click(By.linkText("配送管理"));
    assertThat(tab(ShippingStatus.ON_REQUEST)).endsWith("70");
    assertThat(browser.text(By.id("total"))).isEqualTo("全70件（1 / 2 ページ）");
    assertThat(browser.all(By.cssSelector("#orders tbody tr"))).hasSize(50);
    // newest first: the last order placed is the first row, with its buyer and address
    String first = browser.text(By.id("order-" + orders.get(69)));
    assertThat(first).contains("〒150-0001", "東京都渋谷区");
    assertThat(browser.text(By.id("order-" + orders.get(68)))).contains("購入者 069");
    long height =
        (Long)
            browser.script(
                "return Math.round(document.querySelector('#orders tbody tr').getBoundingClientRect().height)");
    assertThat(height).as("row height in px").isLessThan(60);
    browser.shot("page1");
    browser.click(By.id("pager-next"));
    assertThat(browser.text(By.id("total"))).isEqualTo("全70件（2 / 2 ページ）");
    assertThat(browser.all(By.cssSelector("#orders tbody tr"))).hasSize(20);
    assertThat(browser.bodyText()).contains("購入者 001");
    browser.shot("page2");
  }

  @Test
  @Order(2)
  void the_search_finds_by_buyer_order_number_and_period_and_keeps_what_was_typed() {
    browser.open("/qsm/orders");
    browser.type(By.id("buyer"), "購入者 00");
    browser.click(By.id("search"));
    assertThat(browser.text(By.id("total"))).isEqualTo("全9件（1 / 1 ページ）");
    assertThat(tab(ShippingStatus.ON_REQUEST)).endsWith("9");
    assertThat(browser.find(By.id("buyer")).getAttribute("value")).isEqualTo("購入者 00");
    browser.shot("search-buyer");
    // the pager and the tabs keep the search
    assertThat(browser.find(By.cssSelector("#status-tabs a:nth-child(3)")).getAttribute("href"))
        .contains("buyer=%E8%B3%BC%E5%85%A5%E8%80%85+00");

    browser.open("/qsm/orders?no=" + orders.get(10));
    assertThat(browser.all(By.cssSelector("#orders tbody tr"))).hasSize(1);
    assertThat(browser.text(By.id("order-" + orders.get(10)))).contains("購入者 011");

    LocalDate today = app.marketplace().clock().nowJst().toLocalDate();
    browser.open("/qsm/orders?from=" + today.plusDays(1));
    assertThat(browser.text(By.id("no-orders"))).isEqualTo("条件に合う注文はありません。");
    browser.open("/qsm/orders?by=paid&from=" + today + "&to=" + today);
    assertThat(browser.text(By.id("total"))).startsWith("全70件");

    browser.open("/qsm/orders?from=" + today + "&to=" + today.minusDays(3) + "&buyer=山田");
    assertThat(browser.text(By.id("search-error"))).contains("終了日", "開始日");
    assertThat(browser.find(By.id("buyer")).getAttribute("value")).isEqualTo("山田");
    assertThat(browser.find(By.id("to")).getAttribute("value"))
        .isEqualTo(today.minusDays(3).toString());
    browser.shot("search-refused");
  }

  @Test
  @Order(3)
  void ticked_lines_get_one_ship_date_and_a_date_not_after_today_is_refused_per_line() {
    browser.open("/qsm/orders");
    tick(orders.get(69), orders.get(68), orders.get(67));
    browser.click(By.id("bulk-confirm"));
    browser.waitForText(By.cssSelector(".flash-ok"), "3 件の注文の発送予定日を");
    assertThat(tab(ShippingStatus.ON_REQUEST)).endsWith("67");
    assertThat(tab(ShippingStatus.SELLER_CONFIRM)).endsWith("3");
    browser.shot("bulk-date");

    tick(orders.get(66), orders.get(65));
    LocalDate today = app.marketplace().clock().nowJst().toLocalDate();
    // past the field's own minimum, as a hand-made request could send it
    browser.script(
        "var d = document.getElementById('bulk-date'); d.removeAttribute('min'); d.value = arguments[0];",
        today.toString());
    browser.click(By.id("bulk-confirm"));
    browser.waitForText(By.cssSelector(".flash-error"), "本日より後の日付にしてください（-10018）");
    assertThat(browser.all(By.cssSelector(".flash-error"))).hasSize(2);
    assertThat(tab(ShippingStatus.ON_REQUEST)).endsWith("67");
    browser.shot("bulk-date-refused");
  }

  @Test
  @Order(4)
  void ticked_lines_ship_with_one_carrier_and_each_its_tracking_number() {
    browser.open("/qsm/orders?status=3");
    long a = orders.get(69);
    long b = orders.get(68);
    long c = orders.get(67);
    tick(a, b, c);
    new Select(browser.find(By.id("bulk-carrier"))).selectByVisibleText("佐川急便");
    browser.type(By.name("tracking_" + a), "4000-0000-0001");
    browser.type(By.name("tracking_" + b), "4000-0000-0002");
    new Select(browser.find(By.name("carrier_" + b))).selectByVisibleText("ゆうパック");
    browser.click(By.id("bulk-ship"));
    browser.waitForText(By.cssSelector(".flash-ok"), "2 件の注文を発送処理しました");
    assertThat(browser.text(By.cssSelector(".flash-error")))
        .contains("注文 " + c, "送り状番号", "（-10002）");
    browser.shot("bulk-ship");
    browser.open("/qsm/orders?status=4");
    assertThat(browser.text(By.id("order-" + a))).contains("佐川急便", "4000-0000-0001");
    assertThat(browser.text(By.id("order-" + b))).contains("ゆうパック", "4000-0000-0002");
    assertThat(tab(ShippingStatus.SELLER_CONFIRM)).endsWith("1");
    browser.shot("shipped");
  }

  @Test
  @Order(5)
  void the_csv_holds_every_page_of_the_search_without_formulas_in_utf8_and_shift_jis()
      throws Exception {
    browser.open("/qsm/orders");
    String href = browser.find(By.id("csv")).getAttribute("href");
    assertThat(href).contains("status=2", "encoding=utf-8");
    byte[] utf8 = get(href);
    assertThat(utf8).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(utf8, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines.get(0)).startsWith("注文番号,配送会社,送り状番号,カート番号,配送状態");
    assertThat(lines).hasSize(1 + 67); // both pages, not the 50 shown
    String hrefSjis = browser.find(By.id("csv-sjis")).getAttribute("href");
    String sjis = new String(get(hrefSjis), Charset.forName("windows-31j"));
    assertThat(sjis).startsWith("注文番号,").contains("購入者 001", "東京都渋谷区");
    byte[] searched = get(app.url() + "/qsm/orders/orders.csv?status=2&buyer=%3DHYPERLINK");
    String formula = new String(searched, StandardCharsets.UTF_8);
    assertThat(formula.lines().count()).isEqualTo(1); // that line was confirmed and shipped
    byte[] all4 = get(app.url() + "/qsm/orders/orders.csv?status=4&encoding=utf-8");
    assertThat(new String(all4, StandardCharsets.UTF_8))
        .contains("'=HYPERLINK(")
        .doesNotContain(",=HYPERLINK(")
        .doesNotContain(",\"=HYPERLINK(");
  }

  @Test
  @Order(6)
  void an_upload_ships_its_valid_rows_and_shows_every_row_with_its_result() throws Exception {
    long ok1 = orders.get(0);
    long ok2 = orders.get(1);
    Path csv = dir.resolve("発送.csv");
    Files.writeString(
        csv,
        "\uFEFF注文番号,配送会社,送り状番号\r\n"
            + ok1
            + ",ヤマト宅急便,5000-0000-0001\r\n"
            + ok2
            + ",ネコポス,5000-0000-0002\r\n"
            + "12ab,ヤマト宅急便,5000-0000-0003\r\n"
            + ok1
            + ",ヤマト宅急便,5000-0000-0004\r\n"
            + "999999999,ヤマト宅急便,5000-0000-0005\r\n"
            + orders.get(2)
            + ",ヤマト宅急便,\r\n"
            + orders.get(3)
            + ",,\r\n",
        StandardCharsets.UTF_8);
    browser.open("/qsm/orders");
    browser.find(By.id("upload-file")).sendKeys(csv.toAbsolutePath().toString());
    browser.click(By.id("upload"));
    browser.waitForText(By.id("upload-result"), "発送 2 件、エラー 4 件、未入力のため対象外 1 件");
    assertThat(browser.text(By.id("upload-row-2"))).contains(ok1 + "", "発送処理しました");
    assertThat(browser.text(By.id("upload-row-4"))).contains("「12ab」は数字ではありません");
    assertThat(browser.text(By.id("upload-row-5"))).contains("重複");
    assertThat(browser.text(By.id("upload-row-6"))).contains("存在しません（-10001）");
    assertThat(browser.text(By.id("upload-row-7"))).contains("送り状番号が入力されていません");
    browser.shot("upload");
    browser.open("/qsm/orders?status=4");
    assertThat(browser.text(By.id("order-" + ok2))).contains("ネコポス", "5000-0000-0002");

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "OrderNo,Carrier\r\n" + orders.get(4) + ",ヤマト宅急便\r\n");
    browser.open("/qsm/orders");
    browser.find(By.id("upload-file")).sendKeys(bad.toAbsolutePath().toString());
    browser.click(By.id("upload"));
    browser.waitForText(By.cssSelector(".flash-error"), "1行目の見出しが違います");
    assertThat(browser.all(By.id("upload-result"))).isEmpty();
    assertThat(app.marketplace().orders().line(orders.get(4)).status())
        .isEqualTo(ShippingStatus.ON_REQUEST);
    browser.shot("upload-refused");
  }

  private static String tab(ShippingStatus s) {
    return browser.find(By.cssSelector("#status-tabs a:nth-child(" + s.code() + ")")).getText();
  }

  private static void tick(long... nos) {
    for (long no : nos) {
      WebElement box = browser.find(By.cssSelector("input.tick[value='" + no + "']"));
      if (!box.isSelected()) {
        box.click();
      }
    }
  }

  private static byte[] get(String url) throws Exception {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", "qc_session=" + browser.cookie("qc_session"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }
}
