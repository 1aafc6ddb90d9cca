package io.qconnect.marketplace.qapi;

import io.qconnect.marketplace.core.MarketplaceException;
import java.util.Locale;
import java.util.Objects;

/**
 * One injected fault rule for QAPI calls, as {@code POST /sandbox/faults} takes it.
 *
 * @param method {@code Class.Method} (any case) or {@code *}
 * @param kind what happens
 * @param resultCode the code answered for {@link Kind#ERROR}
 * @param delayMs the wait for {@link Kind#DELAY}
 * @param times how many calls it hits; 0 or less means until removed
 * @param probability the chance that a matching call is hit, 0..1
 */
public record Fault(
    String method, Kind kind, int resultCode, long delayMs, int times, double probability) {

  /** The kinds of fault. */
  public enum Kind {
    /** A QAPI error code in the method's envelope. */
    ERROR,
    /** HTTP 500 with a plain body. */
    HTTP500,
    /** The answer comes late. */
    DELAY,
    /** HTTP 200 with a body that is not a QAPI envelope. */
    GARBAGE,
    /** The connection is closed in the middle of the answer. */
    DROP;

    public static Kind parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw new MarketplaceException(
            "unknown fault '" + s + "': use error, http500, delay, garbage or drop");
      }
    }
  }

  public Fault {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(kind, "kind");
    if (method.isBlank()) {
      throw new MarketplaceException("a fault needs a method or '*'");
    }
    if (probability <= 0 || probability > 1) {
      throw new MarketplaceException("probability must be in (0, 1], not " + probability);
    }
    if (delayMs < 0 || delayMs > 120_000) {
      throw new MarketplaceException("delayMs must be 0..120000");
    }
  }

  boolean matches(String fullMethodName) {
    return method.equals("*") || method.equalsIgnoreCase(fullMethodName);
  }
}
