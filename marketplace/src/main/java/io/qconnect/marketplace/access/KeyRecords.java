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
}
