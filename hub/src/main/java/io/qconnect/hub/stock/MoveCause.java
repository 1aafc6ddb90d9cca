package io.qconnect.hub.stock;

/** Why a SKU's stock moved. */
public enum MoveCause {
  /** An order line was imported: its quantity is held. */
  RESERVE,
  /** An order line was cancelled: what it held is free again. */
  RELEASE,
  /** An order line was shipped: what it held leaves the warehouse. */
  CONSUME,
  /** An operator set the quantity on hand. */
  SET,
  /** An operator adjusted the quantity on hand by a delta. */
  ADJUST;

  /** Whether a shop in {@link PushMode#AT_SHIPMENT} pushes after this movement. */
  boolean pushesAtShipment() {
    return this != RESERVE && this != RELEASE;
  }
}
