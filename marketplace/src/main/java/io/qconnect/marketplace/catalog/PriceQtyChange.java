package io.qconnect.marketplace.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What ItemsOrder.SetGoodsPriceQty (and each SetGoodsPriceQtyBulk row) changes (docs/qapi.md §7.7).
 *
 * @param price the new price in yen
 * @param qty the new stock, or null to leave it (a blank {@code Qty})
 * @param expireDate the new last day of sale, or null for one year from today (as documented for an
 *     empty {@code ExpireDate})
 * @param taxRate S, 10, 8 or 0; "" leaves it
 */
public record PriceQtyChange(
    ItemRef ref, long price, Integer qty, LocalDate expireDate, String taxRate) {
  public PriceQtyChange {
    Objects.requireNonNull(ref, "ref");
    taxRate = taxRate == null ? "" : taxRate;
    if (price < 1 || price > ItemFields.MAX_PRICE) {
      throw new IllegalArgumentException("Price must be 1..999,999,999, not " + price);
    }
    if (qty != null && qty < 0) {
      throw new IllegalArgumentException("Qty is negative: " + qty);
    }
  }
}
