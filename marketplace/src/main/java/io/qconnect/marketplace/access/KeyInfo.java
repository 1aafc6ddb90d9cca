package io.qconnect.marketplace.access;

import java.time.LocalDateTime;

/**
 * A key as screens show it: masked, with its dates and state.
 *
 * @param state VALID, EXPIRED or REVOKED
 * @param expiresAt null for API keys, which do not expire
 */
public record KeyInfo(
    long id, String masked, LocalDateTime issuedAt, LocalDateTime expiresAt, String state) {}
