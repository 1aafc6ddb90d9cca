package io.qconnect.marketplace.access;

import java.time.LocalDateTime;

/**
 * A certification key issued through an integrator's Get Auth window, as the seller's developer
 * page shows it.
 *
 * @param state VALID, EXPIRED, CANCELLED (revoked by the seller) or REVOKED (by a password change)
 */
public record IssuedKey(
    long keyId,
    String integratorName,
    String masked,
    LocalDateTime issuedAt,
    LocalDateTime expiresAt,
    String state) {}
