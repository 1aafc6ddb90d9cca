package io.qconnect.protocol.client;

import java.time.Duration;

/** Waits; injected so that tests can observe backoff without depending on wall time. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration d) throws InterruptedException;

  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
  }
}
