package io.qconnect.hub.sync;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The bounds of a backfill range (JST order dates, inclusive). */
public final class BackfillRange {
  /**
   * The longest backfill, in days: two years, a leap day included. A backfill runs in the
   * background a week window after another (105 windows for two years) and holds the shop's lock
   * meanwhile, so scheduled imports of that shop wait; two years cover any order a shop can still
   * act on, and a longer range is several backfills.
   */
  public static final int MAX_DAYS = 731;

  /**
   * The earliest day a backfill may start: Qoo10 Japan opened in 2010, no shop has older orders.
   */
  public static final LocalDate EARLIEST = LocalDate.of(2010, 1, 1);

  private BackfillRange() {}

  /**
   * @throws BackfillRangeException naming the bound the range breaks
   */
  public static void check(LocalDate from, LocalDate to, LocalDate today) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (to.isBefore(from)) {
      throw refused(
          BackfillRangeException.Reason.TO_BEFORE_FROM,
          from,
          to,
          days,
          "backfill: 'to' (" + to + ") is before 'from' (" + from + ")");
    }
    if (to.isAfter(today)) {
      throw refused(
          BackfillRangeException.Reason.IN_FUTURE,
          from,
          to,
          days,
          "backfill: 'to' (" + to + ") is in the future");
    }
    if (days > MAX_DAYS) {
      throw refused(
          BackfillRangeException.Reason.TOO_LONG,
          from,
          to,
          days,
          "backfill: "
              + from
              + " to "
              + to
              + " is "
              + days
              + " days; a backfill covers at most 2 years ("
              + MAX_DAYS
              + " days); run several for a longer range");
    }
    if (from.isBefore(EARLIEST)) {
      throw refused(
          BackfillRangeException.Reason.TOO_EARLY,
          from,
          to,
          days,
          "backfill: 'from' ("
              + from
              + ") is before "
              + EARLIEST
              + "; Qoo10 Japan has no orders that old");
    }
  }

  private static BackfillRangeException refused(
      BackfillRangeException.Reason r, LocalDate from, LocalDate to, long days, String message) {
    return new BackfillRangeException(r, from, to, days, message);
  }
}
