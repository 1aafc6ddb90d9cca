package io.qconnect.app.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins within 15 minutes for
 * one login ID or from one address, further attempts for it are refused for 15 minutes, whatever
 * the password. A successful login clears the login ID's count.
 */
final class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  private record Entry(int failures, Instant windowStart, Instant lockedUntil) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long attempts for this login or address are still refused; empty when they are not. */
  Optional<Duration> refusal(String login, String ip) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : keys(login, ip)) {
      Entry e = entries.get(key);
      if (e != null && e.lockedUntil() != null && now.isBefore(e.lockedUntil())) {
        Duration left = Duration.between(now, e.lockedUntil());
        longest = left.compareTo(longest) > 0 ? left : longest;
      }
    }
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  void failed(String login, String ip) {
    Instant now = clock.instant();
    if (entries.size() > MAX_KEYS) {
      entries.values().removeIf(e -> now.isAfter(e.windowStart().plus(WINDOW).plus(LOCK)));
    }
    for (String key : keys(login, ip)) {
      entries.compute(key, (k, e) -> next(e, now));
    }
  }

  void succeeded(String login) {
    entries.remove(userKey(login));
  }

  private static Entry next(Entry e, Instant now) {
    if (e == null || now.isAfter(e.windowStart().plus(WINDOW))) {
      return new Entry(1, now, null);
    }
    int n = e.failures() + 1;
    return new Entry(n, e.windowStart(), n >= MAX_FAILURES ? now.plus(LOCK) : e.lockedUntil());
  }

  private static List<String> keys(String login, String ip) {
    return List.of(userKey(login), "ip:" + ip);
  }

  private static String userKey(String login) {
    return "user:" + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
  }
}
