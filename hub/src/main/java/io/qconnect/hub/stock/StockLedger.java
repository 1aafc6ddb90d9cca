package io.qconnect.hub.stock;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Moves stock inside the caller's transaction: locks the SKU's row, moves on hand and reserved,
 * records the movement with its cause, and makes the pushes of the SKU's units due (after commit,
 * the pusher is woken). A movement caused by an order is clamped so that neither figure falls below
 * 0 (the order happened on Qoo10 whatever the hub thinks); an operator's is refused instead.
 */
final class StockLedger {
  private final JdbcStockStore stock = new JdbcStockStore();
  private final JdbcListingStore listings = new JdbcListingStore();
  private final Runnable wake;

  StockLedger(Runnable wake) {
    this.wake = wake;
  }

  /** An order's movement, clamped at 0; empty when there is no such SKU. */
  Optional<StockLevel> orderMove(
      Handle h,
      String sku,
      MoveCause cause,
      int onHandDelta,
      int reservedDelta,
      String ref,
      Instant now) {
    Optional<StockLevel> before = stock.lockForUpdate(h, sku);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    int dh = Math.max(onHandDelta, -before.get().onHand());
    int dr = Math.max(reservedDelta, -before.get().reserved());
    return Optional.of(apply(h, before.get(), cause, dh, dr, ref, "", now));
  }

  /**
   * An operator's movement of on hand; empty when on hand would fall below what open order lines
   * hold (those units are sold: taking them away would oversell) or below 0.
   */
  Optional<StockLevel> operatorMove(
      Handle h,
      StockLevel lockedBefore,
      MoveCause cause,
      int onHandDelta,
      String note,
      Instant now) {
    long after = lockedBefore.onHand() + (long) onHandDelta;
    if (after < 0 || (onHandDelta < 0 && after < lockedBefore.reserved())) {
      return Optional.empty();
    }
    return Optional.of(apply(h, lockedBefore, cause, onHandDelta, 0, "", note, now));
  }

  private StockLevel apply(
      Handle h,
      StockLevel before,
      MoveCause cause,
      int dh,
      int dr,
      String ref,
      String note,
      Instant now) {
    StockLevel after =
        stock
            .move(h, before.sku(), dh, dr, now)
            .orElseThrow(() -> new IllegalStateException("locked SKU row vanished: " + before));
    stock.record(h, after, cause, dh, dr, ref, note, now);
    if (after.available() != before.available() || cause.pushesAtShipment()) {
      dueAfterCommit(h, before.sku(), cause.pushesAtShipment());
    }
    return after;
  }

  /** Makes the SKU's pushes due and wakes the pusher once the transaction has committed. */
  void dueAfterCommit(Handle h, String sku, boolean shipmentCause) {
    listings.markDue(h, sku, shipmentCause);
    h.afterCommit(wake);
  }
}
