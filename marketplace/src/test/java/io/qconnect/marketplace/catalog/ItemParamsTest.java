package io.qconnect.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.catalog.ParamReader.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemParamsTest {
  private static final int SHIP = -1;
  private static final int CATEGORY = -2;
  private static final int ORIGIN = -3;
  private static final int BRAND = -4;

  /** Gives every field its own code, so a test sees which field a problem was about. */
  private static int code(Field f) {
    return switch (f) {
      case SHIP_BY -> SHIP;
      case CATEGORY -> CATEGORY;
      case ORIGIN -> ORIGIN;
      case BRAND -> BRAND;
      case OTHER -> CatalogCodes.PROCESSING;
    };
  }

  private static Map<String, String> goods() {
    Map<String, String> p = new HashMap<>();
    p.put("SecondSubCat", "320001234");
    p.put("ItemTitle", "オーガニックコットンTシャツ");
    p.put("ItemPrice", "2980");
    p.put("ItemQty", "10");
    p.put("AvailableDateType", "0");
    p.put("AvailableDateValue", "3");
    p.put("ProductionPlaceType", "1");
    p.put("AdultYN", "N");
    return p;
  }

  private static Function<String, String> lookup(Map<String, String> p) {
    return name -> p.getOrDefault(name, "");
  }

  @Test
  void reads_a_minimal_new_item_with_defaults() {
    NewGoods g = ItemParams.newGoods(lookup(goods()), ItemParamsTest::code).orElseThrow();
    assertThat(g.price()).isEqualTo(2980);
    assertThat(g.qty()).isEqualTo(10);
    assertThat(g.taxRate()).isEqualTo("S");
    assertThat(g.expireDate()).isNull();
    assertThat(g.fields().shipBy()).isEqualTo(ShipBy.normal(3));
    assertThat(g.fields().adultYn()).isEqualTo("N");
    assertThat(g.fields().shippingNo()).isEqualTo("0");
  }

  @Test
  void reads_item_type_options_ignoring_item_qty_and_a_zero_option_code() {
    Map<String, String> p = goods();
    p.remove("ItemQty");
    p.put("ItemType", "カラー||*黒||*サイズ||*M||*0||*5||*0$$カラー||*白||*サイズ||*L||*300||*2||*W-L");
    NewGoods g = ItemParams.newGoods(lookup(p), ItemParamsTest::code).orElseThrow();
    assertThat(g.options()).hasSize(2);
    assertThat(g.options().get(0).optionCode()).isEmpty();
    assertThat(g.options().get(1).joinedNames()).isEqualTo("カラー||*サイズ");
    assertThat(g.startingQty()).isEqualTo(7);
  }

  @ParameterizedTest
  @CsvSource({
    "SecondSubCat, 12345678, -2",
    "SecondSubCat, '', -2",
    "AvailableDateValue, 5, -1",
    "AvailableDateType, 9, -1",
    "ProductionPlace, Tokyo, -3",
    "ProductionPlaceType, 4, -3",
    "BrandNo, ABC, -4",
    "ItemTitle, '', -10101",
    "ItemPrice, 0, -10101",
    "ItemPrice, 1000000000, -10101",
    "ItemPrice, '1,000', -10101",
    "ItemQty, -1, -10101",
    "ItemQty, 2147483648, -10101",
    "TaxRate, 5, -10101",
    "ExpireDate, 2026/12/31, -10101",
    "ExpireDate, 2026-02-30, -10101",
    "PromotionName, 123456789012345678901, -10101",
    "AdultYN, X, -10101",
    "StandardImage, ftp://img.example.jp/a.jpg, -10101",
    "IndustrialCodeType, Z, -10101",
    "ItemType, 'カラー||*黒||*0', -10101",
    "Keyword, 'a,,b', -10101"
  })
  void classifies_each_refused_parameter(String name, String value, int expected) {
    Map<String, String> p = goods();
    p.put(name, value);
    Outcome<NewGoods> out = ItemParams.newGoods(lookup(p), ItemParamsTest::code);
    assertThat(out)
        .isInstanceOfSatisfying(
            Outcome.Refused.class, r -> assertThat(r.code()).isEqualTo(expected));
  }

  @Test
  void puts_processing_error_in_front_of_a_minus_10101_message_only() {
    Map<String, String> p = goods();
    p.put("ItemPrice", "abc");
    Outcome<NewGoods> out = ItemParams.newGoods(lookup(p), ItemParamsTest::code);
    assertThat(((Outcome.Refused<NewGoods>) out).message())
        .startsWith("Processing Error - ItemPrice");
    p.put("ItemPrice", "100");
    p.put("AvailableDateValue", "9");
    out = ItemParams.newGoods(lookup(p), ItemParamsTest::code);
    assertThat(((Outcome.Refused<NewGoods>) out).message()).startsWith("Check AvailableDateValue");
  }

  @Test
  void refuses_more_than_ten_keywords_and_an_industrial_code_without_its_type() {
    Map<String, String> p = goods();
    p.put("Keyword", "a,b,c,d,e,f,g,h,i,j,k");
    assertThat(ItemParams.newGoods(lookup(p), ItemParamsTest::code).isDone()).isFalse();
    p.put("Keyword", "a,b");
    p.put("IndustrialCode", "4901234567894");
    assertThat(ItemParams.newGoods(lookup(p), ItemParamsTest::code).isDone()).isFalse();
    p.put("IndustrialCodeType", "J");
    assertThat(ItemParams.newGoods(lookup(p), ItemParamsTest::code).isDone()).isTrue();
  }

  @Test
  void requires_production_place_type_and_adult_flag_on_update_only() {
    Map<String, String> p = goods();
    p.remove("ProductionPlaceType");
    p.remove("AdultYN");
    p.put("ItemCode", "1100000001");
    assertThat(ItemParams.newGoods(lookup(p), ItemParamsTest::code).isDone()).isTrue();
    Outcome<GoodsUpdate> update = ItemParams.update(lookup(p), ItemParamsTest::code);
    assertThat(update)
        .isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.code()).isEqualTo(ORIGIN));
  }

  @Test
  void reads_a_price_and_quantity_change_with_a_blank_qty_as_keep() {
    Map<String, String> p = Map.of("ItemCode", "1100000001", "Price", "1650", "TaxRate", "8");
    PriceQtyChange c = ItemParams.priceQty(lookup(p)).orElseThrow();
    assertThat(c.qty()).isNull();
    assertThat(c.taxRate()).isEqualTo("8");
    assertThat(c.ref()).isEqualTo(ItemRef.code("1100000001"));
  }
}
