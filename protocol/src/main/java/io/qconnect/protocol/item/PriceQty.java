package io.qconnect.protocol.item;

import io.qconnect.protocol.wire.QapiDates;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * SetGoodsPriceQty's parameters, and one element of SetGoodsPriceQtyBulk's {@code ItemInfoJson}
 * (docs/qapi.md §7.7). Price and quantity of a single-SKU item; option stock goes through
 * ItemsOptions.
 *
 * @param itemCode the Qoo10 item code
 * @param sellerCode the seller's item code, or ""
 * @param price yen, 1 to 999,999,999
 * @param qty 0 or more
 * @param expireDate the sale end date, or null (the service then uses one year from today)
 * @param taxRate S, 10, 8 or 0; "" to leave it
 */
public record PriceQty(
    String itemCode, String sellerCode, long price, int qty, LocalDate expireDate, String taxRate) {

  public static final long MAX_PRICE = 999_999_999L;

  public PriceQty {
    Objects.requireNonNull(itemCode, "itemCode");
    sellerCode = sellerCode == null ? "" : sellerCode;
    taxRate = taxRate == null ? "" : taxRate;
    if (itemCode.isBlank() && sellerCode.isBlank()) {
      throw new IllegalArgumentException("ItemCode or SellerCode is required");
    }
    if (price < 1 || price > MAX_PRICE) {
      throw new IllegalArgumentException("Price must be 1..999,999,999 yen, not " + price);
    }
    if (qty < 0) {
      throw new IllegalArgumentException("Qty is negative: " + qty);
    }
  }

  /** The wire parameters in order. */
  public Map<String, String> wire() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ItemCode", itemCode);
    m.put("SellerCode", sellerCode);
    m.put("Price", Long.toString(price));
    m.put("Qty", Integer.toString(qty));
    m.put("ExpireDate", expireDate == null ? "" : QapiDates.ISO_DATE.format(expireDate));
    m.put("TaxRate", taxRate);
    return m;
  }
}
