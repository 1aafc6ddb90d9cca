package io.qconnect.hub.stock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One sellable unit of a shop on Qoo10: an item without options ({@code optionValue} "") or one of
 * its combination options, with the hub SKU it maps to (null: unlinked) and the last push.
 *
 * @param optionValue the option's values joined with {@code ||*} (docs/qapi.md §7.8)
 * @param qoo10Qty the quantity Qoo10 showed at the last import or read-back
 */
public record Listing(
    long id,
    String shopId,
    String itemCode,
    String optionValue,
    String optionName,
    String optionCode,
    String sellerCode,
    String title,
    long price,
    LocalDate expireDate,
    int qoo10Qty,
    String sku,
    String mappedBy,
    Integer pushedQty,
    Instant pushedAt,
    String pushError,
    boolean pushPending) {

  public boolean isOption() {
    return !optionValue.isEmpty();
  }

  /** The code an automatic mapping matches: the option code, or the item's seller code. */
  public String code() {
    return isOption() ? optionCode : sellerCode;
  }
}
