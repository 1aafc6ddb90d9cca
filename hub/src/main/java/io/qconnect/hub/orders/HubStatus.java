package io.qconnect.hub.orders;

/**
 * The hub's own workflow for an order line: NEW → CONFIRMED → INSTRUCTED → SHIPPED → DELIVERED,
 * plus CANCELLED and ON_HOLD. NEW is the storage status 新規受付 of GoQ-style hubs.
 */
public enum HubStatus {
  /** Imported, not yet confirmed (Qoo10 status 2). */
  NEW(1),
  /** Confirmed with an estimated ship date (Qoo10 status 3). */
  CONFIRMED(2),
  /** A fulfilment (shipping) instruction was given; Qoo10 still shows 3. */
  INSTRUCTED(3),
  /** Shipped with carrier and tracking (Qoo10 status 4 once written back). */
  SHIPPED(4),
  DELIVERED(5),
  /** A cancellation or refund completed (claims 3, 6, 14, 16). */
  CANCELLED(0),
  /** The buyer asked to cancel (claims 1, 2): do not ship. */
  ON_HOLD(0);

  private final int progress;

  HubStatus(int progress) {
    this.progress = progress;
  }

  /** Position on the forward path; 0 for the side states. */
  int progress() {
    return progress;
  }
}
