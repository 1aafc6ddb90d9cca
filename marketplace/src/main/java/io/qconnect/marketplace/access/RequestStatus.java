package io.qconnect.marketplace.access;

/** Where a permission request stands. */
public enum RequestStatus {
  /** Waiting for its processing day (or for staff when automatic approval is off). */
  PENDING,
  APPROVED,
  REJECTED
}
