package io.qconnect.marketplace.access;

import java.time.LocalDateTime;

/**
 * A key as screens show it: masked, with its dates and state.
 *
 * @param state VALID, EXPIRED, CANCELLED (revoked by the seller) or REVOKED (by a password change)
 * @param expiresAt null for API keys, which do not expire
 */
public record KeyInfo(
    long id, String masked, LocalDateTime issuedAt, LocalDateTime expiresAt, String state) {}
