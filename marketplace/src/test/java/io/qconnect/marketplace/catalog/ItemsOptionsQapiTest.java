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
import io.qconnect.protocol.item.InventoryInfoFormat;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.OptionAxis;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ItemsOptions over HTTP: EditGoodsInventory and the unit methods. */
class ItemsOptionsQapiTest {
  @TestMarketplace static MarketplaceServer server;

  private static InventoryOption opt(String color, String size, long delta, int qty, String code) {
    return new InventoryOption(
        List.of(new OptionAxis("カラー", color), new OptionAxis("サイズ", size)), delta, qty, code);
  }

  private static List<InventoryRow> rows(QapiSeller s, String code) {
    return s.getGoodsInventoryInfo(code, "").orElseThrow();
  }

  private static String qty(QapiSeller s, String code) {
    return s.getItemDetailInfo(code, "").orElseThrow().get(0).itemQty();
  }

  @Test
  void replaces_all_options_and_keeps_the_item_stock_their_total() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("INV-1"));
    List<InventoryOption> options =
        List.of(opt("ブルー", "L", 0, 12, "TS-BLU-L"), opt("グレー", "M", 300, 8, "TS-GRY-M"));
    assertThat(s.editGoodsInventory(code, "", options).code()).isZero();
    assertThat(rows(s, code)).extracting(InventoryRow::toOption).containsExactlyElementsOf(options);
    assertThat(qty(s, code)).isEqualTo("20");
  }

  @Test
  void answers_the_documented_format_error_for_malformed_inventory_info() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("INV-2"));
    QapiResponse r =
        call(
            s,
            QapiMethod.EDIT_GOODS_INVENTORY,
            "ItemCode",
            code,
            "InventoryInfo",
            "color||*red||*0");
    assertThat(r).isInstanceOf(QapiResponse.Std.class);
    assertThat(code(r)).isEqualTo(-10002);
    assertThat(message(r)).isEqualTo(InventoryInfoFormat.FORMAT_ERROR);
  }

  @Test
  void refuses_option_prices_beyond_half_the_item_price_or_without_a_zero_yen_option() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("INV-3"));
    assertThat(
            s.editGoodsInventory(
                    code, "", List.of(opt("黒", "M", 0, 1, ""), opt("白", "M", 1500, 1, "")))
                .code())
        .isEqualTo(-10003);
    assertThat(s.editGoodsInventory(code, "", List.of(opt("黒", "M", 100, 1, ""))).code())
        .isEqualTo(-10003);
    assertThat(
            s.editGoodsInventory(
                    code, "", List.of(opt("黒", "M", 0, 1, "A"), opt("白", "M", 0, 1, "A")))
                .code())
        .isEqualTo(-10004);
    assertThat(rows(s, code)).isEmpty();
    assertThat(qty(s, code)).isEqualTo("20");
  }

  @Test
  void removes_every_option_for_an_empty_inventory_info() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("INV-4", "ItemType", "色||*黒||*0||*3||*B"));
    assertThat(
            code(call(s, QapiMethod.EDIT_GOODS_INVENTORY, "ItemCode", code, "InventoryInfo", "")))
        .isZero();
    assertThat(rows(s, code)).isEmpty();
    assertThat(qty(s, code)).isEqualTo("0");
  }

  @Test
  void inserts_a_two_axis_row_named_with_the_column_delimiter() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("UNIT-1"));
    s.editGoodsInventory(code, "", List.of(opt("ブルー", "L", 0, 2, "B-L")));
    QapiResponse r =
        call(
            s,
            QapiMethod.INSERT_INVENTORY_DATA_UNIT,
            "ItemCode",
            code,
            "OptionName",
            "カラー||*サイズ",
            "OptionValue",
            "グレー||*M",
            "OptionCode",
            "G-M",
            "Price",
            "200",
            "Qty",
            "6");
    assertThat(code(r)).isZero();
    assertThat(rows(s, code)).extracting(InventoryRow::itemTypeCode).containsExactly("B-L", "G-M");
    assertThat(qty(s, code)).isEqualTo("8");
    QapiResponse again =
        call(
            s,
            QapiMethod.INSERT_INVENTORY_DATA_UNIT,
            "ItemCode",
            code,
            "OptionName",
            "カラー||*サイズ",
            "OptionValue",
            "グレー||*M",
            "Qty",
            "1");
    assertThat(code(again)).isEqualTo(-10004);
  }

  @Test
  void updates_a_row_keeping_what_is_left_blank() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("UNIT-2"));
    s.editGoodsInventory(
        code, "", List.of(opt("ブルー", "L", 0, 2, "B-L"), opt("グレー", "M", 0, 3, "G-M")));
    QapiResponse r =
        call(
            s,
            QapiMethod.UPDATE_INVENTORY_DATA_UNIT,
            "ItemCode",
            code,
            "OptionName",
            "カラー||*サイズ",
            "OptionValue",
            "グレー||*M",
            "Price",
            "-300",
            "OptionCode",
            "G-M-2");
    assertThat(code(r)).isZero();
    InventoryRow grey = rows(s, code).get(1);
    assertThat(grey.price()).isEqualByComparingTo("-300");
    assertThat(grey.qty()).isEqualTo(3);
    assertThat(grey.itemTypeCode()).isEqualTo("G-M-2");
    QapiResponse missing =
        call(
            s,
            QapiMethod.UPDATE_INVENTORY_DATA_UNIT,
            "ItemCode",
            code,
            "OptionName",
            "カラー||*サイズ",
            "OptionValue",
            "レッド||*S",
            "Qty",
            "1");
    assertThat(code(missing)).isEqualTo(-10005);
  }

  @Test
  void deletes_a_row_by_its_name_and_value() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("UNIT-3"));
    s.editGoodsInventory(
        code, "", List.of(opt("ブルー", "L", 0, 2, "B-L"), opt("グレー", "M", 0, 3, "G-M")));
    QapiResponse r =
        call(
            s,
            QapiMethod.DELETE_INVENTORY_DATA_UNIT,
            "ItemCode",
            code,
            "OptionName",
            "カラー||*サイズ",
            "OptionValue",
            "ブルー||*L");
    assertThat(code(r)).isZero();
    assertThat(rows(s, code)).extracting(InventoryRow::itemTypeCode).containsExactly("G-M");
    assertThat(qty(s, code)).isEqualTo("3");
  }

  @Test
  void sets_an_absolute_option_quantity_by_axes_or_by_option_code() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("UNIT-4"));
    InventoryOption blue = opt("ブルー", "L", 0, 2, "B-L");
    s.editGoodsInventory(code, "", List.of(blue, opt("グレー", "M", 0, 3, "G-M")));
    assertThat(s.updateInventoryQtyUnit(code, "", blue, 9).code()).isZero();
    QapiResponse byCode =
        call(
            s,
            QapiMethod.UPDATE_INVENTORY_QTY_UNIT,
            "SellerCode",
            "UNIT-4",
            "OptionCode",
            "G-M",
            "Qty",
            "0");
    assertThat(code(byCode)).isZero();
    assertThat(rows(s, code)).extracting(InventoryRow::qty).containsExactly(9, 0);
    assertThat(qty(s, code)).isEqualTo("9");
  }

  @Test
  void refuses_unit_rows_whose_names_and_values_do_not_line_up() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("UNIT-5"));
    s.editGoodsInventory(code, "", List.of(opt("ブルー", "L", 0, 2, "B-L")));
    QapiResponse r =
        call(
            s,
            QapiMethod.UPDATE_INVENTORY_QTY_UNIT,
            "ItemCode",
            code,
            "OptionName",
            "カラー||*サイズ",
            "OptionValue",
            "ブルー",
            "Qty",
            "1");
    assertThat(code(r)).isEqualTo(-10002);
    QapiResponse noQty =
        call(
            s,
            QapiMethod.UPDATE_INVENTORY_QTY_UNIT,
            "ItemCode",
            code,
            "OptionName",
            "カラー||*サイズ",
            "OptionValue",
            "ブルー||*L",
            "Qty",
            "many");
    assertThat(code(noQty)).isEqualTo(-10002);
    QapiResponse other =
        call(
            s,
            QapiMethod.UPDATE_INVENTORY_QTY_UNIT,
            "ItemCode",
            "1999999999",
            "OptionName",
            "カラー||*サイズ",
            "OptionValue",
            "ブルー||*L",
            "Qty",
            "1");
    assertThat(code(other)).isEqualTo(-10001);
    assertThat(rows(s, code).get(0).qty()).isEqualTo(2);
  }
}
