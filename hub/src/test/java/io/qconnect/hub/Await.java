package io.qconnect.hub;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something a background job does; fails if it never happens. Not a timing check. */
public final class Await {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Await() {}

  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never happened: " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for: " + what);
      }
    }
  }
}
