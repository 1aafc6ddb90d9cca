package io.qconnect.marketplace.catalog;

/**
 * How a call names an item: by the Qoo10 item code or by the seller's own item code. When both are
 * given the item code decides, as the item code is what Qoo10 itself keys on.
 */
public record ItemRef(String itemCode, String sellerCode) {
  public ItemRef {
    itemCode = itemCode == null ? "" : itemCode.strip();
    sellerCode = sellerCode == null ? "" : sellerCode.strip();
  }

  public static ItemRef code(String itemCode) {
    return new ItemRef(itemCode, "");
  }

  public boolean isEmpty() {
    return itemCode.isEmpty() && sellerCode.isEmpty();
  }

  public boolean byItemCode() {
    return !itemCode.isEmpty();
  }
}
