package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemFields;
import io.qconnect.marketplace.catalog.NewGoods;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.OptionAxis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A seller in Chromium searches 商品管理 for two of their items at once, opens one and gives an option
 * its Seller SKU Code, changes the item's price and shipping fee, and finds the code on
 * 組合せ型オプション情報照会.
 */
class CatalogueJourneyTest {
  static final String SELLER = "sku-shop";
  static final String PASSWORD = "sku-pass-123";

  @TempDir static Path dir;
  static Application app;
  static Browser browser;
  static Item tee;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, true);
    app.marketplace()
        .sellers()
        .register(new NewSeller(SELLER, PASSWORD, "sku@example.jp", "ファッション", true, 0));
    var catalog = app.marketplace().catalog();
    tee =
        catalog
            .register(
                SELLER,
                goods(
                    "TEE-01",
                    "オーガニックコットン Tシャツ",
                    new InventoryOption(List.of(new OptionAxis("サイズ", "S")), 0, 5, ""),
                    new InventoryOption(List.of(new OptionAxis("サイズ", "M")), 100, 2, "")))
            .orElseThrow();
    for (int i = 1; i <= 3; i++) {
      catalog.register(SELLER, goods("MUG-0" + i, "マグカップ " + i)).orElseThrow();
    }
    browser = new Browser(app.url(), dir.resolve("chrome"), "catalogue");
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

  private static NewGoods goods(String code, String title, InventoryOption... options) {
    return new NewGoods(
        code, ItemFields.of(title, "320001234"), 2500, "10", 7, null, "", "", List.of(options));
  }

  @Test
  void a_seller_searches_items_and_gives_an_option_its_seller_sku_code() {
    browser.login(SELLER, PASSWORD);
    browser.click(By.linkText("商品管理"));
    assertThat(browser.text(By.id("item-search"))).contains("在庫状態", "取引状態", "検索条件", "検索");
    assertThat(browser.text(By.id("total"))).isEqualTo("全4件");

    new Select(browser.find(By.id("by"))).selectByVisibleText("販売者商品コード");
    browser.type(By.id("q"), "TEE-01\nMUG-02");
    browser.click(By.id("search"));
    assertThat(browser.text(By.id("total"))).isEqualTo("全2件");
    assertThat(browser.text(By.id("items")))
        .contains("オーガニックコットン Tシャツ", "マグカップ 2", "供給原価", "手数料", "送料の種類", "無料")
        .doesNotContain("マグカップ 1");
    browser.shot("items-searched");

    browser.click(By.linkText(tee.itemCode()));
    browser.type(By.id("option-code-2"), "TEE-01-M");
    browser.click(By.id("option-save-2"));
    browser.waitForText(By.cssSelector(".flash-ok"), "オプション #2 を保存しました。");
    assertThat(browser.find(By.id("option-code-2")).getAttribute("value")).isEqualTo("TEE-01-M");
    browser.shot("option-sku-saved");
    assertThat(app.marketplace().catalog().optionsOf(tee.itemCode()).get(1).optionCode())
        .isEqualTo("TEE-01-M");

    browser.type(By.id("price"), "2800");
    new Select(browser.find(By.id("shippingFeeType"))).selectByVisibleText("有料");
    browser.type(By.id("shippingFee"), "550");
    browser.click(By.id("item-save"));
    browser.waitForText(By.cssSelector(".flash-ok"), "商品情報を保存しました。");
    Item saved = app.marketplace().catalog().find(tee.itemCode()).orElseThrow();
    assertThat(saved.price()).isEqualTo(2800);
    assertThat(saved.terms().shippingFee()).isEqualTo(550);

    browser.type(By.id("price"), "abc");
    browser.click(By.id("item-save"));
    browser.waitForText(By.cssSelector(".flash-error"), "販売価格 は数値で入力してください");
    browser.shot("item-refused");

    browser.open("/qsm/items/options");
    browser.type(By.id("optionCodes"), "TEE-01-M");
    browser.click(By.id("option-search-submit"));
    assertThat(browser.text(By.id("option-grid")))
        .contains(tee.itemCode(), "TEE-01", "組合せ型", "サイズ", "M", "TEE-01-M");
    assertThat(browser.text(By.id("options-total"))).isEqualTo("全1件");
    browser.shot("options-found");
  }
}
