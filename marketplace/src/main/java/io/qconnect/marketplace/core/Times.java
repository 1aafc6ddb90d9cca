package io.qconnect.marketplace.core;

import io.qconnect.protocol.wire.QapiDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Japan-time readings of a clock, at the millisecond precision the database keeps. */
public final class Times {
  private Times() {}

  public static LocalDateTime now(Clock clock) {
    return LocalDateTime.ofInstant(clock.instant(), QapiDates.JST).truncatedTo(ChronoUnit.MILLIS);
  }

  public static LocalDate today(Clock clock) {
    return now(clock).toLocalDate();
  }
}
