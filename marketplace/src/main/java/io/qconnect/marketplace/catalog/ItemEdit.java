package io.qconnect.marketplace.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What 商品管理's item form sends: the item's title, Seller Item Code, price, stock, end date, sale
 * status and selling terms.
 *
 * @param sellerCode the new Seller Item Code; "" keeps the current one (as UpdateGoods)
 * @param qty the new stock, or null to keep it (an item with options takes its stock from them)
 * @param status the EditGoodsStatus value 1, 2 or 3, or "" to keep the status
 */
public record ItemEdit(
    String itemCode,
    String title,
    String sellerCode,
    long price,
    Integer qty,
    LocalDate expireDate,
    String status,
    ItemTerms terms) {
  public ItemEdit {
    Objects.requireNonNull(itemCode, "itemCode");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(expireDate, "expireDate");
    Objects.requireNonNull(terms, "terms");
    sellerCode = sellerCode == null ? "" : sellerCode.strip();
    status = status == null ? "" : status.strip();
  }
}
