package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Korean smoke journey in Chromium: Korean chosen with the language selector, then the seller,
 * staff and operator menus visited page by page. Every page names its menu in Korean (the names of
 * Qoo10's Korean QSM guides) and shows no Japanese kana or kanji and no English sentence outside
 * data (table cells, code).
 */
class KoreanConsoleJourneyTest {
  /**
   * The texts of a page outside data: every text node not inside a table cell, code, a text area or
   * a script, one per line.
   */
  private static final String TEXTS_OUTSIDE_DATA =
      "var out=[];var w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);"
          + "while(w.nextNode()){var n=w.currentNode;var s=n.nodeValue.trim();"
          + "if(s&&!n.parentElement.closest('td,pre,code,textarea,script,style,.data,[translate=no]'))out.push(s);}"
          + "return out.join('\\n');";

  @TempDir static Path dir;
  static Application app;
  static Browser browser;
  static long orderNo;

  @BeforeAll
  static void start() throws Exception {
    app = TestApp.start(dir, true);
    TestApp.pinToBusinessDay(app);
    orderNo = TestApp.placeOrder(app, "demo-shop", "SKU-0001");
    browser = new Browser(app.url(), dir.resolve("chrome"), "korean");
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
  void accept_language_korean_gives_the_korean_console() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.url() + "/login"))
                    .header("Accept-Language", "ko-KR,ko;q=0.9,en-US;q=0.8")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("<html lang=\"ko\">", "로그인 ID", "비밀번호")
        .contains(">日本語</a>", ">English</a>")
        .doesNotContain(">한국어</a>");
  }

  @Test
  void a_korean_seller_staff_member_and_operator_find_every_menu_page_in_korean() {
    browser.open("/login");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("ログイン");
    assertThat(browser.text(By.id("lang-menu"))).contains("English", "한국어");
    browser.click(By.id("lang-ko"));
    browser.waitForText(By.tagName("h1"), "로그인");
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
    assertThat(browser.text(By.id("lang-menu"))).contains("日本語", "English").doesNotContain("한국어");
    korean("login");

    browser.login("demo-shop", "demo-pass-7");
    assertThat(browser.text(By.cssSelector("nav.menu")))
        .contains("QSM메뉴권한", "API・FTP・QSM권한", "API ID 발행/조회", "상품관리", "상품 대량등록/수정", "배송관리", "알림관리");
    visitMenu("seller");
    visit("/qsm/orders?status=2", "seller-orders-new");
    assertThat(browser.bodyText()).contains("배송요청/신규주문", "배송요청/배송준비");
    // the hub confirmed the order: it waits in 배송요청/배송준비 with its 발송예정일 in Korean form
    browser.until(
        () -> {
          browser.open("/qsm/orders?status=3");
          return browser.bodyText().contains(Long.toString(orderNo));
        });
    korean("seller-orders-confirmed", orderedTitle());
    assertThat(browser.bodyText()).containsPattern("\\d{4}\\.\\d{2}\\.\\d{2}\\([월화수목금토일]\\)");
    browser.open("/qsm/items");
    String item = firstLink("td a[href^='/qsm/items/']");
    String title =
        app.marketplace()
            .catalog()
            .find(item.substring(item.lastIndexOf('/') + 1))
            .orElseThrow()
            .title();
    visit(item, "seller-item", title);
    visit("/qsm/items/options", "seller-options");
    browser.logout();

    browser.login("staff", TestApp.STAFF_PASSWORD);
    assertThat(browser.text(By.cssSelector("nav.menu"))).contains("신청 대기열", "판매자", "연동회사");
    visitMenu("staff");
    // the demo seller's e-mail and main category are the seller's data
    visit("/staff/sellers/demo-shop", "staff-seller", "demo-shop@example.jp · 食品");
    assertThat(browser.bodyText()).contains("서비스포인트", "출점 심사");
    browser.logout();

    browser.login("operator", TestApp.OPERATOR_PASSWORD);
    assertThat(browser.text(By.cssSelector("nav.menu"))).contains("샵", "주문", "동기화 이력", "그래프");
    visit("/hub/shops/demo-shop", "hub-shop");
    browser.click(By.id("sync-now"));
    korean("hub-synced");
    visitMenu("operator");
    browser.open("/hub/orders");
    String order = firstLink("td a[href^='/hub/orders/']");
    visit(order, "hub-order", orderedTitle());
    assertThat(browser.bodyText()).contains("이력");

    browser.click(By.id("lang-switch"));
    browser.waitForText(By.cssSelector("nav.menu"), "ショップ");
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
    browser.shot("back-to-japanese");
    browser.logout();
  }

  /** The title of the item the journey's order bought (the seller's data). */
  private static String orderedTitle() {
    return app.marketplace()
        .catalog()
        .find("demo-shop", new io.qconnect.marketplace.catalog.ItemRef("", "SKU-0001"))
        .orElseThrow()
        .title();
  }

  /** Opens every entry of the menu in turn and checks each page. */
  private void visitMenu(String role) {
    List<String> hrefs = new ArrayList<>();
    for (WebElement a : browser.all(By.cssSelector("nav.menu a"))) {
      hrefs.add(URI.create(a.getAttribute("href")).getRawPath());
    }
    assertThat(hrefs).hasSizeGreaterThanOrEqualTo(4);
    for (String href : hrefs) {
      visit(href, role + href.replace('/', '-'));
    }
  }

  private void visit(String path, String shot, String... data) {
    browser.open(path);
    korean(shot, data);
  }

  private String firstLink(String css) {
    List<WebElement> links = browser.all(By.cssSelector(css));
    assertThat(links).as("a link " + css + " on " + browser.url()).isNotEmpty();
    return URI.create(links.get(0).getAttribute("href")).getRawPath();
  }

  /** The page is Korean: its heading and texts outside data are Korean, and nothing else is. */
  private void korean(String shot, String... data) {
    browser.shot(shot);
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
    assertThat(KoreanText.readsAsKorean(browser.text(By.tagName("h1"))))
        .as("the heading of " + browser.url())
        .isTrue();
    List<String> foreign = new ArrayList<>();
    String texts = (String) browser.script(TEXTS_OUTSIDE_DATA);
    for (String line : texts.split("\n")) {
      String rest = line;
      for (String d : data) {
        rest = rest.replace(d, "");
      }
      if (!Msg.nameOf("ja").equals(rest) && KoreanText.foreign(rest) != null) {
        foreign.add(line);
      }
    }
    assertThat(foreign).as("texts outside data on " + browser.url()).isEmpty();
  }
}
