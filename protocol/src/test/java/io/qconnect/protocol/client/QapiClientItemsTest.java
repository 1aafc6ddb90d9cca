package io.qconnect.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.protocol.item.GoodsInfoList;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.item.OptionAxis;
import io.qconnect.protocol.item.OptionQty;
import io.qconnect.protocol.item.PriceQty;
import io.qconnect.protocol.item.PriceQtyBulkRow;
import io.qconnect.protocol.wire.QapiJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QapiClientItemsTest {
  private ClientHarness h;

  @BeforeEach
  void start() throws Exception {
    h = new ClientHarness();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void reads_a_page_of_items() {
    GoodsInfoList page = h.seller("SAK-ITEMS").getAllGoodsInfo(ItemStatus.ON_SALE, 1).orElseThrow();
    assertThat(page.totalItems()).isEqualTo(2);
    assertThat(page.items())
        .extracting(GoodsInfoList.Item::sellerCode)
        .containsExactly("TSHIRT-001", "MUG-002");
  }

  @Test
  void reads_a_page_of_items_answered_in_xml_with_a_nested_list() {
    GoodsInfoList page = h.seller("SAK-XML").getAllGoodsInfo(ItemStatus.ON_SALE, 1).orElseThrow();
    assertThat(page.items())
        .extracting(GoodsInfoList.Item::itemCode)
        .containsExactly("1098765432", "1098765440");
  }

  @Test
  void walks_every_page_of_500_items() {
    h.server.answer(
        "ItemsLookup.GetAllGoodsInfo",
        req -> page(Integer.parseInt(req.params().text("Page")), 1234));

    List<GoodsInfoList.Item> all =
        h.seller("SAK-PAGES").getAllGoods(ItemStatus.ON_SALE).orElseThrow();

    assertThat(all).hasSize(1234);
    assertThat(all.get(1233).itemCode()).isEqualTo("2000001233");
    assertThat(h.server.received())
        .extracting(r -> r.params().text("Page"))
        .containsExactly("1", "2", "3");
  }

  @Test
  void reads_item_detail_where_every_value_is_a_string() {
    ItemDetailRow d =
        h.seller("SAK-ITEMS").getItemDetailInfo("1098765432", "").orElseThrow().get(0);
    assertThat(d.itemPrice()).isEqualTo("2980");
    assertThat(d.itemQty()).isEqualTo("0");
    assertThat(d.sellerCode()).isEqualTo("TSHIRT-001");
    assertThat(d.keyword()).isEqualTo("Tシャツ,コットン,オーガニック");
  }

  @Test
  void reads_item_detail_in_xml_by_seller_code() {
    ItemDetailRow d = h.seller("SAK-XML").getItemDetailInfo("", "TSHIRT-001").orElseThrow().get(0);
    assertThat(d.itemCode()).isEqualTo("1098765432");
    assertThat(d.videoUrl()).isEmpty();
  }

  @Test
  void an_unknown_item_is_a_value() {
    assertThat(h.seller("SAK-ITEMS").getItemDetailInfo("1000000000", "").code()).isEqualTo(-10001);
  }

  @Test
  void reads_combination_options_as_axes() {
    List<InventoryRow> rows =
        h.seller("SAK-ITEMS").getGoodsInventoryInfo("1098765432", "TSHIRT-001").orElseThrow();
    InventoryOption white = rows.get(1).toOption();
    assertThat(white.axes())
        .containsExactly(new OptionAxis("カラー", "ホワイト"), new OptionAxis("サイズ", "XL"));
    assertThat(white.priceDelta()).isEqualTo(300);
    assertThat(white.qty()).isZero();
    assertThat(white.optionCode()).isEqualTo("TS-WHT-XL");
  }

  @Test
  void sets_price_and_quantity_of_a_single_item() {
    PriceQty pq = new PriceQty("1098765440", "MUG-002", 1650, 25, LocalDate.of(2027, 12, 31), "10");
    assertThat(h.seller("SAK-ITEMS").setGoodsPriceQty(pq).isSuccess()).isTrue();
  }

  @Test
  void bulk_price_and_quantity_reports_partial_failure() {
    BulkResult<PriceQtyBulkRow> r =
        h.seller("SAK-ITEMS")
            .setGoodsPriceQtyBulk(
                List.of(
                    new PriceQty("1098765440", "MUG-002", 1650, 20, null, ""),
                    new PriceQty("1000000000", "", 500, 1, null, "")));
    assertThat(r.code()).isEqualTo(-1);
    assertThat(r.failedRows()).extracting(PriceQtyBulkRow::subject).containsExactly("1000000000");
  }

  @Test
  void splits_a_bulk_write_of_1200_rows_into_chunks_of_at_most_500() {
    List<Integer> sizes = new ArrayList<>();
    h.server.answer(
        "ItemsOrder.SetGoodsPriceQtyBulk",
        req -> {
          JsonNode rows = readTree(req.params().text("ItemInfoJson"));
          sizes.add(rows.size());
          List<Map<String, Object>> out = new ArrayList<>();
          rows.forEach(
              n -> out.add(Map.of("ItemCode", n.get("ItemCode").asText(), "ResultCode", 0)));
          return json(Map.of("ResultCode", 0, "ResultMsg", "SUCCESS", "ResultObject", out));
        });
    List<PriceQty> rows = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      rows.add(new PriceQty(Long.toString(3000000000L + i), "", 100 + i, i, null, ""));
    }

    BulkResult<PriceQtyBulkRow> r = h.seller("SAK-BULK").setGoodsPriceQtyBulk(rows);

    assertThat(sizes).containsExactly(500, 500, 200);
    assertThat(r.rows()).hasSize(1200);
    assertThat(r.isSuccess()).isTrue();
  }

  @Test
  void sets_option_quantities_in_bulk_in_chunks_of_500_keeping_each_rows_price_and_code() {
    List<JsonNode> sent = new ArrayList<>();
    h.server.answer(
        "ItemsOptions.UpdateInventoryDataBulk",
        req -> {
          JsonNode rows = readTree(req.params().text("ItemInfoJson"));
          sent.add(rows);
          List<Map<String, Object>> out = new ArrayList<>();
          rows.forEach(
              n -> out.add(Map.of("ItemCode", n.get("ItemCode").asText(), "ResultCode", 0)));
          return json(Map.of("ResultCode", 0, "ResultMsg", "SUCCESS", "ResultObject", out));
        });
    List<OptionQty> rows = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      InventoryOption o =
          new InventoryOption(
              List.of(new OptionAxis("カラー", "c" + i), new OptionAxis("サイズ", "L")), 0, 0, "OC-" + i);
      rows.add(new OptionQty("1098765432", "", o, i));
    }

    BulkResult<PriceQtyBulkRow> r = h.seller("SAK-BULK").updateInventoryDataBulk(rows);

    assertThat(sent).extracting(JsonNode::size).containsExactly(500, 200);
    JsonNode first = sent.get(0).get(1);
    assertThat(first.get("OptionName").asText()).isEqualTo("カラー||*サイズ");
    assertThat(first.get("OptionValue").asText()).isEqualTo("c1||*L");
    assertThat(first.get("OptionCode").asText()).isEmpty();
    assertThat(first.get("Price").asText()).isEmpty();
    assertThat(first.get("Qty").asText()).isEqualTo("1");
    assertThat(r.rows()).hasSize(700);
    assertThat(r.isSuccess()).isTrue();
  }

  @Test
  void sets_one_options_quantity_naming_its_axes_with_the_column_separator() {
    InventoryOption blueL =
        new InventoryOption(
            List.of(new OptionAxis("カラー", "ブルー"), new OptionAxis("サイズ", "L")), 0, 12, "TS-BLU-L");
    assertThat(
            h.seller("SAK-ITEMS")
                .updateInventoryQtyUnit("1098765432", "TSHIRT-001", blueL, 8)
                .isSuccess())
        .isTrue();
    assertThat(h.server.received().get(0).params().text("OptionName")).isEqualTo("カラー||*サイズ");
  }

  @Test
  void replaces_all_options_with_inventory_info_text() {
    List<InventoryOption> options =
        List.of(
            new InventoryOption(List.of(new OptionAxis("color", "red")), 0, 10, "red-1"),
            new InventoryOption(List.of(new OptionAxis("color", "blue")), 500, 15, "blue-1"));
    assertThat(
            h.seller("SAK-ITEMS")
                .editGoodsInventory("1098765450", "SOCKS-003", options)
                .isSuccess())
        .isTrue();
    assertThat(h.server.received().get(0).params().text("InventoryInfo"))
        .isEqualTo("color||*red||*0||*10||*red-1$$color||*blue||*500||*15||*blue-1");
  }

  private static String page(int page, int total) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = (page - 1) * 500; i < Math.min(page * 500, total); i++) {
      items.add(
          Map.of(
              "ItemCode",
              Long.toString(2000000000L + i),
              "SellerCode",
              "S" + i,
              "ItemStatus",
              "S2"));
    }
    Map<String, Object> ro = new LinkedHashMap<>();
    ro.put("TotalItems", total);
    ro.put("TotalPages", (total + 499) / 500);
    ro.put("PresentPage", page);
    ro.put("Items", items);
    return json(Map.of("ResultCode", 0, "ResultMsg", "SUCCESS", "ResultObject", ro));
  }

  private static JsonNode readTree(String s) {
    try {
      return QapiJson.mapper().readTree(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object o) {
    try {
      return QapiJson.mapper().writeValueAsString(o);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
