package io.qconnect.protocol.calendar;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Business days in Japan: Monday to Friday, except the days off that {@link JapaneseHolidays}
 * knows.
 *
 * <p>Marketplace deadlines (ship within N business days, settle on the next business day) are
 * stated in business days, and Golden Week, substitute holidays and the occasional citizens'
 * holiday make naive weekday arithmetic wrong several times a year. This class is the one place
 * that arithmetic is done. Year-end closures (12/29–1/3) are company practice, not law, and are not
 * included. Thread-safe.
 */
public final class JapaneseBusinessCalendar {

  private final JapaneseHolidays holidays;

  /** A calendar whose days off are {@code holidays} plus every Saturday and Sunday. */
  public JapaneseBusinessCalendar(JapaneseHolidays holidays) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
  }

  /** The calendar with the statutory Japanese holidays. */
  public static JapaneseBusinessCalendar standard() {
    return new JapaneseBusinessCalendar(new JapaneseHolidays());
  }

  /**
   * Whether {@code date} is a weekday that is not a holiday.
   *
   * @throws IllegalArgumentException if the date is outside the supported years, even on a weekend,
   *     so that an out-of-range date fails the same way every time
   */
  public boolean isBusinessDay(LocalDate date) {
    boolean holiday = holidays.isHoliday(date);
    DayOfWeek day = date.getDayOfWeek();
    return !holiday && day != SATURDAY && day != SUNDAY;
  }

  /** The first business day strictly after {@code date}. */
  public LocalDate nextBusinessDay(LocalDate date) {
    return onOrAfter(date.plusDays(1));
  }

  /** {@code date} itself if it is a business day, otherwise the next business day. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The business day {@code n} business days after {@code start}; {@code start} itself when {@code
   * n} is zero. Friday plus one is the next Monday, if that Monday is a business day.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate plusBusinessDays(LocalDate start, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    LocalDate day = Objects.requireNonNull(start, "start");
    for (int i = 0; i < n; i++) {
      day = nextBusinessDay(day);
    }
    return day;
  }

  /**
   * How many business days lie in {@code (fromExclusive, toInclusive]}, so that {@code
   * businessDaysBetween(d, plusBusinessDays(d, n)) == n}. Swapping the arguments negates the
   * result, which makes "how many business days late" a plain subtraction.
   */
  public int businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    if (toInclusive.isBefore(fromExclusive)) {
      return -businessDaysBetween(toInclusive, fromExclusive);
    }
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1);
        !day.isAfter(toInclusive);
        day = day.plusDays(1)) {
      if (isBusinessDay(day)) {
        count++;
      }
    }
    return count;
  }
}
