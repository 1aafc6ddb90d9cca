package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.CatalogHarness.OTHER;
import static io.qconnect.marketplace.catalog.CatalogHarness.SHOP;
import static io.qconnect.marketplace.catalog.CatalogHarness.option;
import static io.qconnect.marketplace.catalog.CatalogHarness.single;
import static io.qconnect.marketplace.catalog.CatalogHarness.withOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.catalog.ItemQuery.SearchBy;
import io.qconnect.marketplace.catalog.ItemQuery.StockState;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class CatalogSearchTest {
  @RegisterExtension final CatalogHarness t;

  CatalogSearchTest(Engine engine) {
    t = new CatalogHarness(engine);
  }

  private List<String> codes(ItemQuery q) {
    return t.catalog.search().items(SHOP, q, 1, 50).items().stream().map(Item::sellerCode).toList();
  }

  @Test
  void searches_several_item_codes_or_seller_codes_at_once_and_a_part_of_the_name() {
    Item a = t.register(single("A-1", 1000, 5));
    Item b = t.register(single("B-2", 1000, 5));
    t.register(single("C-3", 1000, 5));
    t.catalog.register(OTHER, single("A-1", 1000, 5)).orElseThrow();

    String both = a.itemCode() + "\n" + b.itemCode() + ", 9999999999";
    assertThat(codes(ItemQuery.of(null, StockState.ALL, SearchBy.ITEM_CODE, both)))
        .containsExactly("A-1", "B-2");
    assertThat(codes(ItemQuery.of(null, StockState.ALL, SearchBy.SELLER_CODE, "C-3 A-1")))
        .containsExactly("A-1", "C-3");
    assertThat(codes(ItemQuery.of(null, StockState.ALL, SearchBy.TITLE, "シャツ b-2")))
        .containsExactly("B-2");
    assertThat(codes(ItemQuery.of(null, StockState.ALL, SearchBy.TITLE, "100%_"))).isEmpty();
  }

  @Test
  void filters_by_sale_status_and_stock_state_and_counts_every_page() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      items.add(t.register(single("S-" + i, 1000, i % 2)));
    }
    t.catalog.editStatus(SHOP, ItemRef.code(items.get(1).itemCode()), "1").orElseThrow();

    ItemList inStock =
        t.catalog
            .search()
            .items(SHOP, ItemQuery.of(null, StockState.IN_STOCK, SearchBy.ITEM_CODE, ""), 2, 2);
    assertThat(inStock.total()).isEqualTo(3);
    assertThat(inStock.pages()).isEqualTo(2);
    assertThat(inStock.items()).extracting(Item::sellerCode).containsExactly("S-5");

    ItemQuery onSaleEmpty =
        ItemQuery.of(ItemStatus.ON_SALE, StockState.OUT_OF_STOCK, SearchBy.ITEM_CODE, "");
    assertThat(codes(onSaleEmpty)).containsExactly("S-0", "S-2", "S-4", "S-6");
    assertThat(t.catalog.search().items(SHOP, ItemQuery.all(), 1, 50).total()).isEqualTo(7);
  }

  @Test
  void lists_options_by_item_code_and_by_seller_sku_code_or_q_stock_code() {
    Item tee =
        t.register(
            withOptions(
                "TEE", 2000, option(0, 3, "TEE-S", "サイズ", "S"), option(100, 4, "", "サイズ", "M")));
    t.register(withOptions("CAP", 1500, option(0, 1, "CAP-F", "サイズ", "F")));
    CatalogSearch s = t.catalog.search();

    CatalogSearch.OptionList all = s.options(SHOP, OptionQuery.all(), 1, 50);
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.options().get(0).sellerCode()).isEqualTo("TEE");
    assertThat(all.options().get(0).kind()).isEqualTo(DataKind.COMBINATION);

    String q = "Q" + tee.itemCode() + "-002";
    List<OptionLine> found = s.options(SHOP, OptionQuery.of("", "CAP-F " + q), 1, 50).options();
    assertThat(found).extracting(l -> l.option().qStockCode()).contains(q);
    assertThat(found).extracting(l -> l.shownCode(true)).containsExactly(q, "CAP-F");
    assertThat(found).extracting(l -> l.shownCode(false)).containsExactly("", "CAP-F");
    assertThat(s.options(SHOP, OptionQuery.of(tee.itemCode(), ""), 1, 50).total()).isEqualTo(2);
    assertThat(s.options(OTHER, OptionQuery.all(), 1, 50).total()).isZero();

    assertThat(s.usesQStockCode(SHOP)).isFalse();
    s.useQStockCode(SHOP, true);
    assertThat(s.usesQStockCode(SHOP)).isTrue();
    s.useQStockCode(SHOP, false);
    assertThat(s.usesQStockCode(SHOP)).isFalse();
  }

  @Test
  void streams_every_matching_item_in_item_code_order() {
    for (int i = 0; i < 5; i++) {
      t.register(single("R-" + i, 1000 + i, i));
    }
    List<GoodsRow> rows = new ArrayList<>();
    t.catalog
        .search()
        .forEachGoods(
            SHOP, ItemQuery.of(null, StockState.IN_STOCK, SearchBy.ITEM_CODE, ""), rows::add);
    assertThat(rows).extracting(GoodsRow::sellerCode).containsExactly("R-1", "R-2", "R-3", "R-4");
    assertThat(rows.get(0).commission()).isEqualTo(100);
    assertThat(rows.get(0)).isEqualTo(GoodsRow.of(t.item(rows.get(0).itemCode())));
  }

  @Test
  void the_item_form_changes_title_price_stock_status_seller_code_and_terms_together() {
    Item item = t.register(single("OLD", 1000, 5));
    ItemTerms terms = new ItemTerms(600, 10, 550, ShippingFeeType.FIXED);
    LocalDate end = LocalDate.of(2027, 1, 31);
    Item saved =
        t.catalog
            .edit(SHOP, new ItemEdit(item.itemCode(), "新しい名前", "NEW", 1200, 8, end, "1", terms))
            .orElseThrow();
    assertThat(t.item(item.itemCode())).isEqualTo(saved);
    assertThat(saved.title()).isEqualTo("新しい名前");
    assertThat(saved.sellerCode()).isEqualTo("NEW");
    assertThat(saved.price()).isEqualTo(1200);
    assertThat(saved.qty()).isEqualTo(8);
    assertThat(saved.expireDate()).isEqualTo(end);
    assertThat(saved.status()).isEqualTo(ItemStatus.SUSPENDED);
    assertThat(saved.terms()).isEqualTo(terms);
    assertThat(saved.commission()).isEqualTo(120);
  }

  @Test
  void a_refused_step_of_the_item_form_writes_nothing() {
    Item item = t.register(withOptions("OPT", 1000, option(0, 3, "OPT-1", "色", "赤")));
    t.register(single("TAKEN", 1000, 1));
    ItemTerms terms = new ItemTerms(1, 10, 0, ShippingFeeType.FREE);
    Outcome<Item> taken =
        t.catalog.edit(
            SHOP,
            new ItemEdit(item.itemCode(), "別名", "TAKEN", 1000, null, item.expireDate(), "", terms));
    assertThat(taken.isDone()).isFalse();
    Outcome<Item> qty =
        t.catalog.edit(
            SHOP, new ItemEdit(item.itemCode(), "別名", "", 1000, 99, item.expireDate(), "", terms));
    assertThat(qty).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused<Item>) qty).code()).isEqualTo(CatalogCodes.QTY_OF_OPTION_ITEM);
    assertThat(t.item(item.itemCode())).isEqualTo(item);
  }

  @Test
  void the_option_form_changes_values_price_stock_and_seller_sku_code_of_one_row() {
    Item item =
        t.register(
            withOptions(
                "TEE", 2000, option(0, 3, "TEE-S", "サイズ", "S"), option(100, 4, "", "サイズ", "M")));
    ItemOption changed =
        t.catalog
            .options()
            .editRow(
                SHOP,
                ItemRef.code(item.itemCode()),
                2,
                o -> o.withValues(List.of("L")).with(200, 9, "TEE-L"))
            .orElseThrow();
    List<ItemOption> after = t.catalog.optionsOf(item.itemCode());
    assertThat(after.get(1)).isEqualTo(changed);
    assertThat(changed.axes().get(0).value()).isEqualTo("L");
    assertThat(changed.optionCode()).isEqualTo("TEE-L");
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(12);

    Outcome<ItemOption> clash =
        t.catalog
            .options()
            .editRow(SHOP, ItemRef.code(item.itemCode()), 2, o -> o.withValues(List.of("S")));
    assertThat(clash.isDone()).isFalse();
    assertThat(t.catalog.optionsOf(item.itemCode())).isEqualTo(after);
  }
}
