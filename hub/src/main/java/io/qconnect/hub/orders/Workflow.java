package io.qconnect.hub.orders;

import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;

/**
 * Maps Qoo10's statuses onto the hub workflow and back. Qoo10 status 2 → NEW, 3 → CONFIRMED (unless
 * the line is already INSTRUCTED), 4 → SHIPPED, 5 → DELIVERED; the hub never moves a line backwards
 * because of a status list. Claims decide the side states: a requested cancellation (1, 2) puts a
 * line not yet shipped ON_HOLD; a completed cancellation or refund (3, 6, 14, 16) makes it
 * CANCELLED for good. Returns and exchanges in progress are recorded but change nothing here.
 */
public final class Workflow {
  private Workflow() {}

  /**
   * The status a new line is stored with: the shop's storage status (R72) instead of NEW. A line
   * held that way (ON_HOLD without a claim) stays held until an operator releases it or Qoo10 shows
   * it shipped.
   */
  public static HubStatus stored(HubStatus derived, HubStatus storage) {
    return derived == HubStatus.NEW && storage == HubStatus.ON_HOLD ? HubStatus.ON_HOLD : derived;
  }

  /** The status a line takes after an import shows it with these Qoo10 statuses. */
  public static HubStatus next(HubStatus current, ShippingStatus qoo10, ClaimStatus claim) {
    if (current == HubStatus.CANCELLED || claim != null && claim.isFinalCancellation()) {
      return HubStatus.CANCELLED;
    }
    HubStatus derived = fromQoo10(qoo10);
    if (current == HubStatus.ON_HOLD
        && claim == null
        && derived.progress() < HubStatus.SHIPPED.progress()) {
      return HubStatus.ON_HOLD; // held on import (storage status): only an operator releases it
    }
    HubStatus progressed =
        current == null || current == HubStatus.ON_HOLD || derived.progress() > current.progress()
            ? derived
            : current;
    if (cancelPending(claim) && progressed.progress() < HubStatus.SHIPPED.progress()) {
      return HubStatus.ON_HOLD;
    }
    return progressed;
  }

  /** The hub status a Qoo10 status means by itself. */
  public static HubStatus fromQoo10(ShippingStatus s) {
    return switch (s) {
      case AWAITING_SHIPPING, ON_REQUEST -> HubStatus.NEW;
      case SELLER_CONFIRM -> HubStatus.CONFIRMED;
      case ON_DELIVERY -> HubStatus.SHIPPED;
      case DELIVERED -> HubStatus.DELIVERED;
    };
  }

  /** What Qoo10 must be told when a line enters {@code target}. */
  public static Qoo10Action actionFor(HubStatus target) {
    return switch (target) {
      case CONFIRMED -> Qoo10Action.CONFIRM;
      case SHIPPED -> Qoo10Action.SEND_TRACKING;
      case NEW, INSTRUCTED, DELIVERED, CANCELLED, ON_HOLD -> Qoo10Action.NONE;
    };
  }

  /** Whether the hub may move a line from {@code from} to {@code to} by its own action. */
  public static boolean allows(HubStatus from, HubStatus to) {
    return switch (to) {
      case CONFIRMED -> from == HubStatus.NEW;
      case INSTRUCTED -> from == HubStatus.CONFIRMED;
      case SHIPPED ->
          from == HubStatus.NEW
              || from == HubStatus.CONFIRMED
              || from == HubStatus.INSTRUCTED
              || from == HubStatus.SHIPPED;
      case NEW, DELIVERED, CANCELLED, ON_HOLD -> false;
    };
  }

  static boolean cancelPending(ClaimStatus claim) {
    return claim == ClaimStatus.CANCEL_REQUESTED || claim == ClaimStatus.CANCELLING;
  }
}
