package io.qconnect.protocol.calendar;

import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every day off in Japan from {@value #FIRST_SUPPORTED_YEAR} to {@value #LAST_SUPPORTED_YEAR},
 * computed from the holiday law rather than read from a list of dates.
 *
 * <p>Why rules: a list ends (the published ones reach a year or two ahead) and cannot explain
 * itself. The law has three layers, applied in order:
 *
 * <ol>
 *   <li>the national holidays proper (国民の祝日) and one-off days treated like them, see {@code
 *       NationalHolidayRules};
 *   <li>substitute holidays (振替休日, from 1973-04-12): a national holiday on a Sunday gives the next
 *       Monday off; from 2007 the next day that is not a national holiday (Golden Week 2008: 5/4 is
 *       a Sunday, 5/5 a holiday, so 5/6 is off);
 *   <li>citizens' holidays (国民の休日, from 1985-12-27): a day between two national holidays is off too
 *       (May 4 from 1988 to 2006, some September days since 2009); before 2007 a Sunday or a
 *       substitute holiday did not count.
 * </ol>
 *
 * <p>The equinoxes come from the astronomical approximation (see {@code Equinoxes}); the official
 * dates are announced a year ahead and have matched it so far. Instances are thread-safe and cache
 * each year once computed, so share one.
 */
public final class JapaneseHolidays {

  /** The first year answered; the 1948 law, without later amendments, applied then. */
  public static final int FIRST_SUPPORTED_YEAR = 1955;

  /** The last year answered: the equinox formula used here has no coefficients beyond 2099. */
  public static final int LAST_SUPPORTED_YEAR = 2099;

  private static final LocalDate SUBSTITUTES_FROM = LocalDate.of(1973, 4, 12);
  private static final LocalDate CITIZENS_HOLIDAYS_FROM = LocalDate.of(1985, 12, 27);
  private static final int AMENDMENT_2005_IN_FORCE = 2007;
  private static final String SUBSTITUTE_SUFFIX_JA = " 振替休日";
  private static final String SUBSTITUTE_EN = "Holiday in lieu";
  private static final String CITIZENS_JA = "休日";
  private static final String CITIZENS_EN = "Citizen's Holiday";

  private final ConcurrentMap<Integer, YearOfHolidays> years = new ConcurrentHashMap<>();

  /** Creates the calendar; years are computed on first use. */
  public JapaneseHolidays() {}

  /**
   * The day off on {@code date}, if it is one.
   *
   * @throws IllegalArgumentException if the date is outside the supported years
   */
  public Optional<Holiday> holiday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Optional.ofNullable(year(date.getYear()).byDate().get(date));
  }

  /**
   * Whether {@code date} is a day off by law (weekends are not counted here).
   *
   * @throws IllegalArgumentException if the date is outside the supported years
   */
  public boolean isHoliday(LocalDate date) {
    return holiday(date).isPresent();
  }

  /**
   * Every day off in {@code year}, in date order.
   *
   * @throws IllegalArgumentException if the year is outside the supported years
   */
  public List<Holiday> holidaysIn(int year) {
    return year(year).inOrder();
  }

  private YearOfHolidays year(int year) {
    if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
      throw new IllegalArgumentException(
          "Japanese holidays are known for the years "
              + FIRST_SUPPORTED_YEAR
              + ".."
              + LAST_SUPPORTED_YEAR
              + " only, not for "
              + year);
    }
    return years.computeIfAbsent(year, JapaneseHolidays::compute);
  }

  private static YearOfHolidays compute(int year) {
    List<Holiday> national = NationalHolidayRules.in(year);
    Map<LocalDate, Holiday> days = new TreeMap<>();
    national.forEach(h -> days.put(h.date(), h));
    Set<LocalDate> nationalDates = Set.copyOf(days.keySet());
    for (Holiday h : national) {
      substituteFor(h, nationalDates).ifPresent(s -> days.putIfAbsent(s.date(), s));
    }
    for (Holiday h : national) {
      LocalDate between = h.date().plusDays(1);
      if (isCitizensHoliday(between, nationalDates) && !days.containsKey(between)) {
        days.put(between, new Holiday(between, CITIZENS_JA, CITIZENS_EN));
      }
    }
    return new YearOfHolidays(List.copyOf(days.values()), Map.copyOf(days));
  }

  /** 振替休日: the day off that a national holiday falling on a Sunday gives. */
  private static Optional<Holiday> substituteFor(Holiday sunday, Set<LocalDate> national) {
    LocalDate date = sunday.date();
    if (date.getDayOfWeek() != SUNDAY || date.isBefore(SUBSTITUTES_FROM)) {
      return Optional.empty();
    }
    LocalDate next = date.plusDays(1);
    if (date.getYear() < AMENDMENT_2005_IN_FORCE) {
      if (national.contains(next)) {
        return Optional.empty(); // the Monday is a holiday anyway; the old law gave nothing more
      }
    } else {
      while (national.contains(next)) {
        next = next.plusDays(1);
      }
    }
    String nameJa = sunday.nameJa() + SUBSTITUTE_SUFFIX_JA;
    return Optional.of(new Holiday(next, nameJa, SUBSTITUTE_EN));
  }

  /**
   * 国民の休日: a day that is not a national holiday but lies between two of them. Substitute holidays
   * take precedence; the caller keeps them. Before 2007 a Sunday did not qualify.
   */
  private static boolean isCitizensHoliday(LocalDate date, Set<LocalDate> national) {
    boolean sandwiched =
        national.contains(date.minusDays(1))
            && national.contains(date.plusDays(1))
            && !national.contains(date);
    boolean sundayExcluded =
        date.getYear() < AMENDMENT_2005_IN_FORCE && date.getDayOfWeek() == SUNDAY;
    return sandwiched && !date.isBefore(CITIZENS_HOLIDAYS_FROM) && !sundayExcluded;
  }

  private record YearOfHolidays(List<Holiday> inOrder, Map<LocalDate, Holiday> byDate) {}
}
