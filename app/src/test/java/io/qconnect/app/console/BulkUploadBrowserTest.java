package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.AppConfig;
import io.qconnect.app.Application;
import io.qconnect.app.FtpOptions;
import io.qconnect.app.TestConfigs;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemFields;
import io.qconnect.marketplace.catalog.NewGoods;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.OptionAxis;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * 商品の一括登録/修正 in Chromium: a seller uploads an edited InventoryManagement_gridInventory.csv in
 * Shift_JIS on the web, follows the request to 完了 and reads each row's result; the FTP details show
 * the configured host and the port the FTP server listens on, and disappear while FTP use is
 * suspended.
 */
class BulkUploadBrowserTest {
  private static final String SELLER = "bulk-web-shop";
  private static final String PASSWORD = "bulk-web-pass-1";

  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() {
    AppConfig c =
        TestConfigs.all(dir, TestApp.STAFF_PASSWORD, TestApp.OPERATOR_PASSWORD)
            .withFtp(new FtpOptions(0, "ftp.qoo10-connect.test", "", false));
    app = Application.start(c);
    browser = new Browser(app.url(), dir.resolve("chrome"), "bulk");
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

  private static Item optionItem() {
    List<InventoryOption> options =
        List.of(
            option("ブラック", "M", 0, 5, "WEB-BK-M"),
            option("ブラック", "L", 200, 7, "WEB-BK-L"),
            option("ホワイト", "M", 0, 9, "WEB-WH-M"));
    return app.marketplace()
        .catalog()
        .register(
            SELLER,
            new NewGoods(
                "WEB-TS",
                ItemFields.of("リネンTシャツ", "320001234"),
                2000,
                "S",
                0,
                null,
                "",
                "",
                options))
        .orElseThrow();
  }

  private static InventoryOption option(
      String color, String size, long delta, int qty, String code) {
    return new InventoryOption(
        List.of(new OptionAxis("カラー", color), new OptionAxis("サイズ", size)), delta, qty, code);
  }

  @Test
  void a_seller_uploads_an_inventory_file_on_the_web_and_reads_each_rows_result()
      throws IOException {
    app.marketplace()
        .sellers()
        .register(new NewSeller(SELLER, PASSWORD, SELLER + "@example.jp", "ファッション", true, 0));
    app.marketplace().keys().openFtpNow(SELLER);
    String code = optionItem().itemCode();
    String header = "商品番号,販売者商品コード,データ種類,オプション1,詳細1,オプション2,詳細2,オプション3,詳細3,価格,数量,オプションコード";
    String file =
        String.join(
            "\r\n",
            header,
            code + ",WEB-TS,組合せ型,カラー,ブラック,サイズ,M,,,0,12,WEB-BK-M",
            code + ",WEB-TS,組合せ型,カラー,ブラック,サイズ,L,,,高い,30,WEB-BK-L",
            code + ",WEB-TS,組合せ型,カラー,ホワイト,サイズ,M,,,0,4,WEB-WH-M");
    Path csv = dir.resolve("InventoryManagement_gridInventory.csv");
    Files.write(csv, (file + "\r\n").getBytes(Charset.forName("windows-31j")));

    browser.login(SELLER, PASSWORD);
    browser.open("/qsm/bulk");
    assertThat(browser.text(By.id("ftp-host"))).isEqualTo("ftp.qoo10-connect.test");
    assertThat(browser.text(By.id("ftp-port")))
        .isEqualTo(String.valueOf(app.marketplace().ftpEndpoint().orElseThrow().port()));
    assertThat(browser.text(By.id("bulk-formats")))
        .contains("InventoryManagement_gridInventory.csv");
    browser.shot("bulk-page");
    browser.find(By.id("bulk-file")).sendKeys(csv.toAbsolutePath().toString());
    browser.click(By.id("bulk-submit"));
    browser.waitForUrl("/qsm/bulk/requests/");
    browser.waitForText(By.id("bulk-status"), "完了");
    assertThat(browser.text(By.id("bulk-progress"))).contains("3 / 3", "成功 2", "失敗 1");
    String rows = browser.text(By.id("bulk-rows"));
    assertThat(rows).contains("3 エラー " + code + " -10002");
    browser.shot("bulk-request-done");
    assertThat(app.marketplace().catalog().optionsOf(code))
        .extracting(o -> o.qty())
        .containsExactly(12, 7, 4);

    String href = browser.find(By.id("bulk-result-csv")).getAttribute("href");
    assertThat(href).endsWith("/result.csv");
    browser.click(By.partialLinkText("大量アップロード要請目録"));
    assertThat(browser.text(By.id("bulk-request-list")))
        .contains("InventoryManagement_gridInventory.csv", "完了");
    browser.shot("bulk-request-list");

    app.marketplace().sellers().suspend(SELLER, false, true, "テストのため");
    browser.open("/qsm/bulk");
    assertThat(browser.text(By.id("ftp-suspended"))).contains("制限");
    assertThat(browser.all(By.id("ftp-info"))).isEmpty();
    browser.shot("bulk-ftp-suspended");
    browser.logout();
  }

  @Test
  void the_result_csv_needs_the_sellers_own_session() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(app.url() + "/qsm/bulk/requests/1/result.csv"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isNotEqualTo(200);
      assertThat(r.body()).doesNotContain("結果コード");
    }
  }

  @Test
  void a_file_of_several_megabytes_uploads_and_a_wrong_header_is_refused_naming_the_column()
      throws IOException {
    String seller = "bulk-big-shop";
    app.marketplace()
        .sellers()
        .register(new NewSeller(seller, PASSWORD, seller + "@example.jp", "ファッション", true, 0));
    StringBuilder file = new StringBuilder("商品番号,販売者商品コード,商品名,値段\r\n");
    while (file.length() < 3_000_000) {
      file.append("1100000001,X,とても長い商品名のテスト行です,1000\r\n");
    }
    Path csv = dir.resolve("GoodsList.csv");
    Files.write(csv, file.toString().getBytes(Charset.forName("windows-31j")));

    browser.login(seller, PASSWORD);
    browser.open("/qsm/bulk");
    browser.find(By.id("bulk-file")).sendKeys(csv.toAbsolutePath().toString());
    browser.click(By.id("bulk-submit"));
    browser.waitForUrl("/qsm/bulk/requests/");
    browser.waitForText(By.id("bulk-status"), "エラー");
    assertThat(browser.text(By.id("bulk-error"))).contains("1行目 4列目", "販売価格", "値段");
    browser.shot("bulk-refused-header");
    browser.logout();
  }
}
