package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.CatalogHarness.OTHER;
import static io.qconnect.marketplace.catalog.CatalogHarness.SHOP;
import static io.qconnect.marketplace.catalog.CatalogHarness.option;
import static io.qconnect.marketplace.catalog.CatalogHarness.single;
import static io.qconnect.marketplace.catalog.CatalogHarness.withOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbcCatalogStoreTest {
  @RegisterExtension final CatalogHarness t;

  JdbcCatalogStoreTest(Engine engine) {
    t = new CatalogHarness(engine);
  }

  @Test
  void assigns_ten_digit_item_codes_from_the_sequence() {
    Item first = t.register(single("A-1", 1000, 5));
    Item second = t.register(single("A-2", 1000, 5));
    assertThat(first.itemCode()).isEqualTo("1100000001").hasSize(10);
    assertThat(Long.parseLong(second.itemCode())).isEqualTo(1100000002L);
    assertThat(t.item(first.itemCode())).isEqualTo(first);
  }

  @Test
  void finds_an_item_by_item_code_or_seller_code_only_for_its_own_seller() {
    Item item = t.register(single("MUG-1", 1480, 3));
    List<Item> found =
        t.jdbi.inTransaction(
            h ->
                List.of(
                    t.store.find(h, SHOP, ItemRef.code(item.itemCode())).orElseThrow(),
                    t.store.find(h, SHOP, new ItemRef("", "MUG-1")).orElseThrow()));
    assertThat(found).containsOnly(item);
    assertThat(t.catalog.find(OTHER, ItemRef.code(item.itemCode()))).isEmpty();
    assertThat(t.catalog.find(OTHER, new ItemRef("", "MUG-1"))).isEmpty();
    assertThat(t.catalog.find(SHOP, new ItemRef("", ""))).isEmpty();
  }

  @Test
  void lets_two_sellers_use_the_same_seller_code() {
    t.register(single("SKU-0001", 1000, 1));
    Outcome<Item> other = t.catalog.register(OTHER, single("SKU-0001", 1000, 1));
    assertThat(other.isDone()).isTrue();
    assertThat(other.orElseThrow().sellerId()).isEqualTo(OTHER);
  }

  @Test
  void keeps_the_item_quantity_the_sum_of_its_options() {
    Item item =
        t.register(
            withOptions(
                "TS-1",
                2980,
                option(0, 12, "TS-BLU-L", "カラー", "ブルー", "サイズ", "L"),
                option(300, 5, "TS-WHT-XL", "カラー", "ホワイト", "サイズ", "XL")));
    assertThat(item.qty()).isEqualTo(17);
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(17);
    t.catalog
        .options()
        .replace(SHOP, ItemRef.code(item.itemCode()), List.of(option(0, 4, "X", "カラー", "黒")))
        .orElseThrow();
    assertThat(t.item(item.itemCode()).qty()).isEqualTo(4);
    assertThat(t.catalog.optionsOf(item.itemCode()))
        .singleElement()
        .satisfies(o -> assertThat(o.joinedValues()).isEqualTo("黒"));
  }

  @Test
  void finds_an_option_by_its_code_and_by_its_joined_names_and_values() {
    Item item =
        t.register(
            withOptions(
                "TS-2",
                2980,
                option(0, 1, "TS-BLU-L", "カラー", "ブルー", "サイズ", "L"),
                option(0, 1, "", "カラー", "グレー", "サイズ", "M")));
    String code = item.itemCode();
    t.jdbi.inTransaction(
        h -> {
          assertThat(t.store.findOption(h, code, "TS-BLU-L").orElseThrow().seq()).isEqualTo(1);
          assertThat(t.store.findOption(h, code, "カラー||*サイズ", "グレー||*M").orElseThrow().seq())
              .isEqualTo(2);
          assertThat(t.store.findOption(h, code, "カラー||*サイズ", "グレー||*L")).isEmpty();
          return null;
        });
  }

  @Test
  void takes_stock_of_a_single_sku_item_but_never_more_than_is_left() {
    String code = t.register(single("A", 1000, 5)).itemCode();
    assertThat(t.take(code, "", 3)).isTrue();
    assertThat(t.take(code, "", 3)).isFalse();
    assertThat(t.item(code).qty()).isEqualTo(2);
    assertThat(t.take(code, "", 2)).isTrue();
    assertThat(t.item(code).qty()).isZero();
  }

  @Test
  void takes_stock_of_an_option_and_lowers_the_item_total() {
    String code =
        t.register(
                withOptions(
                    "B",
                    2000,
                    option(0, 2, "B-BLK", "カラー", "ブラック"),
                    option(100, 7, "B-WHT", "カラー", "ホワイト")))
            .itemCode();
    assertThat(t.take(code, "B-BLK", 2)).isTrue();
    assertThat(t.take(code, "B-BLK", 1)).isFalse();
    assertThat(t.item(code).qty()).isEqualTo(7);
    assertThat(t.catalog.optionsOf(code)).extracting(ItemOption::qty).containsExactly(0, 7);
  }

  @Test
  void takes_and_returns_stock_of_an_option_without_a_code_found_by_its_axes() {
    String code = t.register(withOptions("C", 2000, option(0, 3, "", "サイズ", "M"))).itemCode();
    ItemOption m = t.jdbi.inTransaction(h -> t.store.findOption(h, code, "サイズ", "M").orElseThrow());
    assertThat(t.take(m, 3)).isTrue();
    assertThat(t.take(m, 1)).isFalse();
    assertThat(t.giveBack(m, 2)).isTrue();
    assertThat(t.item(code).qty()).isEqualTo(2);
  }

  @Test
  void returns_stock_to_an_item_and_to_an_option() {
    String plain = t.register(single("D", 1000, 1)).itemCode();
    String opt = t.register(withOptions("E", 1000, option(0, 1, "E-S", "サイズ", "S"))).itemCode();
    t.giveBack(plain, "", 4);
    t.giveBack(opt, "E-S", 2);
    assertThat(t.item(plain).qty()).isEqualTo(5);
    assertThat(t.item(opt).qty()).isEqualTo(3);
    assertThat(t.catalog.optionsOf(opt).get(0).qty()).isEqualTo(3);
  }

  @Test
  void returns_nothing_to_an_option_that_no_longer_exists() {
    String code = t.register(withOptions("F", 1000, option(0, 1, "F-S", "サイズ", "S"))).itemCode();
    t.catalog
        .options()
        .replace(SHOP, ItemRef.code(code), List.of(option(0, 1, "F-M", "サイズ", "M")))
        .orElseThrow();
    assertThat(t.giveBack(code, "F-S", 5)).isFalse();
    assertThat(t.item(code).qty()).isEqualTo(1);
  }

  @Test
  void refuses_to_take_stock_without_naming_an_existing_item_and_option() {
    String code = t.register(withOptions("G", 1000, option(0, 9, "G-S", "サイズ", "S"))).itemCode();
    assertThatThrownBy(() -> t.take(code, "", 1))
        .isInstanceOf(MarketplaceException.class)
        .hasMessageContaining("has options");
    assertThatThrownBy(() -> t.take(code, "G-XL", 1)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> t.take("1999999999", "", 1)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> t.take(code, "G-S", 0)).isInstanceOf(MarketplaceException.class);
    assertThat(t.item(code).qty()).isEqualTo(9);
  }

  @Test
  void never_takes_more_than_the_stock_when_eight_threads_race() throws Exception {
    String code = t.register(single("RACE", 1000, 50)).itemCode();
    assertThat(race(t, code, "")).isEqualTo(50);
    assertThat(t.item(code).qty()).isZero();
  }

  @Test
  void never_oversells_an_option_when_eight_threads_race() throws Exception {
    String code =
        t.register(
                withOptions(
                    "RACE-OPT",
                    1000,
                    option(0, 50, "R-S", "サイズ", "S"),
                    option(0, 7, "R-M", "サイズ", "M")))
            .itemCode();
    assertThat(race(t, code, "R-S")).isEqualTo(50);
    assertThat(t.item(code).qty()).isEqualTo(7);
    assertThat(t.catalog.optionsOf(code)).extracting(ItemOption::qty).containsExactly(0, 7);
  }

  /** Eight threads each try to take one unit twenty times; answers how many takes succeeded. */
  private static int race(CatalogHarness t, String code, String optionCode) throws Exception {
    AtomicInteger taken = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Callable<Void> buyer =
          () -> {
            for (int i = 0; i < 20; i++) {
              if (t.take(code, optionCode, 1)) {
                taken.incrementAndGet();
              }
            }
            return null;
          };
      List<Future<Void>> runs = pool.invokeAll(java.util.Collections.nCopies(8, buyer));
      for (Future<Void> f : runs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return taken.get();
  }
}
