package io.qconnect.hub.tracking;

/** Where a tracking write-back stands. */
public enum ShipmentState {
  /** Queued, not yet sent. */
  PENDING,
  /** Qoo10 accepted carrier and tracking number. */
  SENT,
  /** The last attempt failed; it is tried again at {@link Shipment#nextAttemptAt()}. */
  FAILED,
  /** The order line was cancelled before the tracking number was sent; it will not be. */
  CANCELLED
}
