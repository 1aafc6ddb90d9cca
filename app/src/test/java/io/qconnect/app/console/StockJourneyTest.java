package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.catalog.ItemOption;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The operator's stock journey in Chromium: import the shop's items, set the stock of a new SKU,
 * map an unlinked option to it by hand, and see the quantity pushed to Qoo10.
 */
class StockJourneyTest {
  private static final String SKU = "WH-A-0001";

  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, true);
    browser = new Browser(app.url(), dir.resolve("chrome"), "stock");
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
  void an_operator_maps_an_unlinked_option_by_hand_sets_stock_and_sees_it_pushed() {
    // importing 60 items at Qoo10's 5 calls a second takes longer than a page load may wait
    assertThat(app.hub().stock().items().sync("demo-shop").items()).isEqualTo(60);
    browser.login("operator", TestApp.OPERATOR_PASSWORD);
    browser.open("/hub/items?mapped=false");
    assertThat(browser.all(By.cssSelector("tr.unit-row"))).isNotEmpty();
    browser.shot("hub-items-unlinked");

    browser.open("/hub/stock");
    browser.type(By.id("stock-sku"), SKU);
    browser.type(By.id("stock-onhand"), "6");
    browser.click(By.id("stock-save"));
    assertThat(browser.text(By.id("available"))).isEqualTo("6");

    browser.open("/hub/items?shop=demo-shop&mapped=false");
    WebElement row =
        browser.all(By.cssSelector("tr.unit-row")).stream()
            .filter(r -> !r.findElements(By.tagName("td")).get(4).getText().isBlank())
            .findFirst()
            .orElseThrow();
    String id = row.getAttribute("id").substring("unit-".length());
    String itemCode =
        row.findElements(By.tagName("td")).get(1).getText().lines().findFirst().orElseThrow();
    String optionCode = row.findElements(By.tagName("td")).get(4).getText();
    browser.type(By.id("map-sku-" + id), SKU);
    browser.click(By.id("map-" + id));
    assertThat(browser.bodyText()).contains("SKU " + SKU + " に対応付けました");

    browser.until(
        () -> {
          browser.open("/hub/stock/" + SKU);
          return browser.text(By.cssSelector("#feeds .push-state")).equals("送信済み");
        });
    assertThat(browser.text(By.cssSelector("#feeds .push-qty"))).isEqualTo("6");
    browser.shot("hub-stock-pushed");
    int onQoo10 =
        app.marketplace().catalog().optionsOf(itemCode).stream()
            .filter(o -> o.optionCode().equals(optionCode))
            .mapToInt(ItemOption::qty)
            .findFirst()
            .orElseThrow();
    assertThat(onQoo10).isEqualTo(6);
  }
}
