package io.qconnect.hub.stock;

/** When a shop's quantities are pushed to Qoo10. */
public enum PushMode {
  /** Whenever a mapped SKU's available quantity changes (orders, cancellations, operators). */
  EVERY_CHANGE,
  /**
   * Only at shipment and on an operator's change (Smartship's behaviour): Qoo10 lowers its own
   * quantity when it sells, so an order needs no push.
   */
  AT_SHIPMENT
}
