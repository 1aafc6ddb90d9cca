package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.InventoryOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What ItemsBasic.SetNewGoods registers (docs/qapi.md §7.4).
 *
 * @param sellerCode the seller's item code, "" for none
 * @param price the sale price in yen
 * @param taxRate S, 10, 8 or 0
 * @param qty the stock of an item without options; ignored when there are options, whose quantities
 *     add up to the item's
 * @param expireDate the last day of sale; null for one year from today
 * @param options the combination options ({@code ItemType}), prices as deltas
 */
public record NewGoods(
    String sellerCode,
    ItemFields fields,
    long price,
    String taxRate,
    int qty,
    LocalDate expireDate,
    String imageUrl,
    String description,
    List<InventoryOption> options) {

  public NewGoods {
    Objects.requireNonNull(fields, "fields");
    sellerCode = sellerCode == null ? "" : sellerCode;
    taxRate = taxRate == null || taxRate.isBlank() ? "S" : taxRate;
    imageUrl = imageUrl == null ? "" : imageUrl;
    description = description == null ? "" : description;
    options = options == null ? List.of() : List.copyOf(options);
    if (price < 1 || price > ItemFields.MAX_PRICE) {
      throw new IllegalArgumentException("ItemPrice must be 1..999,999,999, not " + price);
    }
    if (qty < 0) {
      throw new IllegalArgumentException("ItemQty is negative: " + qty);
    }
  }

  /** The stock the item starts with. */
  public int startingQty() {
    return options.isEmpty() ? qty : options.stream().mapToInt(InventoryOption::qty).sum();
  }
}
