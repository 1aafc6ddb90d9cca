package io.qconnect.hub.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * Something an operator should see: a key about to expire, a failed renewal, a failing shop.
 *
 * @param acknowledgedAt when an operator marked it as seen, or null
 * @param acknowledgedBy who did ("" when nobody has)
 * @param resolvedAt when the hub saw its condition recover (the shop synced again, the key was
 *     renewed), or null while it holds
 */
public record Alert(
    long id,
    String shopId,
    Kind kind,
    String message,
    Instant createdAt,
    Instant acknowledgedAt,
    String acknowledgedBy,
    Instant resolvedAt) {
  /** What an alert is about. */
  public enum Kind {
    /** The certification key expires within 60, 30, 7 or 1 day(s). */
    KEY_EXPIRING,
    KEY_EXPIRED,
    KEY_RENEWED,
    KEY_RENEWAL_FAILED,
    /** A run failed after the shop had been healthy. */
    SYNC_FAILED,
    /** A Get Auth shop's key expired or was revoked: the seller must authorize the hub again. */
    AUTH_NEEDED
  }

  public Alert {
    Objects.requireNonNull(shopId, "shopId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    acknowledgedBy = acknowledgedBy == null ? "" : acknowledgedBy;
  }

  /** Neither acknowledged nor resolved: it still asks for attention. */
  public boolean open() {
    return acknowledgedAt == null && resolvedAt == null;
  }
}
