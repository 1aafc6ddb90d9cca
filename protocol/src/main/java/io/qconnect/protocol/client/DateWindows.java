package io.qconnect.protocol.client;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a search range into consecutive windows no longer than the service allows (90 days for the
 * order and claim lookups). Windows do not overlap: each ends one second before the next starts,
 * the resolution of {@code yyyyMMddHHmmss}.
 */
public final class DateWindows {
  public static final Duration MAX = Duration.ofDays(90);

  private DateWindows() {}

  /** A closed range {@code [from, to]} in JST. */
  public record Window(LocalDateTime from, LocalDateTime to) {}

  public static List<Window> split(LocalDateTime from, LocalDateTime to, Duration max) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "search range ends before it starts: " + from + " > " + to);
    }
    List<Window> out = new ArrayList<>();
    LocalDateTime start = from;
    while (true) {
      LocalDateTime limit = start.plus(max).minusSeconds(1);
      if (!to.isAfter(limit)) {
        out.add(new Window(start, to));
        return out;
      }
      out.add(new Window(start, limit));
      start = limit.plusSeconds(1);
    }
  }
}
