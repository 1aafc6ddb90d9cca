package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.OptionAxis;
import java.util.List;
import java.util.Objects;

/**
 * How the ItemsOptions unit methods name one option row: by its axes (OptionName + OptionValue,
 * docs/qapi.md §7.8) or, when both of those are blank, by the seller option code.
 */
public record OptionKey(List<OptionAxis> axes, String optionCode) {
  public OptionKey {
    axes = List.copyOf(Objects.requireNonNull(axes, "axes"));
    optionCode = optionCode == null ? "" : optionCode;
    if (axes.isEmpty() && optionCode.isEmpty()) {
      throw new IllegalArgumentException("an option is named by its axes or its option code");
    }
  }

  public static OptionKey of(List<OptionAxis> axes) {
    return new OptionKey(axes, "");
  }

  public boolean matches(ItemOption o) {
    return axes.isEmpty() ? optionCode.equals(o.optionCode()) : axes.equals(o.axes());
  }

  public String label() {
    return axes.isEmpty()
        ? "option code " + optionCode
        : String.join(" / ", axes.stream().map(a -> a.name() + ": " + a.value()).toList());
  }
}
