package io.qconnect.protocol.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces calls made with the same key at least {@code 1 / requestsPerSecond} apart. Qoo10 publishes
 * no limit; 5 per second is the commonly reported safe rate. Keys are held as fingerprints only.
 */
final class RateLimiter {
  private final long intervalNanos;
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();
  private final Sleeper sleeper;

  private static final class Slot {
    private long next;
  }

  RateLimiter(double requestsPerSecond, Sleeper sleeper) {
    if (!(requestsPerSecond > 0) || requestsPerSecond > 1000) {
      throw new IllegalArgumentException("requests per second must be in (0, 1000]");
    }
    this.intervalNanos = (long) (1_000_000_000L / requestsPerSecond);
    this.sleeper = sleeper;
  }

  /** Waits until the key may make its next call. */
  void acquire(String keyFingerprint) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(keyFingerprint, k -> new Slot());
    long wait;
    synchronized (slot) {
      long now = System.nanoTime();
      long start = Math.max(now, slot.next);
      slot.next = start + intervalNanos;
      wait = start - now;
    }
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
  }
}
