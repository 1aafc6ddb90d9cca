package io.qconnect.protocol.item;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of ItemsLookup.GetGoodsInventoryInfo (docs/qapi.md §7.3): one combination option with up to
 * five name/value axes, its price delta, quantity and the seller's option code ({@code
 * ItemTypeCode}).
 */
public record InventoryRow(
    @JsonProperty("Name1") String name1,
    @JsonProperty("Value1") String value1,
    @JsonProperty("Name2") String name2,
    @JsonProperty("Value2") String value2,
    @JsonProperty("Name3") String name3,
    @JsonProperty("Value3") String value3,
    @JsonProperty("Name4") String name4,
    @JsonProperty("Value4") String value4,
    @JsonProperty("Name5") String name5,
    @JsonProperty("Value5") String value5,
    @JsonProperty("Price") BigDecimal price,
    @JsonProperty("Qty") Integer qty,
    @JsonProperty("ItemTypeCode") String itemTypeCode) {

  public InventoryRow {
    name1 = orEmpty(name1);
    value1 = orEmpty(value1);
    name2 = orEmpty(name2);
    value2 = orEmpty(value2);
    name3 = orEmpty(name3);
    value3 = orEmpty(value3);
    name4 = orEmpty(name4);
    value4 = orEmpty(value4);
    name5 = orEmpty(name5);
    value5 = orEmpty(value5);
    price = price == null ? BigDecimal.ZERO : price;
    qty = qty == null ? 0 : qty;
    itemTypeCode = orEmpty(itemTypeCode);
  }

  /** Renders an option; axes beyond the fifth are not representable. */
  public static InventoryRow of(InventoryOption o) {
    List<OptionAxis> a = o.axes();
    String[] nv = new String[10];
    for (int i = 0; i < 5; i++) {
      nv[2 * i] = i < a.size() ? a.get(i).name() : "";
      nv[2 * i + 1] = i < a.size() ? a.get(i).value() : "";
    }
    return new InventoryRow(
        nv[0],
        nv[1],
        nv[2],
        nv[3],
        nv[4],
        nv[5],
        nv[6],
        nv[7],
        nv[8],
        nv[9],
        BigDecimal.valueOf(o.priceDelta()),
        o.qty(),
        o.optionCode());
  }

  /** Reads the row back as an option. */
  public InventoryOption toOption() {
    String[] names = {name1, name2, name3, name4, name5};
    String[] values = {value1, value2, value3, value4, value5};
    List<OptionAxis> axes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      if (!names[i].isEmpty() || !values[i].isEmpty()) {
        axes.add(new OptionAxis(names[i], values[i]));
      }
    }
    return new InventoryOption(axes, price.longValue(), qty, itemTypeCode);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
