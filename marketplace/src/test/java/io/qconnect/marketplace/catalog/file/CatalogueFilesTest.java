package io.qconnect.marketplace.catalog.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemFields;
import io.qconnect.marketplace.catalog.ItemQuery;
import io.qconnect.marketplace.catalog.ItemQuery.SearchBy;
import io.qconnect.marketplace.catalog.ItemQuery.StockState;
import io.qconnect.marketplace.catalog.NewGoods;
import io.qconnect.marketplace.catalog.OptionQuery;
import io.qconnect.marketplace.core.MarketplaceSchema;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.marketplace.seller.PasswordHasher;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.marketplace.seller.StandingSource;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.OptionAxis;
import io.qconnect.protocol.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CatalogueFilesTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-05-11T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
  static final String SHOP = "file-shop";

  final HikariDataSource ds = TestDatabases.fresh(TestDatabases.Engine.H2);
  final CatalogService catalog;
  final CatalogueFiles files;

  CatalogueFilesTest() {
    MarketplaceSchema.migrate(ds);
    Jdbi jdbi = Jdbi.create(ds);
    new SellerService(jdbi, new PasswordHasher(1000), StandingSource.none(), CLOCK)
        .register(new NewSeller(SHOP, "password-1", "f@example.jp", "", true, 0));
    catalog = new CatalogService(jdbi, ds, CLOCK);
    files = new CatalogueFiles(catalog.search());
  }

  @AfterEach
  void close() {
    ds.close();
  }

  private Item item(String sellerCode, String title, int qty, InventoryOption... options) {
    return catalog
        .register(
            SHOP,
            new NewGoods(
                sellerCode,
                ItemFields.of(title, "320001234"),
                1980,
                "10",
                qty,
                null,
                "",
                "",
                List.of(options)))
        .orElseThrow();
  }

  private String goods(ItemQuery q, FileEncoding enc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.writeGoodsList(SHOP, q, enc, out);
    return decode(out.toByteArray(), enc);
  }

  private String inventory(FileEncoding enc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.writeInventory(SHOP, OptionQuery.all(), enc, out);
    return decode(out.toByteArray(), enc);
  }

  private static String decode(byte[] bytes, FileEncoding enc) {
    byte[] bom = enc.bom();
    assertThat(Arrays.copyOf(bytes, bom.length)).isEqualTo(bom);
    Charset cs = enc.charset();
    return new String(bytes, bom.length, bytes.length - bom.length, cs);
  }

  @Test
  void goods_list_has_the_seed_columns_in_order_and_one_row_per_item() throws Exception {
    Item tee = item("TEE-1", "Tシャツ 綿100%", 5);
    item("", "在庫なしの帽子", 0);
    String csv = goods(ItemQuery.all(), FileEncoding.UTF_8);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("商品番号,販売者商品コード,商品名,販売価格,供給原価,手数料,数量,送料,送料の種類,販売終了日");
    assertThat(lines[1])
        .isEqualTo(tee.itemCode() + ",TEE-1,Tシャツ 綿100%,1980,0,198,5,0,無料,2027-05-11");
    assertThat(lines).hasSize(3);
    assertThat(
            goods(
                    ItemQuery.of(null, StockState.IN_STOCK, SearchBy.ITEM_CODE, ""),
                    FileEncoding.UTF_8)
                .split("\r\n"))
        .hasSize(2);
  }

  @Test
  void cells_that_would_start_a_formula_are_escaped_and_quotes_follow_rfc_4180() throws Exception {
    item("=HYPERLINK(\"x\")", "@SUM(A1), \"特価\"", 1);
    String row = goods(ItemQuery.all(), FileEncoding.UTF_8).split("\r\n")[1];
    assertThat(row).contains(",\"'=HYPERLINK(\"\"x\"\")\",\"'@SUM(A1), \"\"特価\"\"\",");
  }

  @Test
  void shift_jis_files_hold_the_same_text_in_windows_31j() throws Exception {
    item("①-TEE", "㈱キュー Tシャツ", 5);
    String sjis = goods(ItemQuery.all(), FileEncoding.SJIS);
    assertThat(sjis).isEqualTo(goods(ItemQuery.all(), FileEncoding.UTF_8));
    assertThat(sjis).contains("㈱キュー Tシャツ", "①-TEE");
  }

  @Test
  void inventory_grid_has_one_row_per_option_and_the_q_stock_code_when_chosen() throws Exception {
    item("NO-OPT", "単品", 3);
    Item tee =
        item(
            "TEE",
            "Tシャツ",
            0,
            new InventoryOption(
                List.of(new OptionAxis("カラー", "黒"), new OptionAxis("サイズ", "M")), 0, 3, "TEE-BK-M"),
            new InventoryOption(
                List.of(new OptionAxis("カラー", "白"), new OptionAxis("サイズ", "L")), -100, 0, ""));
    String[] lines = inventory(FileEncoding.UTF_8).split("\r\n");
    assertThat(lines[0])
        .isEqualTo("商品番号,販売者商品コード,データ種類,オプション1,詳細1,オプション2,詳細2,オプション3,詳細3,価格,数量,オプションコード");
    assertThat(lines)
        .containsExactly(
            lines[0],
            tee.itemCode() + ",TEE,組合せ型,カラー,黒,サイズ,M,,,0,3,TEE-BK-M",
            tee.itemCode() + ",TEE,組合せ型,カラー,白,サイズ,L,,,-100,0,");
    catalog.search().useQStockCode(SHOP, true);
    assertThat(inventory(FileEncoding.SJIS).split("\r\n")[2])
        .endsWith(",-100,0,Q" + tee.itemCode() + "-002");
    assertThat(new String(FileEncoding.UTF_8.bom(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
  }
}
