package io.qconnect.hub.tracking;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a failed write-back waits before the next attempt: {@code first}, doubling with each
 * failure, never more than {@code max}. Attempts never stop: a tracking number is never dropped.
 */
public record Backoff(Duration first, Duration max) {
  public Backoff {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= max");
    }
  }

  /** One minute, doubling, at most six hours. */
  public static Backoff standard() {
    return new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));
  }

  /** The wait after the {@code failures}-th failure (1 = the first). */
  public Duration delayAfter(int failures) {
    Duration d = first;
    for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(max) > 0 ? max : d;
  }
}
