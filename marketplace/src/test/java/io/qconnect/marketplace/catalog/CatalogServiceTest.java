package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.CatalogHarness.OTHER;
import static io.qconnect.marketplace.catalog.CatalogHarness.SHOP;
import static io.qconnect.marketplace.catalog.CatalogHarness.option;
import static io.qconnect.marketplace.catalog.CatalogHarness.single;
import static io.qconnect.marketplace.catalog.CatalogHarness.withOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogServiceTest {
  @RegisterExtension final CatalogHarness t = new CatalogHarness(Engine.H2);

  private static int code(Outcome<?> o) {
    return o instanceof Outcome.Refused<?> r ? r.code() : 0;
  }

  @Test
  void lists_a_new_item_on_sale_until_a_year_from_today_when_no_end_date_is_given() {
    Item item = t.register(single("A", 1000, 3));
    assertThat(item.status()).isEqualTo(ItemStatus.ON_SALE);
    assertThat(item.expireDate()).isEqualTo(LocalDate.of(2027, 5, 11));
    assertThat(item.listedAt()).isEqualTo("2026-05-11T10:00:00");
    assertThat(item.settlePrice()).isEqualTo(900);
  }

  @Test
  void refuses_a_seller_code_the_seller_already_uses_and_writes_nothing() {
    t.register(single("DUP", 1000, 3));
    Outcome<Item> again = t.catalog.register(SHOP, single("DUP", 2000, 3));
    assertThat(code(again)).isEqualTo(-10001);
    assertThat(t.catalog.goods(SHOP, ItemStatus.ON_SALE, 1).totalItems()).isEqualTo(1);
  }

  @Test
  void refuses_new_options_that_break_the_price_band_with_a_processing_error() {
    Outcome<Item> out =
        t.catalog.register(
            SHOP, withOptions("X", 1000, option(0, 1, "", "色", "黒"), option(600, 1, "", "色", "白")));
    assertThat(code(out)).isEqualTo(-10101);
    assertThat(((Outcome.Refused<Item>) out).message()).contains("ItemType", "-50%");
    assertThat(t.catalog.goods(SHOP, ItemStatus.ON_SALE, 1).totalItems()).isZero();
  }

  @Test
  void refuses_an_end_date_in_the_past() {
    NewGoods g =
        new NewGoods(
            "",
            CatalogHarness.fields("古い"),
            100,
            "",
            1,
            LocalDate.of(2026, 5, 10),
            "",
            "",
            List.of());
    assertThat(code(t.catalog.register(SHOP, g))).isEqualTo(-10101);
  }

  @Test
  void keeps_the_seller_code_when_an_update_leaves_it_blank_and_replaces_the_fields() {
    Item item = t.register(single("KEEP", 1000, 3));
    ItemFields f = ItemFields.of("新しいタイトル", "320004101");
    Item updated = t.catalog.update(SHOP, new GoodsUpdate(item.itemCode(), "", f)).orElseThrow();
    assertThat(updated.sellerCode()).isEqualTo("KEEP");
    assertThat(t.item(item.itemCode()).fields()).isEqualTo(f);
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(3);
  }

  @Test
  void refuses_an_update_to_a_seller_code_another_item_has() {
    t.register(single("TAKEN", 1000, 3));
    Item item = t.register(single("MINE", 1000, 3));
    Outcome<Item> out =
        t.catalog.update(SHOP, new GoodsUpdate(item.itemCode(), "TAKEN", item.fields()));
    assertThat(code(out)).isEqualTo(-10101);
    assertThat(t.item(item.itemCode()).sellerCode()).isEqualTo("MINE");
  }

  @Test
  void does_not_let_a_seller_update_another_sellers_item() {
    Item item = t.register(single("OWN", 1000, 3));
    Outcome<Item> out =
        t.catalog.update(OTHER, new GoodsUpdate(item.itemCode(), "", item.fields()));
    assertThat(code(out)).isEqualTo(-10001);
  }

  @ParameterizedTest
  @CsvSource({
    "S1, 2, 0, S2",
    "S2, 1, 0, S1",
    "S2, 3, 0, S4",
    "S0, 2, -10002, S0",
    "S3, 2, -10003, S3",
    "S5, 2, -10004, S5",
    "S8, 2, -10005, S8",
    "S4, 2, -10007, S4",
    "S2, 4, -10006, S2"
  })
  void changes_the_sale_status_only_from_where_the_seller_may(
      String from, String status, int expected, String after) {
    Item item = t.register(single("ST", 1000, 3));
    t.catalog.setStatusByQoo10(item.itemCode(), ItemStatus.parse(from).orElseThrow());
    Outcome<Item> out = t.catalog.editStatus(SHOP, ItemRef.code(item.itemCode()), status);
    assertThat(code(out)).isEqualTo(expected);
    assertThat(t.item(item.itemCode()).status().code()).isEqualTo(after);
  }

  @Test
  void sets_price_quantity_tax_and_end_date_of_a_single_sku_item() {
    Item item = t.register(single("PQ", 1000, 3));
    PriceQtyChange c =
        new PriceQtyChange(
            ItemRef.code(item.itemCode()), 1650, 25, LocalDate.of(2027, 12, 31), "8");
    t.catalog.setPriceQty(SHOP, c).orElseThrow();
    Item after = t.item(item.itemCode());
    assertThat(after.price()).isEqualTo(1650);
    assertThat(after.qty()).isEqualTo(25);
    assertThat(after.taxRate()).isEqualTo("8");
    assertThat(after.expireDate()).isEqualTo("2027-12-31");
  }

  @Test
  void refuses_a_quantity_for_an_item_with_options_unless_it_is_their_total() {
    Item item =
        t.register(
            withOptions("OPT", 1000, option(0, 4, "", "色", "黒"), option(0, 6, "", "色", "白")));
    ItemRef ref = ItemRef.code(item.itemCode());
    assertThat(code(t.catalog.setPriceQty(SHOP, new PriceQtyChange(ref, 1200, 99, null, ""))))
        .isEqualTo(-10003);
    assertThat(code(t.catalog.setPriceQty(SHOP, new PriceQtyChange(ref, 1200, 10, null, ""))))
        .isZero();
    assertThat(code(t.catalog.setPriceQty(SHOP, new PriceQtyChange(ref, 1300, null, null, ""))))
        .isZero();
    assertThat(t.item(item.itemCode()).price()).isEqualTo(1300);
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(10);
  }

  @Test
  void refuses_a_price_at_which_an_option_delta_would_exceed_half_of_it() {
    Item item =
        t.register(
            withOptions("BAND", 1000, option(0, 1, "", "色", "黒"), option(400, 1, "", "色", "白")));
    PriceQtyChange c = new PriceQtyChange(ItemRef.code(item.itemCode()), 700, null, null, "");
    assertThat(code(t.catalog.setPriceQty(SHOP, c))).isEqualTo(-10002);
    assertThat(t.item(item.itemCode()).price()).isEqualTo(1000);
  }

  @Test
  void applies_the_good_rows_of_a_bulk_change_and_reports_the_bad_ones() {
    Item item = t.register(single("BULK", 1000, 3));
    List<Outcome<PriceQtyChange>> rows =
        List.of(
            Outcome.done(new PriceQtyChange(ItemRef.code(item.itemCode()), 1100, 9, null, "")),
            Outcome.done(new PriceQtyChange(ItemRef.code("1999999999"), 1100, 9, null, "")),
            Outcome.refused(-10101, "bad row"));
    List<Outcome<Item>> out = t.catalog.setPriceQtyBulk(SHOP, rows);
    assertThat(out).extracting(CatalogServiceTest::code).containsExactly(0, -10001, -10101);
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(9);
  }

  @Test
  void pages_the_goods_list_by_five_hundred_in_item_code_order() {
    for (int i = 0; i < 501; i++) {
      t.register(single("P-" + i, 100, 1));
    }
    var first = t.catalog.goods(SHOP, ItemStatus.ON_SALE, 1);
    var second = t.catalog.goods(SHOP, ItemStatus.ON_SALE, 2);
    assertThat(first.totalItems()).isEqualTo(501);
    assertThat(first.totalPages()).isEqualTo(2);
    assertThat(first.items()).hasSize(500);
    assertThat(second.items())
        .singleElement()
        .satisfies(i -> assertThat(i.sellerCode()).isEqualTo("P-500"));
    assertThat(t.catalog.goods(OTHER, ItemStatus.ON_SALE, 1).totalPages()).isZero();
  }

  @Test
  void lists_a_page_of_whole_items_with_the_total_for_screens() {
    Item item = t.register(single("W-1", 1200, 3));
    ItemList page = t.catalog.items(SHOP, ItemStatus.ON_SALE, 1);
    assertThat(page.total()).isEqualTo(1);
    assertThat(page.pages()).isEqualTo(1);
    assertThat(page.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.itemCode()).isEqualTo(item.itemCode());
              assertThat(i.price()).isEqualTo(1200);
            });
    assertThat(t.catalog.items(OTHER, ItemStatus.ON_SALE, 1).items()).isEmpty();
  }
}
