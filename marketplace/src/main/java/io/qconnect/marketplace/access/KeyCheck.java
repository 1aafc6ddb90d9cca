package io.qconnect.marketplace.access;

/** What the marketplace knows about a certification key presented with a QAPI call. */
public sealed interface KeyCheck {
  /** The key is valid for this seller. */
  record Valid(String sellerId) implements KeyCheck {}

  /** No such key (or no key at all): -90001. */
  record Unknown() implements KeyCheck {}

  /** Older than 365 days: -90004. */
  record Expired(String sellerId) implements KeyCheck {}

  /** Invalidated, e.g. by a password change: -90005. */
  record Revoked(String sellerId) implements KeyCheck {}

  /** The seller's API use is restricted: -90002. */
  record Suspended(String sellerId) implements KeyCheck {}
}
