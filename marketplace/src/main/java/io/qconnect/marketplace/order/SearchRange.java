package io.qconnect.marketplace.order;

import io.qconnect.protocol.wire.QapiDates;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A search range as the order lookups take it: {@code yyyyMMdd} or {@code yyyyMMddHHmmss} bounds in
 * JST, a date-only end covering its whole day, at most 90 days long. Bounds have the resolution of
 * a second, so the end covers its whole second: a line stamped 10:00:00.400 is found by a search
 * ending at 10:00:00.
 *
 * @param error why the range is refused, or null
 * @param tooLong the refusal is the 90-day limit
 */
record SearchRange(LocalDateTime from, LocalDateTime to, String error, boolean tooLong) {
  static final Duration MAX = Duration.ofDays(90);

  static SearchRange parse(String start, String end) {
    if (start.isEmpty() || end.isEmpty()) {
      return refused("Please enter the search dates (yyyyMMdd or yyyyMMddHHmmss).");
    }
    LocalDateTime from;
    LocalDateTime to;
    try {
      from = QapiDates.parseSearchBound(start, false);
      to = QapiDates.parseSearchBound(end, true);
    } catch (IllegalArgumentException e) {
      return refused("Please check the search dates: " + e.getMessage());
    }
    if (to.isBefore(from)) {
      return refused("The search end date is before the start date.");
    }
    if (Duration.between(from, to).compareTo(MAX) > 0) {
      return new SearchRange(from, to, "Searching period exceeds to 90 days.", true);
    }
    return new SearchRange(from, to.plusNanos(999_999_999), null, false);
  }

  private static SearchRange refused(String why) {
    return new SearchRange(null, null, why, false);
  }
}
