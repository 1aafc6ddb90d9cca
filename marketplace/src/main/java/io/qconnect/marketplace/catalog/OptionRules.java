package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.OptionAxis;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a whole set of combination options obeys (docs/qapi.md §7.8, 12.8): every option has
 * the same axis names, no combination or option code appears twice, every price delta lies within
 * half the item price either way, and at least one option costs nothing extra.
 */
final class OptionRules {
  static final int MAX_NAME = 50;
  static final int MAX_CODE = 100;

  private OptionRules() {}

  /** The first broken rule, as the refusal to answer; empty when the set is fine. */
  static Optional<Outcome.Refused<Void>> check(long itemPrice, List<InventoryOption> options) {
    if (options.isEmpty()) {
      return Optional.empty();
    }
    return shape(options)
        .or(() -> duplicates(options))
        .or(() -> total(options))
        .or(() -> prices(itemPrice, options));
  }

  private static Optional<Outcome.Refused<Void>> shape(List<InventoryOption> options) {
    List<String> names = names(options.get(0));
    for (InventoryOption o : options) {
      if (o.axes().size() > ItemOption.MAX_AXES) {
        return conflict("an option has 1 to 3 axes: " + o.label());
      }
      if (!names(o).equals(names)) {
        return conflict(
            "every option needs the axes " + String.join("/", names) + ": " + o.label());
      }
      for (OptionAxis a : o.axes()) {
        if (a.name().length() > MAX_NAME || a.value().length() > MAX_NAME) {
          return conflict("option names and values have at most 50 characters: " + o.label());
        }
      }
      if (o.optionCode().length() > MAX_CODE) {
        return conflict("an option code has at most 100 characters: " + o.optionCode());
      }
    }
    return Optional.empty();
  }

  private static Optional<Outcome.Refused<Void>> duplicates(List<InventoryOption> options) {
    Set<List<OptionAxis>> combos = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (InventoryOption o : options) {
      if (!combos.add(o.axes())) {
        return conflict("the option " + o.label() + " appears twice");
      }
      if (!o.optionCode().isEmpty() && !codes.add(o.optionCode())) {
        return conflict("the option code " + o.optionCode() + " appears twice");
      }
    }
    return Optional.empty();
  }

  private static Optional<Outcome.Refused<Void>> total(List<InventoryOption> options) {
    long sum = options.stream().mapToLong(InventoryOption::qty).sum();
    return sum > Integer.MAX_VALUE
        ? conflict("the options' total stock exceeds " + Integer.MAX_VALUE)
        : Optional.empty();
  }

  private static Optional<Outcome.Refused<Void>> prices(
      long itemPrice, List<InventoryOption> options) {
    for (InventoryOption o : options) {
      if (Math.abs(o.priceDelta()) * 2 > itemPrice) {
        return Optional.of(
            new Outcome.Refused<>(
                CatalogCodes.OPTION_PRICE,
                "The option price must be within -50% to +50% of the item price ("
                    + itemPrice
                    + " yen): "
                    + o.label()
                    + " "
                    + o.priceDelta()));
      }
    }
    if (options.stream().noneMatch(o -> o.priceDelta() == 0)) {
      return Optional.of(
          new Outcome.Refused<>(
              CatalogCodes.OPTION_PRICE, "At least one option must have an option price of 0."));
    }
    return Optional.empty();
  }

  /** True when every option's delta stays within half of this price. */
  static boolean fits(long itemPrice, List<ItemOption> options) {
    return options.stream().allMatch(o -> Math.abs(o.priceDelta()) * 2 <= itemPrice);
  }

  private static List<String> names(InventoryOption o) {
    return o.axes().stream().map(OptionAxis::name).toList();
  }

  private static Optional<Outcome.Refused<Void>> conflict(String message) {
    return Optional.of(new Outcome.Refused<>(CatalogCodes.OPTION_CONFLICT, message));
  }
}
