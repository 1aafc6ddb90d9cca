package io.qconnect.marketplace.access;

/** What processing a permission request decided. */
public sealed interface Decision {
  PermissionRequest request();

  /** Approved; an API key request carries the seller's API key (masked when shown). */
  record Approved(PermissionRequest request) implements Decision {}

  /**
   * Rejected: {@code request().failed()} names the failed conditions, {@code note()} staff's
   * reason.
   */
  record Rejected(PermissionRequest request) implements Decision {}
}
