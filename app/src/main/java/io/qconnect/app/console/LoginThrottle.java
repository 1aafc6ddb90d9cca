package io.qconnect.app.console;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing without letting a guesser lock anyone out. Failures are counted per
 * login ID <em>and</em> address together: after {@value #FREE_FAILURES} of them, that login from
 * that address waits {@link #FIRST_DELAY}, then twice as long after each further failure, up to
 * {@link #MAX_DELAY}; the same login from another address is not slowed down. A looser count per
 * address across all logins ({@value #FREE_FAILURES_PER_ADDRESS} failures, then the same growing
 * waits) keeps one address from trying many logins. An IPv6 address counts as its /64 network.
 *
 * <p>An attempt is counted as a failure when it starts (so that parallel attempts cannot all slip
 * through) and taken back when it succeeds; a successful login clears its login and address count.
 * Counts are forgotten after {@link #FORGET} without a failure. The counts live in memory: a
 * restart forgets them.
 */
final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 30;
  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);
  static final Duration FORGET = Duration.ofHours(1);
  private static final int MAX_KEYS = 100_000;
  private static final int MAX_LOGIN_CHARS = 100;

  /** Failures counted, the last at {@code last}. */
  private record Entry(int failures, Instant last) {
    /** Until when further attempts wait, or null when they need not. */
    Instant waitUntil(int free) {
      if (failures < free) {
        return null;
      }
      int doublings = Math.min(failures - free, 30);
      Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
      return last.plus(d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d);
    }

    boolean forgotten(Instant now) {
      return !now.isBefore(last.plus(FORGET));
    }
  }

  private final Map<String, Entry> entries = new HashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Starts an attempt: how long this login from this address must still wait (the attempt is then
   * refused and not counted), else empty and the attempt counts as a failure until {@link
   * #succeeded} takes it back.
   */
  synchronized Optional<Duration> attempt(String login, String ip) {
    Instant now = clock.instant();
    if (entries.size() > MAX_KEYS) {
      entries.values().removeIf(e -> e.forgotten(now));
    }
    String pair = pairKey(login, ip);
    String address = addressKey(ip);
    Duration wait =
        longest(wait(pair, FREE_FAILURES, now), wait(address, FREE_FAILURES_PER_ADDRESS, now));
    if (!wait.isZero()) {
      return Optional.of(wait);
    }
    for (String key : List.of(pair, address)) {
      entries.compute(
          key,
          (k, e) ->
              e == null || e.forgotten(now) ? new Entry(1, now) : new Entry(e.failures() + 1, now));
    }
    return Optional.empty();
  }

  /** The attempt succeeded: its login and address start afresh, the address count is taken back. */
  synchronized void succeeded(String login, String ip) {
    entries.remove(pairKey(login, ip));
    entries.computeIfPresent(
        addressKey(ip), (k, e) -> e.failures() <= 1 ? null : new Entry(e.failures() - 1, e.last()));
  }

  private Duration wait(String key, int free, Instant now) {
    Entry e = entries.get(key);
    if (e == null || e.forgotten(now)) {
      return Duration.ZERO;
    }
    Instant until = e.waitUntil(free);
    return until == null || !now.isBefore(until) ? Duration.ZERO : Duration.between(now, until);
  }

  private static Duration longest(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String pairKey(String login, String ip) {
    String l = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    if (l.length() > MAX_LOGIN_CHARS) {
      l = l.substring(0, MAX_LOGIN_CHARS);
    }
    return "login:" + addressKey(ip) + " " + l;
  }

  /** The address, or for IPv6 its /64 network (one host usually has a whole one). */
  static String addressKey(String ip) {
    String a = ip == null ? "" : ip.strip();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    if (a.indexOf(':') >= 0) {
      try {
        // an IPv6 literal (it has a colon): parsed, never looked up
        InetAddress parsed = InetAddress.getByName(a.replaceFirst("%.*$", ""));
        if (parsed instanceof Inet6Address) {
          byte[] net = Arrays.copyOf(parsed.getAddress(), 16);
          Arrays.fill(net, 8, 16, (byte) 0);
          return "net:" + InetAddress.getByAddress(net).getHostAddress() + "/64";
        }
        return "ip:" + parsed.getHostAddress();
      } catch (UnknownHostException e) {
        return "ip:" + a;
      }
    }
    return "ip:" + a;
  }
}
