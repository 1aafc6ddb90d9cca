package io.qconnect.protocol.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how long to wait before trying a failed call again: exponential backoff from {@code
 * baseDelay}, capped at {@code maxDelay}, with "equal jitter" (half fixed, half random) so that
 * many clients do not retry in step.
 *
 * @param maxAttempts total attempts including the first (1 means never retry)
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be 1..10, not " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
    }
  }

  /** Three attempts, 500 ms then 1 s (each with jitter), never more than 8 s. */
  public static RetryPolicy standard() {
    return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8));
  }

  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }

  /** The wait before attempt {@code failedAttempts + 1}. */
  public Duration delayAfter(int failedAttempts, RandomGenerator random) {
    long base = baseDelay.toMillis();
    long exp = base << Math.min(failedAttempts - 1, 20);
    long capped = Math.min(exp < 0 ? Long.MAX_VALUE : exp, maxDelay.toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
  }
}
