package io.qconnect.hub;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand (thread-safe, so a running scheduler can read it). A frozen clock
 * stands still between moves; a running one also flows with real time, as db-scheduler needs (it
 * times its own waits by its clock).
 */
public final class MutableClock extends Clock {
  private final boolean running;
  private Instant base;
  private long baseNanos;

  public MutableClock(Instant start, boolean running) {
    this.running = running;
    set(start);
  }

  public synchronized void set(Instant t) {
    base = t;
    baseNanos = System.nanoTime();
  }

  public synchronized void advance(Duration d) {
    set(instant().plus(d));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests use the UTC clock");
  }

  @Override
  public synchronized Instant instant() {
    return running ? base.plusNanos(System.nanoTime() - baseNanos) : base;
  }
}
