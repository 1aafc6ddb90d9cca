package io.qconnect.marketplace.access;

import io.qconnect.marketplace.core.MarketplaceException;
import java.util.List;

/**
 * What the marketplace would not do with a permission request, and why: the reason and its values
 * (kinds, request numbers, dates, failed conditions), so that a screen can say it in the reader's
 * language; the message is the English for logs and the sandbox API.
 */
public final class AccessRefused extends MarketplaceException {
  private static final long serialVersionUID = 1L;

  /** Why; each names the values {@link #args()} holds, in order. */
  public enum Reason {
    /** The seller holds this permission already: kind. */
    ALREADY_HELD,
    /** A request of this kind waits already: kind, request id, processing day. */
    ALREADY_PENDING,
    /** Today is a Saturday, Sunday or holiday: today, the next business day. */
    NOT_BUSINESS_DAY,
    /** The request is due on a later day: request id, processing day. */
    NOT_DUE,
    /** The request was decided already: request id, its status. */
    ALREADY_DECIDED,
    /** Approval refused: a condition fails (see {@link #failures()}): request id. */
    CONDITIONS_FAIL
  }

  private final Reason reason;
  private final transient List<Object> args;
  private final transient List<Failure> failures;

  AccessRefused(Reason reason, String message, List<Object> args, List<Failure> failures) {
    super(message);
    this.reason = reason;
    this.args = List.copyOf(args);
    this.failures = List.copyOf(failures);
  }

  static AccessRefused of(Reason reason, String message, Object... args) {
    return new AccessRefused(reason, message, List.of(args), List.of());
  }

  public Reason reason() {
    return reason;
  }

  /**
   * The values of the reason: {@link PermissionKind}, {@code Long} request ids, {@link
   * java.time.LocalDate} days, {@link RequestStatus}.
   */
  public List<Object> args() {
    return args;
  }

  /** For {@link Reason#CONDITIONS_FAIL}: the conditions that fail now, with their values. */
  public List<Failure> failures() {
    return failures;
  }
}
