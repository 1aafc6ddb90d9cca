package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.OptionAxis;
import java.util.List;
import java.util.Objects;

/**
 * A combination option of an item as stored: its place in the item's list, one to three axes (e.g.
 * カラー=ブラック, サイズ=M), the price delta to the item price, the stock and the seller's option code (the
 * "Seller SKU Code", {@code ItemTypeCode} on the wire, "" when none).
 */
public record ItemOption(
    String itemCode, int seq, List<OptionAxis> axes, long priceDelta, int qty, String optionCode) {

  public static final int MAX_AXES = 3;

  public ItemOption {
    Objects.requireNonNull(itemCode, "itemCode");
    axes = List.copyOf(Objects.requireNonNull(axes, "axes"));
    optionCode = optionCode == null ? "" : optionCode;
    if (axes.isEmpty() || axes.size() > MAX_AXES) {
      throw new IllegalArgumentException("an option has 1 to 3 axes, not " + axes.size());
    }
    if (qty < 0) {
      throw new IllegalArgumentException("option stock is negative: " + qty);
    }
  }

  public static ItemOption of(String itemCode, int seq, InventoryOption o) {
    return new ItemOption(itemCode, seq, o.axes(), o.priceDelta(), o.qty(), o.optionCode());
  }

  public InventoryOption toInventoryOption() {
    return new InventoryOption(axes, priceDelta, qty, optionCode);
  }

  /** The axis names joined with {@code ||*}, as the unit methods name a row. */
  public String joinedNames() {
    return toInventoryOption().joinedNames();
  }

  /** The axis values joined with {@code ||*}. */
  public String joinedValues() {
    return toInventoryOption().joinedValues();
  }

  /**
   * The option's Q-在庫コード, the code the marketplace gives every option: {@code Q}, the item code,
   * {@code -} and the option's place in the item from 001 (docs/catalogue-files.md).
   */
  public String qStockCode() {
    return qStockCode(itemCode, seq);
  }

  static String qStockCode(String itemCode, int seq) {
    return "Q" + itemCode + "-" + (seq < 10 ? "00" : seq < 100 ? "0" : "") + seq;
  }

  /** The same axes with other values, in order; a blank value keeps the axis's current one. */
  public ItemOption withValues(List<String> values) {
    List<OptionAxis> next = new java.util.ArrayList<>();
    for (int i = 0; i < axes.size(); i++) {
      String v = i < values.size() && !values.get(i).isBlank() ? values.get(i).strip() : null;
      next.add(v == null ? axes.get(i) : new OptionAxis(axes.get(i).name(), v));
    }
    return new ItemOption(itemCode, seq, next, priceDelta, qty, optionCode);
  }

  public ItemOption withQty(int q) {
    return new ItemOption(itemCode, seq, axes, priceDelta, q, optionCode);
  }

  public ItemOption with(long delta, int q, String code) {
    return new ItemOption(itemCode, seq, axes, delta, q, code);
  }
}
