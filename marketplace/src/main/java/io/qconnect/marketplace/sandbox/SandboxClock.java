package io.qconnect.marketplace.sandbox;

import io.qconnect.protocol.wire.QapiDates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The marketplace's clock: real time shifted by an offset that the sandbox API can set or advance,
 * so that an integrator can move the marketplace past a key's expiry or to a holiday without
 * waiting. Time keeps flowing after a change. Zone: Japan.
 */
public final class SandboxClock extends Clock {
  private final Clock base;
  private volatile Duration offset = Duration.ZERO;

  public SandboxClock(Clock base) {
    this.base = base;
  }

  public static SandboxClock system() {
    return new SandboxClock(Clock.system(QapiDates.JST));
  }

  /** Moves the clock so that it reads {@code now} at this instant. */
  public void set(Instant now) {
    offset = Duration.between(base.instant(), now);
  }

  public void advance(Duration d) {
    offset = offset.plus(d);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  /** The shift from real time (zero unless changed through the sandbox). */
  public Duration offset() {
    return offset;
  }

  /** Now, as a Japan-time date-time. */
  public LocalDateTime nowJst() {
    return LocalDateTime.ofInstant(instant(), QapiDates.JST);
  }

  public ZonedDateTime zonedNow() {
    return ZonedDateTime.ofInstant(instant(), QapiDates.JST);
  }

  @Override
  public ZoneId getZone() {
    return QapiDates.JST;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(base.withZone(zone), offset);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset);
  }
}
