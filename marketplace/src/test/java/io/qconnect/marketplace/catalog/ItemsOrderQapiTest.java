package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.QapiCalls.call;
import static io.qconnect.marketplace.catalog.QapiCalls.code;
import static io.qconnect.marketplace.catalog.QapiCalls.goods;
import static io.qconnect.marketplace.catalog.QapiCalls.message;
import static io.qconnect.marketplace.catalog.QapiCalls.register;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.BulkResult;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.item.PriceQty;
import io.qconnect.protocol.item.PriceQtyBulkRow;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ItemsOrder over HTTP: SetGoodsPriceQty and SetGoodsPriceQtyBulk. */
class ItemsOrderQapiTest {
  @TestMarketplace static MarketplaceServer server;

  private static ItemDetailRow detail(QapiSeller s, String itemCode) {
    return s.getItemDetailInfo(itemCode, "").orElseThrow().get(0);
  }

  @Test
  void sets_price_stock_end_date_and_tax_rate() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("MUG-002"));
    var r =
        s.setGoodsPriceQty(
            new PriceQty(code, "MUG-002", 1650, 25, LocalDate.of(2027, 12, 31), "8"));
    assertThat(r.code()).isZero();
    ItemDetailRow d = detail(s, code);
    assertThat(d.itemPrice()).isEqualTo("1650");
    assertThat(d.itemQty()).isEqualTo("25");
    assertThat(d.expireDate()).isEqualTo("2027-12-31");
    assertThat(d.taxRate()).isEqualTo("8");
  }

  @Test
  void sets_the_end_date_a_year_ahead_when_none_is_given_and_finds_by_seller_code() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("MUG-003", "ExpireDate", "2026-06-30"));
    assertThat(s.setGoodsPriceQty(new PriceQty("", "MUG-003", 990, 0, null, "")).code()).isZero();
    assertThat(detail(s, code).expireDate()).isEqualTo("2027-05-11");
    assertThat(detail(s, code).itemQty()).isEqualTo("0");
    assertThat(detail(s, code).taxRate()).isEqualTo("10");
  }

  @Test
  void answers_minus_10001_for_an_unknown_item() {
    QapiSeller s = QapiCalls.newSeller(server);
    var r = s.setGoodsPriceQty(new PriceQty("1999999999", "", 500, 1, null, ""));
    assertThat(r.code()).isEqualTo(-10001);
  }

  @Test
  void refuses_a_quantity_for_an_item_with_options_instead_of_ignoring_it() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("OPT", "ItemType", "色||*黒||*0||*3||*B$$色||*白||*0||*4||*W"));
    var r = s.setGoodsPriceQty(new PriceQty(code, "", 2500, 100, null, ""));
    assertThat(r.code()).isEqualTo(-10003);
    assertThat(r.message()).contains("ItemsOptions");
    assertThat(detail(s, code).itemPrice()).isEqualTo("2980");
    QapiResponse priceOnly =
        call(s, QapiMethod.SET_GOODS_PRICE_QTY, "ItemCode", code, "Price", "2500");
    assertThat(code(priceOnly)).isZero();
    assertThat(detail(s, code).itemPrice()).isEqualTo("2500");
    assertThat(detail(s, code).itemQty()).isEqualTo("7");
  }

  @ParameterizedTest
  @CsvSource({
    "Price, 0",
    "Price, 1000000000",
    "Price, ''",
    "Qty, -1",
    "Qty, 2147483648",
    "ExpireDate, 2026/12/31",
    "ExpireDate, 2026-05-10",
    "TaxRate, 5"
  })
  void refuses_an_invalid_value_with_a_processing_error(String name, String value) {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("BADPQ"));
    Map<String, String> p =
        new java.util.HashMap<>(Map.of("ItemCode", code, "Price", "1000", "Qty", "1"));
    p.put(name, value);
    QapiResponse r = call(s, QapiMethod.SET_GOODS_PRICE_QTY, p);
    assertThat(code(r)).isEqualTo(-10101);
    assertThat(message(r)).startsWith("Processing Error - ");
    assertThat(detail(s, code).itemPrice()).isEqualTo("2980");
  }

  @Test
  void reports_every_bulk_row_and_minus_1_when_one_failed() {
    QapiSeller s = QapiCalls.newSeller(server);
    String a = register(s, goods("BULK-A"));
    String b = register(s, goods("BULK-B"));
    BulkResult<PriceQtyBulkRow> r =
        s.setGoodsPriceQtyBulk(
            List.of(
                new PriceQty(a, "", 1000, 1, null, ""),
                new PriceQty("1999999999", "", 500, 1, null, ""),
                new PriceQty("", "BULK-B", 2000, 2, null, "")));
    assertThat(r.code()).isEqualTo(-1);
    assertThat(r.rows()).extracting(PriceQtyBulkRow::code).containsExactly(0, -10001, 0);
    assertThat(r.rows().get(2).sellerCode()).isEqualTo("BULK-B");
    assertThat(detail(s, a).itemQty()).isEqualTo("1");
    assertThat(detail(s, b).itemPrice()).isEqualTo("2000");
  }

  @Test
  void answers_0_when_every_bulk_row_succeeded() {
    QapiSeller s = QapiCalls.newSeller(server);
    String a = register(s, goods("ALL-A"));
    BulkResult<PriceQtyBulkRow> r =
        s.setGoodsPriceQtyBulk(List.of(new PriceQty(a, "", 1234, 5, null, "")));
    assertThat(r.isSuccess()).isTrue();
    assertThat(detail(s, a).itemPrice()).isEqualTo("1234");
  }

  @Test
  void answers_minus_2_without_a_result_for_more_than_500_rows() {
    QapiSeller s = QapiCalls.newSeller(server);
    String a = register(s, goods("MANY"));
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 501; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"ItemCode\":\"")
          .append(a)
          .append("\",\"Price\":\"777\"}");
    }
    QapiResponse r = call(s, QapiMethod.SET_GOODS_PRICE_QTY_BULK, "ItemInfoJson", json + "]");
    assertThat(code(r)).isEqualTo(-2);
    assertThat(((QapiResponse.Custom) r).resultObject()).isNull();
    assertThat(detail(s, a).itemPrice()).isEqualTo("2980");
  }

  @Test
  void refuses_item_info_json_that_is_not_a_json_array() {
    QapiSeller s = QapiCalls.newSeller(server);
    for (String bad : List.of("[{\"ItemCode\":", "{\"ItemCode\":\"1\"}", "")) {
      QapiResponse r = call(s, QapiMethod.SET_GOODS_PRICE_QTY_BULK, "ItemInfoJson", bad);
      assertThat(code(r)).isEqualTo(-10101);
      assertThat(message(r)).contains("ItemInfoJson");
    }
  }

  @Test
  void reads_bulk_rows_with_numbers_and_any_key_case() {
    QapiSeller s = QapiCalls.newSeller(server);
    String a = register(s, goods("CASE"));
    String json = "[{\"itemcode\":\"" + a + "\",\"price\":1500,\"qty\":3},42]";
    QapiResponse r = call(s, QapiMethod.SET_GOODS_PRICE_QTY_BULK, "ItemInfoJson", json);
    assertThat(code(r)).isEqualTo(-1);
    var rows = ((QapiResponse.Custom) r).resultObject();
    assertThat(rows.get(0).get("ResultCode").asInt()).isZero();
    assertThat(rows.get(1).get("ResultCode").asInt()).isEqualTo(-10101);
    assertThat(detail(s, a).itemQty()).isEqualTo("3");
  }
}
