package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.CatalogHarness.SHOP;
import static io.qconnect.marketplace.catalog.CatalogHarness.option;
import static io.qconnect.marketplace.catalog.CatalogHarness.single;
import static io.qconnect.marketplace.catalog.CatalogHarness.withOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.protocol.item.OptionAxis;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OptionServiceTest {
  @RegisterExtension final CatalogHarness t = new CatalogHarness(Engine.H2);
  private final OptionService options = t.catalog.options();

  private static int code(Outcome<?> o) {
    return o instanceof Outcome.Refused<?> r ? r.code() : 0;
  }

  private static OptionKey key(String name, String value) {
    return OptionKey.of(List.of(new OptionAxis(name, value)));
  }

  @Test
  void turns_a_single_sku_item_into_an_option_item_on_its_first_option() {
    Item item = t.register(single("ONE", 1000, 50));
    ItemRef ref = ItemRef.code(item.itemCode());
    options.insert(SHOP, ref, option(0, 3, "ONE-S", "サイズ", "S")).orElseThrow();
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(3);
    ItemOption m = options.insert(SHOP, ref, option(100, 4, "ONE-M", "サイズ", "M")).orElseThrow();
    assertThat(m.seq()).isEqualTo(2);
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(7);
  }

  @Test
  void refuses_to_insert_an_existing_row_or_one_with_other_axes() {
    Item item = t.register(withOptions("DUP", 1000, option(0, 1, "", "サイズ", "S")));
    ItemRef ref = ItemRef.code(item.itemCode());
    assertThat(code(options.insert(SHOP, ref, option(0, 1, "", "サイズ", "S")))).isEqualTo(-10004);
    assertThat(code(options.insert(SHOP, ref, option(0, 1, "", "カラー", "黒")))).isEqualTo(-10004);
    assertThat(t.catalog.optionsOf(item.itemCode())).hasSize(1);
  }

  @Test
  void updates_a_row_found_by_its_axes_or_by_its_code() {
    Item item =
        t.register(
            withOptions(
                "UPD", 1000, option(0, 1, "U-S", "サイズ", "S"), option(0, 1, "U-M", "サイズ", "M")));
    ItemRef ref = ItemRef.code(item.itemCode());
    options.update(SHOP, ref, key("サイズ", "M"), o -> o.with(200, 8, "U-M2")).orElseThrow();
    options.update(SHOP, ref, new OptionKey(List.of(), "U-S"), o -> o.withQty(5)).orElseThrow();
    assertThat(t.catalog.optionsOf(item.itemCode()))
        .extracting(ItemOption::qty, ItemOption::priceDelta, ItemOption::optionCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, 0L, "U-S"),
            org.assertj.core.groups.Tuple.tuple(8, 200L, "U-M2"));
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(13);
  }

  @Test
  void refuses_to_change_a_row_that_does_not_exist() {
    Item item = t.register(withOptions("NF", 1000, option(0, 1, "", "サイズ", "S")));
    ItemRef ref = ItemRef.code(item.itemCode());
    assertThat(code(options.update(SHOP, ref, key("サイズ", "XL"), o -> o.withQty(1))))
        .isEqualTo(-10005);
    assertThat(code(options.delete(SHOP, ref, key("サイズ", "XL")))).isEqualTo(-10005);
    assertThat(code(options.delete(SHOP, ItemRef.code("1999999999"), key("サイズ", "S"))))
        .isEqualTo(-10001);
  }

  @Test
  void refuses_to_delete_the_last_zero_yen_option_while_others_remain() {
    Item item =
        t.register(
            withOptions(
                "ZERO", 1000, option(0, 1, "", "サイズ", "S"), option(100, 1, "", "サイズ", "M")));
    ItemRef ref = ItemRef.code(item.itemCode());
    assertThat(code(options.delete(SHOP, ref, key("サイズ", "S")))).isEqualTo(-10003);
    options.delete(SHOP, ref, key("サイズ", "M")).orElseThrow();
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(1);
  }

  @Test
  void leaves_an_item_without_stock_when_its_last_option_goes() {
    Item item = t.register(withOptions("LAST", 1000, option(0, 9, "", "サイズ", "S")));
    options.delete(SHOP, ItemRef.code(item.itemCode()), key("サイズ", "S")).orElseThrow();
    assertThat(t.catalog.optionsOf(item.itemCode())).isEmpty();
    assertThat(t.item(item.itemCode()).qty()).isZero();
  }

  @Test
  void refuses_a_replacement_set_that_breaks_a_rule_and_keeps_the_old_one() {
    Item item = t.register(withOptions("KEEP", 1000, option(0, 2, "K", "サイズ", "S")));
    Outcome<List<ItemOption>> out =
        options.replace(
            SHOP, ItemRef.code(item.itemCode()), List.of(option(100, 1, "", "サイズ", "M")));
    assertThat(code(out)).isEqualTo(-10003);
    assertThat(t.catalog.optionsOf(item.itemCode()))
        .extracting(ItemOption::optionCode)
        .containsExactly("K");
  }
}
