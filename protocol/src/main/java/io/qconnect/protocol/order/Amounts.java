package io.qconnect.protocol.order;

/**
 * The line's money, in whole yen (the wire's decimals carry no fraction for JPY).
 *
 * @param orderPrice the unit price
 * @param total what the buyer pays for the line
 * @param settlePrice the seller's settlement (total supply price)
 * @param paymentAmount the amount of a claim row
 */
public record Amounts(
    long orderPrice,
    long discount,
    long total,
    long sellerDiscount,
    long cartDiscountSeller,
    long cartDiscountQoo10,
    long settlePrice,
    long paymentAmount,
    String currency) {

  /** All zero, no currency. */
  public static final Amounts NONE = new Amounts(0, 0, 0, 0, 0, 0, 0, 0, "");

  public Amounts {
    currency = Text.orEmpty(currency);
  }
}
