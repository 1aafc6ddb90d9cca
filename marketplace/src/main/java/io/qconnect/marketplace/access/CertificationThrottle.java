package io.qconnect.marketplace.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Limits wrong logins at CertificationAPI.CreateCertificationKey (docs/qapi.md §2.2): {@value
 * #MAX_FAILURES} failures within {@link #WINDOW} for one seller, or for one API key, lock further
 * attempts for that seller or key for {@link #LOCK}, even with the right password; a success resets
 * the seller and the key. Times come from the marketplace's clock, so moving the sandbox clock ends
 * a lock.
 *
 * <p>The counts live in memory, for this one process: a restart forgets them, and two marketplace
 * processes on one database would count separately. Only known sellers and existing API keys are
 * counted (an unknown API key is refused before any password is checked), so the map cannot grow
 * beyond the sellers and keys the database holds.
 */
final class CertificationThrottle {
  /** Failures that start a lock. */
  static final int MAX_FAILURES = 5;

  /** The failures must fall within this period. */
  static final Duration WINDOW = Duration.ofMinutes(10);

  /** How long a lock lasts from the failure that started it. */
  static final Duration LOCK = Duration.ofMinutes(10);

  /** Failures of one seller or key: when the counted run began, how many, and a lock if any. */
  private record Failures(Instant since, int count, Instant lockedFrom, Instant lockedUntil) {
    boolean lockedAt(Instant now) {
      return lockedUntil != null && !now.isBefore(lockedFrom) && now.isBefore(lockedUntil);
    }
  }

  private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  CertificationThrottle(Clock clock) {
    this.clock = clock;
  }

  /** When the seller or the API key is locked now, the end of the lock. */
  Optional<Instant> lockedUntil(String sellerId, long apiKeyId) {
    Instant now = clock.instant();
    Instant until = null;
    for (String k : keys(sellerId, apiKeyId)) {
      Failures f = failures.get(k);
      if (f != null && f.lockedAt(now) && (until == null || f.lockedUntil().isAfter(until))) {
        until = f.lockedUntil();
      }
    }
    return Optional.ofNullable(until);
  }

  /** Counts a wrong login against the seller and the API key. */
  void failed(String sellerId, long apiKeyId) {
    Instant now = clock.instant();
    for (String k : keys(sellerId, apiKeyId)) {
      failures.compute(k, (key, f) -> next(f, now));
    }
  }

  /** A successful login clears the seller's and the key's failures. */
  void succeeded(String sellerId, long apiKeyId) {
    for (String k : keys(sellerId, apiKeyId)) {
      failures.remove(k);
    }
  }

  private static Failures next(Failures f, Instant now) {
    if (f != null && f.lockedAt(now)) {
      return f; // attempts during a lock neither count nor extend it
    }
    if (f == null
        || now.isBefore(f.since())
        || !now.isBefore(f.since().plus(WINDOW))
        || f.lockedUntil() != null) {
      f = new Failures(now, 0, null, null);
    }
    int count = f.count() + 1;
    return count >= MAX_FAILURES
        ? new Failures(f.since(), count, now, now.plus(LOCK))
        : new Failures(f.since(), count, null, null);
  }

  private static String[] keys(String sellerId, long apiKeyId) {
    return new String[] {"seller:" + sellerId, "key:" + apiKeyId};
  }
}
