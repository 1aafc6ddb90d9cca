package io.qconnect.marketplace.catalog;

import java.util.Objects;

/**
 * What ItemsBasic.UpdateGoods changes (docs/qapi.md §7.5): the descriptive fields, replaced as a
 * whole, and the seller code. A blank SellerCode keeps the current one: dropping an item's seller
 * code by omission would cut it off from every integrator that finds it by that code.
 */
public record GoodsUpdate(String itemCode, String sellerCode, ItemFields fields) {
  public GoodsUpdate {
    Objects.requireNonNull(itemCode, "itemCode");
    Objects.requireNonNull(fields, "fields");
    sellerCode = sellerCode == null ? "" : sellerCode;
  }
}
