package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Get Auth across both halves in Chromium (issue 16): the operator adds a shop with [Get Auth]
 * (Shop ID and API key only), the marketplace's window opens, the seller logs in there and presses
 * [Issue SCK], the browser comes back to the hub, the shop is connected and Sync now imports its
 * orders, and the hub's database holds no password for it; then the seller revokes the key on the
 * developer page and the hub's next sync stops with a plain alert to re-authorize; the seller
 * authorizes it again and imports resume.
 */
class GetAuthJourneyTest {
  private static final String SHOP = "demo-shop";
  private static final String SELLER_PASSWORD = "demo-pass-7";

  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, true);
    // the demo connects its shop with the password at start; here it is connected by Get Auth
    app.hub().shops().delete(SHOP);
    browser = new Browser(app.url(), dir.resolve("chrome"), "getauth");
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
  void a_shop_connected_by_get_auth_imports_orders_without_its_password_and_stops_when_revoked()
      throws Exception {
    browser.login("operator", TestApp.OPERATOR_PASSWORD);
    String apiKey = app.marketplace().keys().revealApiKey(SHOP).orElseThrow();
    browser.open("/hub/shops/new");
    browser.type(By.id("shopId"), SHOP);
    browser.type(By.id("apiKey"), apiKey);
    browser.shot("add-shop-get-auth");
    browser.click(By.id("get-auth-window"));

    // the marketplace's window: names the hub, asks the seller's QSM login
    browser.waitForUrl("/qsm/authorize");
    assertThat(browser.bodyText()).contains("qoo10-connect hub");
    browser.shot("window");
    browser.type(By.cssSelector("input[name=loginId]"), SHOP);
    browser.type(By.cssSelector("input[name=password]"), SELLER_PASSWORD);
    browser.click(By.cssSelector("button[name=action][value=issue]"));

    // back at the hub: connected
    browser.waitForUrl("/hub/shops/" + SHOP);
    assertThat(browser.text(By.id("getauth-ok"))).contains(SHOP);
    assertThat(browser.all(By.id("getauth-needed"))).isEmpty();
    assertThat(browser.text(By.id("shop-auth-mode"))).contains("Get Auth");
    assertThat(browser.bodyText()).doesNotContain(apiKey).doesNotContain(SELLER_PASSWORD);
    browser.shot("shop-connected");
    assertThat(app.hub().shops().get(SHOP).authNeeded()).isFalse();
    assertThat(passwordColumn()).isNull();

    long order = TestApp.placeOrder(app, SHOP, "SKU-0001");
    browser.until(
        () -> {
          browser.open("/hub/shops/" + SHOP);
          browser.click(By.id("sync-now"));
          browser.open("/hub/orders?shop=" + SHOP);
          return browser.bodyText().contains(Long.toString(order));
        });
    browser.shot("orders-imported");
    browser.logout();

    // the seller revokes the key on the developer page
    browser.login(SHOP, SELLER_PASSWORD);
    browser.open("/qsm/api");
    assertThat(browser.bodyText()).contains("qoo10-connect hub");
    browser.shot("developer-page");
    browser.click(By.xpath("//button[contains(., '取り消し')]"));
    browser.shot("revoked");
    browser.logout();

    // the hub's next sync stops with a plain message, in Japanese, to re-authorize
    browser.login("operator", TestApp.OPERATOR_PASSWORD);
    browser.open("/hub/shops/" + SHOP);
    browser.click(By.id("sync-now"));
    assertThat(browser.text(By.cssSelector(".flash-error")))
        .contains("Get Auth（キーの再発行）で認可し直してください");
    browser.open("/hub/shops/" + SHOP);
    assertThat(browser.text(By.id("getauth-needed"))).contains("再認証してください");
    assertThat(browser.bodyText()).contains("要再認証");
    assertThat(browser.all(By.id("getauth-start"))).hasSize(1);
    browser.shot("reauthorize");
    assertThat(app.hub().shops().get(SHOP).authNeeded()).isTrue();
    assertThat(app.hub().jobs().nextImport(SHOP)).isEmpty();

    // the seller authorizes the hub again: imports resume
    browser.click(By.id("getauth-start"));
    browser.waitForUrl("/qsm/authorize");
    browser.type(By.cssSelector("input[name=loginId]"), SHOP);
    browser.type(By.cssSelector("input[name=password]"), SELLER_PASSWORD);
    browser.click(By.cssSelector("button[name=action][value=issue]"));
    browser.waitForUrl("/hub/shops/" + SHOP);
    assertThat(browser.text(By.id("getauth-ok"))).contains(SHOP);
    assertThat(browser.all(By.id("getauth-needed"))).isEmpty();
    browser.click(By.id("sync-now"));
    assertThat(browser.text(By.cssSelector(".flash-ok"))).contains(SHOP);
    browser.shot("reauthorized");
    assertThat(passwordColumn()).isNull();
    browser.logout();
  }

  /** The hub database's password column for the shop, read directly (same JVM, same H2 file). */
  private static String passwordColumn() throws Exception {
    String url =
        "jdbc:h2:file:"
            + dir.resolve("data").resolve("hub").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        PreparedStatement st =
            c.prepareStatement(
                "SELECT password_sealed, auth_mode FROM hub_shop WHERE shop_id = ?")) {
      st.setString(1, SHOP);
      try (ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).as("the shop is in the hub's database").isTrue();
        assertThat(rs.getString("auth_mode")).isEqualTo("GETAUTH");
        return rs.getString("password_sealed");
      }
    }
  }
}
