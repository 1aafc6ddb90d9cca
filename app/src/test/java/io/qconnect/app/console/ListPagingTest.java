package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.RequestForm;
import io.qconnect.marketplace.seller.NewSeller;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The staff lists (sellers, integrators, the request queue, mails) and 商品管理 page by 50 with their
 * totals, search, and pager links that keep the search.
 */
class ListPagingTest {
  static final int SELLERS = 54;

  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, false);
    TestApp.pinToBusinessDay(app);
    for (int i = 1; i <= SELLERS; i++) {
      String id = String.format("list-shop-%03d", i);
      app.marketplace()
          .sellers()
          .register(new NewSeller(id, "list-pass-1", id + "@example.jp", "ファッション", true, 0));
      app.marketplace()
          .access()
          .file(
              new RequestForm(
                  PermissionKind.API_KEY, id, id + "@example.jp", "ファッション", "受注連携", "連動会社"));
    }
    for (int i = 1; i <= 53; i++) {
      app.marketplace()
          .authorizations()
          .register(String.format("連動会社 %02d", i), "https://hub" + i + ".example.jp/callback");
    }
    browser = new Browser(app.url(), dir.resolve("chrome"), "lists");
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
  void staff_lists_page_by_50_with_totals_and_keep_the_search_on_every_page() {
    browser.login("staff", TestApp.STAFF_PASSWORD);
    try {
      staffLists();
    } finally {
      browser.logout();
    }
  }

  private static void staffLists() {
    browser.open("/staff/sellers");
    int all = app.marketplace().sellers().all().size(); // the demo sellers and ours
    assertThat(all).isGreaterThan(50);
    assertThat(browser.text(By.id("total"))).isEqualTo("全" + all + "件（1 / 2 ページ）");
    assertThat(browser.all(By.cssSelector("#sellers tbody tr"))).hasSize(50);
    browser.shot("sellers");
    browser.click(By.id("pager-next"));
    assertThat(browser.all(By.cssSelector("#sellers tbody tr"))).hasSize(all - 50);
    browser.open("/staff/sellers?q=LIST-SHOP-05");
    assertThat(browser.text(By.id("total"))).isEqualTo("全5件（1 / 1 ページ）");
    assertThat(browser.text(By.id("sellers"))).contains("list-shop-050", "list-shop-054");
    browser.open("/staff/sellers?q=%25");
    assertThat(browser.text(By.id("total"))).startsWith("全0件");

    browser.open("/staff/integrators");
    // the all-in-one registers its own hub at start
    int integrators = app.marketplace().authorizations().integrators().size();
    assertThat(integrators).isGreaterThanOrEqualTo(53);
    assertThat(browser.text(By.id("total"))).isEqualTo("全" + integrators + "件（1 / 2 ページ）");
    browser.open(
        "/staff/integrators?q="
            + java.net.URLEncoder.encode("連動会社 0", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(browser.text(By.id("total"))).isEqualTo("全9件（1 / 1 ページ）");
    browser.shot("integrators");

    browser.open("/staff");
    assertThat(browser.text(By.id("total"))).isEqualTo("全" + SELLERS + "件（1 / 2 ページ）");
    assertThat(browser.all(By.cssSelector("table.queue tbody tr"))).hasSize(50);
    browser.open("/staff?q=list-shop-01");
    assertThat(browser.text(By.id("total"))).isEqualTo("全10件（1 / 1 ページ）");
    browser.shot("queue");

    browser.open("/staff/mails");
    assertThat(browser.text(By.id("total"))).startsWith("全");
  }

  @Test
  void the_item_grid_counts_every_item_and_its_pager_keeps_the_filters() {
    browser.login("demo-shop", "demo-pass-7");
    try {
      items();
    } finally {
      browser.logout();
    }
  }

  private static void items() {
    browser.open("/qsm/items?stock=all&status=all&by=name&q=");
    String total = browser.text(By.id("total"));
    int items = Integer.parseInt(total.replaceAll("[^0-9]", ""));
    assertThat(items).isGreaterThan(50);
    assertThat(browser.all(By.cssSelector("#items tbody tr"))).hasSize(50);
    String next = browser.find(By.id("pager-next")).getAttribute("href");
    assertThat(next).contains("stock=all", "status=all", "by=name", "page=2");
    browser.click(By.id("pager-next"));
    assertThat(browser.all(By.cssSelector("#items tbody tr"))).hasSize(items - 50);
    assertThat(browser.find(By.id("stock")).getAttribute("value")).isEqualTo("all");
    browser.shot("items-page2");
  }
}
