package io.qconnect.marketplace.access;

import java.time.LocalDateTime;

/** Stored key rows; the plaintext is only ever in {@code sealed}, encrypted. */
final class KeyRecords {
  private KeyRecords() {}

  record ApiKeyRow(
      long id,
      String sellerId,
      String sealed,
      String masked,
      LocalDateTime issuedAt,
      LocalDateTime revokedAt) {}

  record CertKeyRow(
      long id,
      String sellerId,
      long apiKeyId,
      String sealed,
      String masked,
      LocalDateTime issuedAt,
      LocalDateTime expiresAt,
      int passwordGeneration,
      LocalDateTime revokedAt) {}

  /**
   * A certification key as presented with a call, with what of its seller decides whether it is
   * valid: the seller's current password generation and API suspension.
   */
  record PresentedKey(CertKeyRow key, int sellerPasswordGeneration, boolean apiSuspended) {}
}
