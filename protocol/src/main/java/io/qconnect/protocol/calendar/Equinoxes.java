package io.qconnect.protocol.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * The days of the vernal and autumnal equinox in Japan Standard Time.
 *
 * <p>The law fixes 春分の日 and 秋分の日 to the equinox days that the National Astronomical Observatory
 * announces each February for the following year. Those announcements agree with the standard
 * approximation {@code floor(base + 0.242194 × (Y − 1980) − floor((Y − origin) / 4))}, whose base
 * and leap-year origin depend on the era; that formula is what lets the calendar answer for years
 * that have not been announced yet. The arithmetic is done in millionths of a day with integers, so
 * no floating-point rounding can move a day.
 */
final class Equinoxes {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2099;

  private static final long MICROS_PER_DAY = 1_000_000L;
  private static final long DRIFT_PER_YEAR = 242_194L;

  private Equinoxes() {}

  /** The day of 春分の日, the vernal equinox, in {@code year}. */
  static LocalDate vernal(int year) {
    long base = year < 1980 ? 20_835_700L : 20_843_100L;
    return LocalDate.of(year, Month.MARCH, day(year, base));
  }

  /** The day of 秋分の日, the autumnal equinox, in {@code year}. */
  static LocalDate autumnal(int year) {
    long base = year < 1980 ? 23_258_800L : 23_248_800L;
    return LocalDate.of(year, Month.SEPTEMBER, day(year, base));
  }

  private static int day(int year, long base) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "the equinox formula covers " + FIRST_YEAR + ".." + LAST_YEAR + ", not " + year);
    }
    // Before 1980 the leap-year correction counts from 1983; Java's division truncates towards
    // zero, which is what the published formula does for those negative offsets.
    long leapDays = year < 1980 ? (year - 1983) / 4 : (year - 1980) / 4;
    long micros = base + DRIFT_PER_YEAR * (year - 1980) - MICROS_PER_DAY * leapDays;
    return (int) Math.floorDiv(micros, MICROS_PER_DAY);
  }
}
