package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.qconnect.app.Application;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemEdit;
import io.qconnect.marketplace.catalog.ItemFields;
import io.qconnect.marketplace.catalog.ItemTerms;
import io.qconnect.marketplace.catalog.NewGoods;
import io.qconnect.marketplace.catalog.ShippingFeeType;
import io.qconnect.marketplace.catalog.file.FileEncoding;
import io.qconnect.marketplace.catalog.file.GoodsListColumns;
import io.qconnect.marketplace.catalog.file.InventoryGridColumns;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.item.OptionAxis;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A seller downloads GoodsList.csv and InventoryManagement_gridInventory.csv from the console over
 * HTTP, in UTF-8 and in Shift_JIS; every row equals what GetItemDetailInfo and
 * GetGoodsInventoryInfo answer over QAPI for the same item (R52), and the filters of the screen
 * narrow the first file.
 */
class CatalogueDownloadsTest {
  static final String SELLER = "csv-shop";
  static final String PASSWORD = "csv-pass-12";
  static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";

  @TempDir static Path dir;
  static Application app;
  static QapiClient qapi;
  static QapiSeller seller;
  static final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @BeforeAll
  static void start() throws Exception {
    app = TestApp.start(dir, true);
    String created =
        send(HttpRequest.newBuilder(URI.create(app.url() + "/sandbox/sellers"))
                .header("X-Sandbox-Token", app.sandboxToken())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"sellerId\":\""
                            + SELLER
                            + "\",\"password\":\""
                            + PASSWORD
                            + "\",\"email\":\"csv@example.jp\"}")))
            .body();
    qapi =
        QapiClient.builder()
            .baseUrl(app.url() + QAPI)
            .requestTimeout(Duration.ofSeconds(10))
            .retry(RetryPolicy.none())
            .build();
    CertificationKey key =
        qapi.createCertificationKey(
                new ApiKey(group(created, "\"apiKey\"\\s*:\\s*\"([^\"]+)\"")), SELLER, PASSWORD)
            .orElseThrow();
    seller = qapi.seller(key);
    catalogue();
    String csrf = group(get("/login").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
    HttpResponse<String> login =
        post("/login", "_csrf=" + csrf + "&login=" + SELLER + "&password=" + PASSWORD);
    assertThat(login.statusCode()).isEqualTo(303);
  }

  @AfterAll
  static void stop() {
    if (qapi != null) {
      qapi.close();
    }
    if (app != null) {
      app.close();
    }
  }

  /** Items that test the edges: formula-like text, quotes, commas, ㈱ and ①, options, no stock. */
  private static void catalogue() {
    var catalog = app.marketplace().catalog();
    Item tee =
        catalog
            .register(
                SELLER,
                goods(
                    "=TEE,1",
                    "㈱テスト Tシャツ \"特価\" ①",
                    0,
                    new InventoryOption(
                        List.of(new OptionAxis("カラー", "黒"), new OptionAxis("サイズ", "M")),
                        0,
                        3,
                        "-SKU-BK-M"),
                    new InventoryOption(
                        List.of(new OptionAxis("カラー", "白"), new OptionAxis("サイズ", "L")),
                        -200,
                        0,
                        "")))
            .orElseThrow();
    catalog
        .edit(
            SELLER,
            new ItemEdit(
                tee.itemCode(),
                tee.title(),
                "",
                2980,
                null,
                tee.expireDate(),
                "",
                new ItemTerms(1500, 10, 660, ShippingFeeType.FIXED)))
        .orElseThrow();
    catalog.register(SELLER, goods("MUG-1", "@マグカップ", 4)).orElseThrow();
    catalog.register(SELLER, goods("", "在庫なしの帽子", 0)).orElseThrow();
  }

  private static NewGoods goods(String code, String title, int qty, InventoryOption... options) {
    return new NewGoods(
        code, ItemFields.of(title, "320001234"), 1980, "10", qty, null, "", "", List.of(options));
  }

  @ParameterizedTest
  @EnumSource(FileEncoding.class)
  void goods_list_rows_equal_get_item_detail_info(FileEncoding enc) throws Exception {
    List<CsvRecord> rows = download("/qsm/items/GoodsList.csv?encoding=" + enc.param(), enc);
    assertThat(rows.get(0).getFields()).isEqualTo(GoodsListColumns.HEADER);
    assertThat(rows).hasSize(4);
    for (CsvRecord r : rows.subList(1, rows.size())) {
      ItemDetailRow d = seller.getItemDetailInfo(r.getField(0), "").orElseThrow().get(0);
      long commission = Long.parseLong(d.itemPrice()) - Long.parseLong(d.settlePrice());
      assertThat(r.getFields())
          .as("row of item %s", d.itemCode())
          .containsExactly(
              d.itemCode(),
              escaped(d.sellerCode()),
              escaped(d.itemTitle()),
              d.itemPrice(),
              r.getField(4),
              Long.toString(commission),
              d.itemQty(),
              r.getField(7),
              r.getField(8),
              d.expireDate());
    }
    assertThat(rows.get(1).getFields().subList(4, 9))
        .containsExactly("1500", "298", "3", "660", "有料");
    assertThat(rows.get(1).getField(1)).isEqualTo("'=TEE,1");
    assertThat(rows.get(2).getField(2)).isEqualTo("'@マグカップ");
  }

  @ParameterizedTest
  @EnumSource(FileEncoding.class)
  void inventory_rows_equal_get_goods_inventory_info(FileEncoding enc) throws Exception {
    List<CsvRecord> rows =
        download("/qsm/items/InventoryManagement_gridInventory.csv?encoding=" + enc.param(), enc);
    assertThat(rows.get(0).getFields()).isEqualTo(InventoryGridColumns.HEADER);
    assertThat(rows).hasSize(3);
    String itemCode = rows.get(1).getField(0);
    List<InventoryRow> inventory = seller.getGoodsInventoryInfo(itemCode, "").orElseThrow();
    ItemDetailRow d = seller.getItemDetailInfo(itemCode, "").orElseThrow().get(0);
    assertThat(inventory).hasSize(2);
    for (int i = 0; i < inventory.size(); i++) {
      InventoryRow o = inventory.get(i);
      assertThat(rows.get(i + 1).getFields())
          .containsExactly(
              itemCode,
              escaped(d.sellerCode()),
              "組合せ型",
              o.name1(),
              o.value1(),
              o.name2(),
              o.value2(),
              o.name3(),
              o.value3(),
              o.price().toPlainString(),
              o.qty().toString(),
              escaped(o.itemTypeCode()));
    }
    assertThat(rows.get(1).getField(11)).isEqualTo("'-SKU-BK-M");
  }

  @Test
  void goods_list_follows_the_screen_filters_and_all_exports_every_item() throws Exception {
    FileEncoding enc = FileEncoding.UTF_8;
    assertThat(download("/qsm/items/GoodsList.csv?stock=in", enc)).hasSize(3);
    assertThat(download("/qsm/items/GoodsList.csv?stock=out", enc)).hasSize(2);
    assertThat(download("/qsm/items/GoodsList.csv?stock=all&status=all", enc)).hasSize(4);
    List<CsvRecord> mug =
        download("/qsm/items/GoodsList.csv?stock=all&by=seller&q=MUG-1%0A%3DTEE%2C1", enc);
    assertThat(mug).hasSize(2);
    assertThat(download("/qsm/items/GoodsList.csv?by=name&q=" + enc("帽子"), enc)).hasSize(2);
    String page = get("/qsm/items?stock=all").body();
    assertThat(page).contains("全3件", "販売商品情報", "在庫状態", "GoodsList.csv?status=all&amp;stock=all");
  }

  @Test
  void a_wrong_encoding_is_refused_with_a_japanese_page() throws Exception {
    HttpResponse<String> r = get("/qsm/items/GoodsList.csv?encoding=latin1");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("文字コードは utf-8 または sjis を指定してください");
  }

  @Test
  void the_files_are_attachments_with_their_seed_names() throws Exception {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(app.url() + "/qsm/items/InventoryManagement_gridInventory.csv"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"InventoryManagement_gridInventory.csv\"");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(Arrays.copyOf(r.body(), 3)).isEqualTo(FileEncoding.UTF_8.bom());
  }

  /** What CsvCells makes of a QAPI value in a file. */
  private static String escaped(String s) {
    return io.qconnect.protocol.csv.CsvCells.safe(s);
  }

  private static List<CsvRecord> download(String path, FileEncoding enc) throws Exception {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(app.url() + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    byte[] bytes = r.body();
    byte[] bom = enc.bom();
    assertThat(Arrays.copyOf(bytes, bom.length)).isEqualTo(bom);
    String text = new String(bytes, bom.length, bytes.length - bom.length, enc.charset());
    if (enc == FileEncoding.SJIS) {
      assertThat(text).doesNotContain("?");
    }
    List<CsvRecord> out = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(text).forEach(out::add);
    return out;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(app.url() + path)));
  }

  private static HttpResponse<String> post(String path, String form) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(app.url() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in " + text).isTrue();
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
