package io.qconnect.marketplace.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item as the 販売商品情報 grid and GoodsList.csv show it: only the columns they need, so that an
 * export of a million items reads no descriptions.
 */
public record GoodsRow(
    String itemCode,
    String sellerCode,
    String title,
    long price,
    int qty,
    LocalDate expireDate,
    ItemTerms terms) {
  public GoodsRow {
    Objects.requireNonNull(itemCode, "itemCode");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(expireDate, "expireDate");
    Objects.requireNonNull(terms, "terms");
    sellerCode = sellerCode == null ? "" : sellerCode;
  }

  /** The commission in yen, as {@link Item#commission()} computes it. */
  public long commission() {
    return terms.commissionOn(price);
  }

  public static GoodsRow of(Item i) {
    return new GoodsRow(
        i.itemCode(), i.sellerCode(), i.title(), i.price(), i.qty(), i.expireDate(), i.terms());
  }
}
