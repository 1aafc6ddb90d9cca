package io.qconnect.hub.stock;

/**
 * A SKU's stock. Available is what may still be sold: on hand less what open order lines hold,
 * never below 0; {@code short} is how many units open lines hold beyond what is on hand (an
 * oversell that happened on Qoo10 before a push arrived).
 */
public record StockLevel(String sku, int onHand, int reserved) {
  public int available() {
    return Math.max(0, onHand - reserved);
  }

  public int shortfall() {
    return Math.max(0, reserved - onHand);
  }
}
