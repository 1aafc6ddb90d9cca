package io.qconnect.protocol.item;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A combination option: one to five axes, a price delta relative to the item price (yen, may be
 * negative), a quantity, and the seller's option code (the "Seller SKU Code").
 */
public record InventoryOption(List<OptionAxis> axes, long priceDelta, int qty, String optionCode) {
  public InventoryOption {
    axes = List.copyOf(Objects.requireNonNull(axes, "axes"));
    if (axes.isEmpty() || axes.size() > 5) {
      throw new IllegalArgumentException("an option has 1 to 5 axes, not " + axes.size());
    }
    if (qty < 0) {
      throw new IllegalArgumentException("option quantity is negative: " + qty);
    }
    optionCode = optionCode == null ? "" : optionCode;
  }

  /** The axis names joined as QAPI's unit methods take them: {@code サイズ||*カラー}. */
  public String joinedNames() {
    return axes.stream().map(OptionAxis::name).collect(Collectors.joining(InventoryInfoFormat.COL));
  }

  /** The axis values joined the same way: {@code 70cm||*グレー}. */
  public String joinedValues() {
    return axes.stream()
        .map(OptionAxis::value)
        .collect(Collectors.joining(InventoryInfoFormat.COL));
  }

  /** A human label such as {@code Color: Blue / Size: L}. */
  public String label() {
    return axes.stream().map(a -> a.name() + ": " + a.value()).collect(Collectors.joining(" / "));
  }
}
