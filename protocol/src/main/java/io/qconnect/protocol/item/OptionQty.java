package io.qconnect.protocol.item;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One element of UpdateInventoryDataBulk's {@code ItemInfoJson} that sets an option's quantity only
 * (docs/qapi.md §7.8): the option is named by its axes; {@code Price} and {@code OptionCode} are
 * sent blank, so the option's price delta and code stay as they are on Qoo10.
 *
 * @param itemCode the Qoo10 item code
 * @param sellerCode the seller's item code, or ""
 * @param option the option (only its axes are sent)
 * @param qty the quantity to set, 0 or more
 */
public record OptionQty(String itemCode, String sellerCode, InventoryOption option, int qty) {
  public OptionQty {
    Objects.requireNonNull(option, "option");
    itemCode = itemCode == null ? "" : itemCode;
    sellerCode = sellerCode == null ? "" : sellerCode;
    if (qty < 0) {
      throw new IllegalArgumentException("option quantity is negative: " + qty);
    }
  }

  /** The wire parameters in order (those of UpdateInventoryDataUnit). */
  public Map<String, String> wire() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ItemCode", itemCode);
    m.put("SellerCode", sellerCode);
    m.put("OptionName", option.joinedNames());
    m.put("OptionValue", option.joinedValues());
    m.put("OptionCode", "");
    m.put("Price", "");
    m.put("Qty", Integer.toString(qty));
    return m;
  }
}
