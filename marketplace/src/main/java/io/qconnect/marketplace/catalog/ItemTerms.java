package io.qconnect.marketplace.catalog;

import java.util.Objects;

/**
 * The selling terms of an item that QSM's 販売商品情報 grid and GoodsList.csv show beside the price: the
 * seller's supply (cost) price, Qoo10's commission rate, and the shipping fee with its type. No
 * QAPI method sets them; the seller edits them in 商品管理.
 *
 * @param supplyPrice the seller's supply price (供給原価) in yen, 0 when not given
 * @param commissionPercent Qoo10's commission (手数料) in percent of the price
 * @param shippingFee the shipping fee (送料) in yen, 0 when free
 * @param shippingFeeType how the fee is charged (送料の種類)
 */
public record ItemTerms(
    long supplyPrice, int commissionPercent, long shippingFee, ShippingFeeType shippingFeeType) {

  /**
   * The commission rate of a new item. Qoo10's real rate depends on the category and the shop; one
   * default rate, changeable per item, is this project's simplification.
   */
  public static final int DEFAULT_COMMISSION_PERCENT = 10;

  public ItemTerms {
    Objects.requireNonNull(shippingFeeType, "shippingFeeType");
    if (supplyPrice < 0 || supplyPrice > ItemFields.MAX_PRICE) {
      throw new IllegalArgumentException("supply price out of range: " + supplyPrice);
    }
    if (commissionPercent < 0 || commissionPercent > 100) {
      throw new IllegalArgumentException("commission out of range: " + commissionPercent + "%");
    }
    if (shippingFee < 0 || shippingFee > ItemFields.MAX_PRICE) {
      throw new IllegalArgumentException("shipping fee out of range: " + shippingFee);
    }
    if (shippingFeeType == ShippingFeeType.FREE && shippingFee != 0) {
      throw new IllegalArgumentException("free shipping has no fee, not " + shippingFee);
    }
  }

  /** A new item's terms: no supply price, the default commission, free shipping. */
  public static ItemTerms defaults() {
    return new ItemTerms(0, DEFAULT_COMMISSION_PERCENT, 0, ShippingFeeType.FREE);
  }

  /** The commission on a price, in yen, rounded down. */
  public long commissionOn(long price) {
    return price * commissionPercent / 100;
  }
}
