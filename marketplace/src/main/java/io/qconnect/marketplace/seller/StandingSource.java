package io.qconnect.marketplace.seller;

/**
 * Counts of unprocessed items that come from the seller's orders and claims (shipping delays, open
 * claims). Added to the counts staff set by hand.
 */
@FunctionalInterface
public interface StandingSource {
  Standing computed(String sellerId);

  static StandingSource none() {
    return id -> Standing.CLEAN;
  }
}
