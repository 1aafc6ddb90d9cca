package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.ItemStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A listed item.
 *
 * @param itemCode the Qoo10 item code (商品番号), 10 digits, assigned at registration
 * @param sellerCode the seller's own item code (販売者商品コード), unique per seller, "" when none
 * @param fields what UpdateGoods replaces
 * @param terms supply price, commission rate and shipping fee (商品管理 only)
 * @param price the sale price in yen; option prices are deltas to it
 * @param taxRate S (standard), 10, 8 or 0
 * @param qty the stock; for an item with options, always the sum of the option quantities
 * @param expireDate the last day of sale (終了日)
 * @param imageUrl the standard image ({@code StandardImage})
 * @param description the HTML item description ({@code ItemDescription} / {@code ItemDetail})
 */
public record Item(
    String itemCode,
    String sellerId,
    String sellerCode,
    ItemStatus status,
    ItemFields fields,
    ItemTerms terms,
    long price,
    String taxRate,
    int qty,
    LocalDate expireDate,
    String imageUrl,
    String description,
    LocalDateTime listedAt,
    LocalDateTime changedAt) {

  public Item {
    Objects.requireNonNull(itemCode, "itemCode");
    Objects.requireNonNull(sellerId, "sellerId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(expireDate, "expireDate");
    Objects.requireNonNull(listedAt, "listedAt");
    Objects.requireNonNull(changedAt, "changedAt");
    sellerCode = sellerCode == null ? "" : sellerCode;
    taxRate = taxRate == null ? "" : taxRate;
    imageUrl = imageUrl == null ? "" : imageUrl;
    description = description == null ? "" : description;
    if (price < 1 || price > ItemFields.MAX_PRICE) {
      throw new IllegalArgumentException("price out of range: " + price);
    }
    if (qty < 0) {
      throw new IllegalArgumentException("stock is negative: " + qty);
    }
  }

  public String title() {
    return fields.title();
  }

  /** The commission Qoo10 keeps, in yen (rounded down), from which SettlePrice is computed. */
  public long commission() {
    return terms.commissionOn(price);
  }

  /** What the seller receives per unit: the price less the commission. */
  public long settlePrice() {
    return price - commission();
  }

  public Item withStatus(ItemStatus s, LocalDateTime at) {
    return new Item(
        itemCode,
        sellerId,
        sellerCode,
        s,
        fields,
        terms,
        price,
        taxRate,
        qty,
        expireDate,
        imageUrl,
        description,
        listedAt,
        at);
  }

  public Item withFields(String newSellerCode, ItemFields f, LocalDateTime at) {
    return new Item(
        itemCode,
        sellerId,
        newSellerCode,
        status,
        f,
        terms,
        price,
        taxRate,
        qty,
        expireDate,
        imageUrl,
        description,
        listedAt,
        at);
  }

  public Item withPriceQty(long p, int q, LocalDate expire, String tax, LocalDateTime at) {
    return new Item(
        itemCode,
        sellerId,
        sellerCode,
        status,
        fields,
        terms,
        p,
        tax,
        q,
        expire,
        imageUrl,
        description,
        listedAt,
        at);
  }

  public Item withTerms(ItemTerms t, LocalDateTime at) {
    return new Item(
        itemCode,
        sellerId,
        sellerCode,
        status,
        fields,
        t,
        price,
        taxRate,
        qty,
        expireDate,
        imageUrl,
        description,
        listedAt,
        at);
  }
}
