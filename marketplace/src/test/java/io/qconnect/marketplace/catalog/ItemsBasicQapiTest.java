package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.QapiCalls.call;
import static io.qconnect.marketplace.catalog.QapiCalls.code;
import static io.qconnect.marketplace.catalog.QapiCalls.goods;
import static io.qconnect.marketplace.catalog.QapiCalls.message;
import static io.qconnect.marketplace.catalog.QapiCalls.register;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ItemsBasic over HTTP: SetNewGoods, UpdateGoods, EditGoodsStatus. */
class ItemsBasicQapiTest {
  @TestMarketplace static MarketplaceServer server;

  private static ItemDetailRow detail(QapiSeller s, String itemCode) {
    return s.getItemDetailInfo(itemCode, "").orElseThrow().get(0);
  }

  @Test
  void registers_an_item_and_reads_it_back_with_every_value_a_string() {
    QapiSeller s = QapiCalls.newSeller(server);
    QapiResponse r = call(s, QapiMethod.SET_NEW_GOODS, goods("TSHIRT-001"));
    assertThat(r).isInstanceOf(QapiResponse.Custom.class);
    String gdNo = ((QapiResponse.Custom) r).resultObject().get("GdNo").asText();
    assertThat(gdNo).matches("\\d{10}");
    ItemDetailRow d = detail(s, gdNo);
    assertThat(d.itemStatus()).isEqualTo("S2");
    assertThat(d.sellerCode()).isEqualTo("TSHIRT-001");
    assertThat(d.itemPrice()).isEqualTo("2980");
    assertThat(d.settlePrice()).isEqualTo("2682");
    assertThat(d.itemQty()).isEqualTo("20");
    assertThat(d.secondSubCatNm()).isEqualTo("Tシャツ");
    assertThat(d.mainCatNm()).isEqualTo("ファッション");
    assertThat(d.expireDate()).isEqualTo("2027-05-11");
    assertThat(d.listedDate()).matches("2026-05-11 10:\\d\\d:\\d\\d");
    assertThat(d.industrialCode()).isEqualTo("4901234567894");
    assertThat(d.keyword()).isEqualTo("Tシャツ,コットン");
  }

  @Test
  void registers_combination_options_from_item_type_with_the_item_stock_their_total() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code =
        register(
            s,
            goods(
                "TS-OPT",
                "ItemQty",
                "",
                "ItemType",
                "カラー||*ブルー||*サイズ||*L||*0||*12||*TS-BLU-L"
                    + "$$カラー||*ホワイト||*サイズ||*XL||*300||*5||*TS-WHT-XL"));
    List<InventoryRow> rows = s.getGoodsInventoryInfo(code, "").orElseThrow();
    assertThat(rows)
        .extracting(InventoryRow::itemTypeCode)
        .containsExactly("TS-BLU-L", "TS-WHT-XL");
    assertThat(rows.get(1).name2()).isEqualTo("サイズ");
    assertThat(rows.get(1).price()).isEqualByComparingTo("300");
    assertThat(detail(s, code).itemQty()).isEqualTo("17");
  }

  @Test
  void answers_minus_10001_for_a_seller_code_already_registered() {
    QapiSeller s = QapiCalls.newSeller(server);
    register(s, goods("DUP-1"));
    QapiResponse r = call(s, QapiMethod.SET_NEW_GOODS, goods("DUP-1"));
    assertThat(code(r)).isEqualTo(-10001);
    assertThat(s.getAllGoodsInfo(ItemStatus.ON_SALE, 1).orElseThrow().totalItems()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({
    "AvailableDateValue, 7, -10005",
    "AvailableDateType, 5, -10005",
    "ItemPrice, 1000000000, -10101",
    "ItemTitle, '', -10101",
    "SecondSubCat, 32000, -10101",
    "ItemType, 'カラー||*ブルー', -10101"
  })
  void refuses_a_new_item_with_the_documented_codes(String name, String value, int expected) {
    QapiSeller s = QapiCalls.newSeller(server);
    QapiResponse r = call(s, QapiMethod.SET_NEW_GOODS, goods("BAD", name, value));
    assertThat(code(r)).isEqualTo(expected);
    assertThat(((QapiResponse.Custom) r).resultObject()).isNull();
    assertThat(s.getAllGoodsInfo(ItemStatus.ON_SALE, 1).orElseThrow().totalItems()).isZero();
  }

  @Test
  void updates_the_descriptive_fields_and_leaves_price_and_stock() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("UPD-1"));
    Map<String, String> p =
        goods(
            "",
            "ItemCode",
            code,
            "ItemTitle",
            "リネンシャツ",
            "SecondSubCat",
            "320001235",
            "AvailableDateType",
            "1",
            "AvailableDateValue",
            "7",
            "Keyword",
            "");
    assertThat(code(call(s, QapiMethod.UPDATE_GOODS, p))).isZero();
    ItemDetailRow d = detail(s, code);
    assertThat(d.itemTitle()).isEqualTo("リネンシャツ");
    assertThat(d.secondSubCatNm()).isEqualTo("パーカー");
    assertThat(d.availableDateType() + "/" + d.availableDateValue()).isEqualTo("1/7");
    assertThat(d.keyword()).isEmpty();
    assertThat(d.sellerCode()).isEqualTo("UPD-1");
    assertThat(d.itemPrice()).isEqualTo("2980");
    assertThat(d.itemQty()).isEqualTo("20");
  }

  @ParameterizedTest
  @CsvSource({
    "ItemCode, 1999999999, -10001",
    "SecondSubCat, ABC, -10002",
    "AvailableDateValue, 2026-06-01, -10003",
    "ProductionPlace, Tokyo, -10004",
    "BrandNo, X-1, -10005",
    "AdultYN, '', -10101"
  })
  void refuses_an_update_with_the_code_of_the_field(String name, String value, int expected) {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("UPD-BAD"));
    Map<String, String> p = goods("", "ItemCode", code, name, value);
    QapiResponse r = call(s, QapiMethod.UPDATE_GOODS, p);
    assertThat(r).isInstanceOf(QapiResponse.Std.class);
    assertThat(code(r)).isEqualTo(expected);
    assertThat(detail(s, code).itemTitle()).isEqualTo("オーガニックコットンTシャツ");
  }

  @Test
  void takes_an_item_off_sale_and_back_with_edit_goods_status() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("ST-1"));
    assertThat(code(call(s, QapiMethod.EDIT_GOODS_STATUS, "ItemCode", code, "Status", "1")))
        .isZero();
    assertThat(s.getAllGoods(ItemStatus.SUSPENDED).orElseThrow())
        .extracting(i -> i.itemCode())
        .containsExactly(code);
    assertThat(code(call(s, QapiMethod.EDIT_GOODS_STATUS, "SellerCode", "ST-1", "Status", "2")))
        .isZero();
    assertThat(detail(s, code).itemStatus()).isEqualTo("S2");
  }

  @ParameterizedTest
  @CsvSource({"S0, -10002", "S3, -10003", "S5, -10004", "S8, -10005", "S4, -10007"})
  void refuses_a_status_change_after_a_qoo10_decision(String decided, int expected) {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("QD-1"));
    var put =
        server.sandbox(
            "PUT", "/sandbox/items/" + code + "/status", "{\"status\":\"" + decided + "\"}");
    assertThat(put.statusCode()).isEqualTo(200);
    QapiResponse r = call(s, QapiMethod.EDIT_GOODS_STATUS, "ItemCode", code, "Status", "2");
    assertThat(code(r)).isEqualTo(expected);
    assertThat(detail(s, code).itemStatus()).isEqualTo(decided);
  }

  @Test
  void refuses_a_status_other_than_1_2_or_3() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("ST-BAD"));
    QapiResponse r = call(s, QapiMethod.EDIT_GOODS_STATUS, "ItemCode", code, "Status", "S2");
    assertThat(code(r)).isEqualTo(-10006);
    assertThat(message(r)).contains("1", "2", "3");
  }

  @Test
  void never_lets_a_seller_see_or_touch_another_sellers_item() {
    QapiSeller owner = QapiCalls.newSeller(server);
    QapiSeller other = QapiCalls.newSeller(server);
    String code = register(owner, goods("MINE"));
    assertThat(other.getItemDetailInfo(code, "").code()).isEqualTo(-10001);
    assertThat(other.getItemDetailInfo("", "MINE").code()).isEqualTo(-10001);
    assertThat(code(call(other, QapiMethod.EDIT_GOODS_STATUS, "ItemCode", code, "Status", "1")))
        .isEqualTo(-10001);
    assertThat(detail(owner, code).itemStatus()).isEqualTo("S2");
  }
}
