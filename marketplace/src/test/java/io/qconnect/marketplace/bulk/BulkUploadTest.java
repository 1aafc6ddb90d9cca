package io.qconnect.marketplace.bulk;

import static io.qconnect.marketplace.bulk.BulkWorld.inventoryHeader;
import static io.qconnect.marketplace.bulk.BulkWorld.inventoryRow;
import static io.qconnect.marketplace.bulk.BulkWorld.sjis;
import static io.qconnect.marketplace.bulk.BulkWorld.utf8Bom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.PriceQty;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bulk upload requests end to end: files in, rows applied through the QAPI calls, QAPI reads. */
class BulkUploadTest {
  private static final AtomicInteger SELLERS = new AtomicInteger();

  @TestMarketplace static MarketplaceServer server;

  private record Seller(String id, QapiSeller qapi) {}

  private static Seller seller() {
    String id = "bulk-" + SELLERS.incrementAndGet();
    return new Seller(id, server.seller(id));
  }

  private static BulkRequest upload(Seller s, String name, byte[] bytes) {
    BulkRequest r = server.market.bulk().submit(s.id(), BulkSource.WEB, "", name, bytes);
    assertThat(r.status()).isEqualTo(BulkStatus.RECEIVED);
    server.market.bulk().processPending();
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> server.market.bulk().get(r.id()).status().finished());
    return server.market.bulk().get(r.id());
  }

  private static List<RowResult> rows(BulkRequest r) {
    return server.market.bulk().rows(r.id(), 0, 100_000);
  }

  private static List<Integer> quantities(Seller s, String itemCode) {
    return s.qapi().getGoodsInventoryInfo(itemCode, "").orElseThrow().stream()
        .map(InventoryRow::qty)
        .toList();
  }

  @Test
  void
      an_edited_inventory_file_in_shift_jis_sets_the_new_quantities_and_a_bad_price_row_changes_nothing() {
    Seller s = seller();
    Item item = BulkWorld.optionItem(server, s.id(), "TS-1");
    String code = item.itemCode();
    BulkRequest r =
        upload(
            s,
            "InventoryManagement_gridInventory.csv",
            sjis(
                inventoryHeader(),
                inventoryRow(code, "TS-1", "ブラック", "M", "0", "15", "TS-1-BK-M"),
                inventoryRow(code, "TS-1", "ブラック", "L", "abc", "99", "TS-1-BK-L"),
                inventoryRow(code, "TS-1", "ホワイト", "M", "0", "0", "TS-1-WH-M")));

    assertThat(r.status()).isEqualTo(BulkStatus.DONE);
    assertThat(r.encoding()).isEqualTo("Shift_JIS");
    assertThat(r.format()).isEqualTo(BulkFormat.INVENTORY);
    assertThat(r.counts()).isEqualTo(new BulkRequest.Counts(3, 3, 2, 1));
    assertThat(quantities(s, code)).containsExactly(15, 7, 0);
    RowResult bad = rows(r).get(1);
    assertThat(bad.row()).isEqualTo(3);
    assertThat(bad.ok()).isFalse();
    assertThat(bad.itemCode()).isEqualTo(code);
    assertThat(bad.code()).isEqualTo(-10002);
    assertThat(s.qapi().getGoodsInventoryInfo(code, "").orElseThrow().get(1).price())
        .isEqualByComparingTo("200");
  }

  @Test
  void a_file_row_and_the_qapi_call_answer_the_same_code_and_message() {
    Seller s = seller();
    Item item = BulkWorld.plainItem(server, s.id(), "MUG-1");
    BulkRequest r =
        upload(
            s,
            "GoodsList.csv",
            utf8Bom(
                String.join(",", BulkFormat.GOODS_LIST.headers()),
                String.join(
                    ",",
                    item.itemCode(),
                    "MUG-1",
                    "マグカップ",
                    "1800",
                    "",
                    "",
                    "12",
                    "",
                    "",
                    "2027/03/31"),
                String.join(",", "9999999999", "", "x", "1800", "", "", "1", "", "", ""),
                String.join(
                    ",", item.itemCode(), "", "x", "1800", "", "", "1", "", "", "2020-01-01")));

    assertThat(r.status()).isEqualTo(BulkStatus.DONE);
    assertThat(r.encoding()).isEqualTo("UTF-8");
    var detail = s.qapi().getItemDetailInfo(item.itemCode(), "").orElseThrow().get(0);
    assertThat(detail.itemQty()).isEqualTo("12");
    assertThat(new java.math.BigDecimal(detail.itemPrice())).isEqualByComparingTo("1800");
    List<RowResult> rows = rows(r);
    assertThat(rows).extracting(RowResult::ok).containsExactly(true, false, false);
    QapiResult<Void> unknown =
        s.qapi().setGoodsPriceQty(new PriceQty("9999999999", "", 1800, 1, null, ""));
    assertThat(rows.get(1).code()).isEqualTo(unknown.code());
    assertThat(rows.get(1).message()).isEqualTo(unknown.message());
    QapiResult<Void> past =
        s.qapi()
            .setGoodsPriceQty(
                new PriceQty(item.itemCode(), "", 1800, 1, java.time.LocalDate.of(2020, 1, 1), ""));
    assertThat(rows.get(2).code()).isEqualTo(past.code());
    assertThat(rows.get(2).message()).isEqualTo(past.message());
  }

  @Test
  void a_file_with_a_wrong_header_is_refused_whole_naming_the_row_and_column() {
    Seller s = seller();
    Item item = BulkWorld.optionItem(server, s.id(), "TS-2");
    String header = inventoryHeader().replace("価格", "値段");
    BulkRequest r =
        upload(
            s,
            "inv.csv",
            sjis(header, inventoryRow(item.itemCode(), "", "ブラック", "M", "0", "50", "")));

    assertThat(r.status()).isEqualTo(BulkStatus.ERROR);
    assertThat(r.error()).contains("1行目 10列目", "価格", "値段");
    assertThat(quantities(s, item.itemCode())).containsExactly(5, 7, 9);
    StringWriter csv = new StringWriter();
    ResultCsv.write(server.market.bulk(), r, csv);
    assertThat(csv.toString()).contains("エラー", "1行目 10列目");
  }

  @Test
  void a_file_that_is_neither_utf8_nor_shift_jis_is_refused_naming_the_row_and_column() {
    Seller s = seller();
    Item item = BulkWorld.optionItem(server, s.id(), "TS-3");
    byte[] good =
        sjis(inventoryHeader(), inventoryRow(item.itemCode(), "", "ブラック", "M", "0", "1", ""));
    byte[] bad = new byte[good.length + 4];
    System.arraycopy(good, 0, bad, 0, good.length);
    // a second data row: "1,2" then 0x82 0xFF, which is no Shift_JIS character
    bad[good.length] = '1';
    bad[good.length + 1] = ',';
    bad[good.length + 2] = (byte) 0x82;
    bad[good.length + 3] = (byte) 0xFF;
    BulkRequest r = upload(s, "inv.csv", bad);

    assertThat(r.status()).isEqualTo(BulkStatus.ERROR);
    assertThat(r.error()).contains("3行目 2列目", "文字コード");
    assertThat(quantities(s, item.itemCode())).containsExactly(5, 7, 9);
  }

  @Test
  void new_item_rows_register_items_as_set_new_goods_does() {
    Seller s = seller();
    BulkRequest r =
        upload(
            s,
            "NewItems.csv",
            utf8Bom(
                String.join(",", BulkFormat.NEW_ITEMS.headers()),
                "NEW-1,リネンシャツ,320001234,3980,4,2027-06-30,,麻100%",
                "NEW-2,,320001234,3980,4,,,タイトルなし",
                "NEW-1,重複,320001234,100,1,,,"));

    List<RowResult> rows = rows(r);
    assertThat(rows).extracting(RowResult::ok).containsExactly(true, false, false);
    assertThat(rows.get(2).code()).isEqualTo(-10001);
    var detail = s.qapi().getItemDetailInfo("", "NEW-1").orElseThrow().get(0);
    assertThat(detail.itemTitle()).isEqualTo("リネンシャツ");
    assertThat(rows.get(0).itemCode()).isEqualTo(detail.itemCode());
  }

  @Test
  void ten_thousand_rows_with_malformed_ones_get_one_result_each_and_show_progress_while_running() {
    Seller s = seller();
    Item item = BulkWorld.optionItem(server, s.id(), "TS-4");
    List<String> lines = new ArrayList<>();
    lines.add(inventoryHeader());
    for (int i = 0; i < 10_000; i++) {
      lines.add(
          switch (i % 5) {
            case 0 -> inventoryRow(item.itemCode(), "", "ブラック", "M", "0", Integer.toString(i), "");
            case 1 -> "too,few,cells";
            case 2 -> inventoryRow(item.itemCode(), "", "グリーン", "M", "0", "1", "");
            case 3 -> inventoryRow(item.itemCode(), "", "ブラック", "L", "200", "-4", "");
            default -> inventoryRow("", "", "", "", "\"=1+2\"", "x", "");
          });
    }
    server.market.bulk().start();
    BulkRequest r =
        server
            .market
            .bulk()
            .submit(s.id(), BulkSource.WEB, "", "big.csv", sjis(lines.toArray(String[]::new)));
    List<BulkRequest.Counts> seen = new ArrayList<>();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              BulkRequest now = server.market.bulk().get(r.id());
              seen.add(now.counts());
              return now.status().finished();
            });

    BulkRequest done = server.market.bulk().get(r.id());
    assertThat(done.status()).isEqualTo(BulkStatus.DONE);
    assertThat(done.counts()).isEqualTo(new BulkRequest.Counts(10_000, 10_000, 2_000, 8_000));
    assertThat(seen).anyMatch(c -> c.processed() > 0 && c.processed() < 10_000);
    List<RowResult> rows = rows(done);
    assertThat(rows).hasSize(10_000);
    assertThat(rows).extracting(RowResult::row).doesNotHaveDuplicates().startsWith(2, 3, 4);
    assertThat(rows.get(1).message()).contains("列の数");
    assertThat(quantities(s, item.itemCode())).containsExactly(9_995, 7, 9);
  }

  @Test
  void a_q_stock_code_the_export_wrote_stays_virtual_and_other_header_spellings_are_accepted() {
    Seller s = seller();
    Item item = BulkWorld.optionItem(server, s.id(), "TS-5");
    String code = item.itemCode();
    String header = "商品番号,販売者コード,データの種類,オプション1,詳細1,オプション2,詳細2,オプション3,詳細3,価格,在庫数,Q-在庫コード";
    BulkRequest r =
        upload(
            s,
            "inv.csv",
            utf8Bom(
                header, inventoryRow(code, "TS-5", "ブラック", "L", "200", "8", "Q" + code + "-002")));

    assertThat(r.status()).isEqualTo(BulkStatus.DONE);
    assertThat(rows(r)).extracting(RowResult::ok).containsExactly(true);
    var options = s.qapi().getGoodsInventoryInfo(code, "").orElseThrow();
    assertThat(options.get(1).qty()).isEqualTo(8);
    assertThat(options.get(1).itemTypeCode()).isEqualTo("TS-5-BK-L");
  }
}
