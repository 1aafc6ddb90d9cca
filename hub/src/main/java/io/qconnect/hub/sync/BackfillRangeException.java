package io.qconnect.hub.sync;

import io.qconnect.hub.core.HubException;
import java.io.Serial;
import java.time.LocalDate;

/**
 * A backfill range the hub refuses. The console shows {@link #reason()} with {@link #from()},
 * {@link #to()} and {@link #days()} in the viewer's language; the API answers the message.
 */
public final class BackfillRangeException extends HubException {
  @Serial private static final long serialVersionUID = 1L;

  /** Why the range is refused. */
  public enum Reason {
    TO_BEFORE_FROM,
    IN_FUTURE,
    TOO_LONG,
    TOO_EARLY
  }

  private final Reason reason;
  private final LocalDate from;
  private final LocalDate to;
  private final long days;

  BackfillRangeException(Reason reason, LocalDate from, LocalDate to, long days, String message) {
    super(message);
    this.reason = reason;
    this.from = from;
    this.to = to;
    this.days = days;
  }

  public Reason reason() {
    return reason;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  /** The range's length in days. */
  public long days() {
    return days;
  }
}
