package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.CatalogHarness.option;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.protocol.item.InventoryOption;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionRulesTest {

  @Test
  void accepts_deltas_of_exactly_half_the_price_either_way() {
    List<InventoryOption> opts =
        List.of(
            option(0, 1, "A", "カラー", "黒"),
            option(500, 1, "B", "カラー", "白"),
            option(-500, 1, "C", "カラー", "赤"));
    assertThat(OptionRules.check(1000, opts)).isEmpty();
  }

  @Test
  void refuses_an_option_price_outside_half_the_item_price() {
    List<InventoryOption> opts =
        List.of(option(0, 1, "A", "カラー", "黒"), option(-501, 1, "B", "カラー", "白"));
    assertThat(OptionRules.check(1000, opts))
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(CatalogCodes.OPTION_PRICE));
  }

  @Test
  void refuses_options_of_which_none_costs_nothing_extra() {
    List<InventoryOption> opts =
        List.of(option(100, 1, "A", "カラー", "黒"), option(200, 1, "B", "カラー", "白"));
    assertThat(OptionRules.check(1000, opts))
        .hasValueSatisfying(
            r -> {
              assertThat(r.code()).isEqualTo(CatalogCodes.OPTION_PRICE);
              assertThat(r.message()).contains("0");
            });
  }

  @Test
  void refuses_a_combination_or_an_option_code_that_appears_twice() {
    List<InventoryOption> sameCombo =
        List.of(option(0, 1, "A", "カラー", "黒"), option(0, 1, "B", "カラー", "黒"));
    List<InventoryOption> sameCode =
        List.of(option(0, 1, "A", "カラー", "黒"), option(0, 1, "A", "カラー", "白"));
    assertThat(OptionRules.check(1000, sameCombo))
        .hasValueSatisfying(r -> assertThat(r.message()).contains("appears twice"));
    assertThat(OptionRules.check(1000, sameCode))
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(CatalogCodes.OPTION_CONFLICT));
  }

  @Test
  void refuses_options_whose_axes_differ() {
    List<InventoryOption> opts =
        List.of(option(0, 1, "A", "カラー", "黒"), option(0, 1, "B", "サイズ", "M"));
    assertThat(OptionRules.check(1000, opts))
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(CatalogCodes.OPTION_CONFLICT));
  }

  @Test
  void refuses_a_total_stock_past_the_largest_quantity() {
    List<InventoryOption> opts =
        List.of(option(0, Integer.MAX_VALUE, "A", "カラー", "黒"), option(0, 1, "B", "カラー", "白"));
    assertThat(OptionRules.check(1000, opts))
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(CatalogCodes.OPTION_CONFLICT));
  }

  @Test
  void accepts_no_options_at_all() {
    assertThat(OptionRules.check(1, List.of())).isEmpty();
  }
}
