package io.qconnect.hub.shop;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What Test Connection found, in plain words.
 *
 * @param ok whether an authenticated read call worked
 * @param key what the service said about the certification key
 * @param keyExpiresAt issue + 365 days
 * @param daysLeft whole days until the key expires (negative once expired)
 * @param clockSkewSeconds the server's clock minus the hub's (from the HTTP Date header), or null
 *     when the server sent none
 * @param problem why the read call failed, or null
 * @param messages one sentence per finding, for people
 */
public record ConnectionReport(
    String shopId,
    URI baseUrl,
    boolean ok,
    KeyState key,
    Instant keyExpiresAt,
    long daysLeft,
    Long clockSkewSeconds,
    ConnectionProblem problem,
    List<String> messages) {

  /** The certification key as the live call saw it. */
  public enum KeyState {
    VALID,
    EXPIRED,
    REJECTED,
    /** The call did not get far enough to tell (host unreachable, not QAPI). */
    UNKNOWN
  }

  public ConnectionReport {
    Objects.requireNonNull(shopId, "shopId");
    Objects.requireNonNull(key, "key");
    messages = List.copyOf(messages);
  }
}
