package io.qconnect.protocol.calendar;

import static java.time.DayOfWeek.MONDAY;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The national holidays proper (国民の祝日) of a year, as the Act on National Holidays (国民の祝日に関する法律,
 * 1948) and its amendments define them, plus the one-off days off declared by special laws.
 *
 * <p>Each amendment is one {@link Rule} valid for a span of years, so a change of the law is a
 * change of one line here rather than of a list of dates. Substitute and citizens' holidays are
 * derived from these days by {@link JapaneseHolidays}; they are not national holidays themselves
 * and do not appear here.
 */
final class NationalHolidayRules {

  private static final int ALWAYS = Integer.MIN_VALUE;
  private static final int STILL = Integer.MAX_VALUE;

  private static final Name NEW_YEAR = new Name("元日", "New Year's Day");
  private static final Name COMING_OF_AGE = new Name("成人の日", "Coming of Age Day");
  private static final Name FOUNDATION = new Name("建国記念の日", "National Foundation Day");
  private static final Name EMPEROR = new Name("天皇誕生日", "Emperor's Birthday");
  private static final Name VERNAL = new Name("春分の日", "Vernal Equinox Day");
  private static final Name SHOWA = new Name("昭和の日", "Showa Day");
  private static final Name GREENERY = new Name("みどりの日", "Greenery Day");
  private static final Name CONSTITUTION = new Name("憲法記念日", "Constitution Memorial Day");
  private static final Name CHILDREN = new Name("こどもの日", "Children's Day");
  private static final Name MARINE = new Name("海の日", "Marine Day");
  private static final Name MOUNTAIN = new Name("山の日", "Mountain Day");
  private static final Name AGED = new Name("敬老の日", "Respect for the Aged Day");
  private static final Name AUTUMNAL = new Name("秋分の日", "Autumnal Equinox Day");
  private static final Name HEALTH_SPORTS = new Name("体育の日", "Health and Sports Day");
  // The official English name is "Sports Day"; the published lists keep the old one.
  private static final Name SPORTS = new Name("スポーツの日", "Health and Sports Day");
  private static final Name CULTURE = new Name("文化の日", "National Culture Day");
  private static final Name LABOR = new Name("勤労感謝の日", "Labor Thanksgiving Day");
  // The 2019 special law (平成30年法律第99号) names both of its days just "休日" and has them treated as
  // national holidays: 5/1 is the day of the enthronement, 10/22 the enthronement ceremony.
  private static final Name ENTHRONEMENT_2019 = new Name("休日（祝日扱い）", "Holiday");

  private static final List<Rule> RULES =
      List.of(
          fixed(NEW_YEAR, Month.JANUARY, 1, ALWAYS, STILL),
          fixed(COMING_OF_AGE, Month.JANUARY, 15, ALWAYS, 1999),
          monday(COMING_OF_AGE, Month.JANUARY, 2, 2000, STILL), // Happy Monday, 1998 amendment
          fixed(FOUNDATION, Month.FEBRUARY, 11, 1967, STILL),
          fixed(EMPEROR, Month.FEBRUARY, 23, 2020, STILL), // Naruhito; none in 2019
          new Rule(VERNAL, ALWAYS, STILL, Equinoxes::vernal),
          fixed(EMPEROR, Month.APRIL, 29, ALWAYS, 1988), // Hirohito
          fixed(GREENERY, Month.APRIL, 29, 1989, 2006),
          fixed(SHOWA, Month.APRIL, 29, 2007, STILL),
          fixed(CONSTITUTION, Month.MAY, 3, ALWAYS, STILL),
          fixed(GREENERY, Month.MAY, 4, 2007, STILL), // moved when 4/29 became 昭和の日
          fixed(CHILDREN, Month.MAY, 5, ALWAYS, STILL),
          fixed(MARINE, Month.JULY, 20, 1996, 2002),
          monday(MARINE, Month.JULY, 3, 2003, STILL)
              .movedIn(2020, Month.JULY, 23) // Tokyo Olympics, opening ceremony eve
              .movedIn(2021, Month.JULY, 22), // the same, postponed a year
          fixed(MOUNTAIN, Month.AUGUST, 11, 2016, STILL)
              .movedIn(2020, Month.AUGUST, 10) // Olympics closing ceremony
              .movedIn(2021, Month.AUGUST, 8),
          fixed(AGED, Month.SEPTEMBER, 15, 1966, 2002),
          monday(AGED, Month.SEPTEMBER, 3, 2003, STILL),
          new Rule(AUTUMNAL, ALWAYS, STILL, Equinoxes::autumnal),
          fixed(HEALTH_SPORTS, Month.OCTOBER, 10, 1966, 1999),
          monday(HEALTH_SPORTS, Month.OCTOBER, 2, 2000, 2019),
          monday(SPORTS, Month.OCTOBER, 2, 2020, STILL)
              .movedIn(2020, Month.JULY, 24) // Olympics opening ceremony
              .movedIn(2021, Month.JULY, 23),
          fixed(CULTURE, Month.NOVEMBER, 3, ALWAYS, STILL),
          fixed(LABOR, Month.NOVEMBER, 23, ALWAYS, STILL),
          fixed(EMPEROR, Month.DECEMBER, 23, 1989, 2018)); // Akihito

  private static final List<Holiday> ONE_OFFS =
      List.of(
          oneOff(1959, 4, 10, "結婚の儀", "The Rite of Wedding of HIH Crown Prince Akihito"),
          oneOff(1989, 2, 24, "大喪の礼", "The Funeral Ceremony of Emperor Showa."),
          oneOff(
              1990,
              11,
              12,
              "即位礼正殿の儀",
              "The Ceremony of the Enthronement of His Majesty the Emperor (at the Seiden)"),
          oneOff(1993, 6, 9, "結婚の儀", "The Rite of Wedding of HIH Crown Prince Naruhito"),
          oneOff(2019, 5, 1, ENTHRONEMENT_2019.ja(), ENTHRONEMENT_2019.en()),
          oneOff(2019, 10, 22, ENTHRONEMENT_2019.ja(), ENTHRONEMENT_2019.en()));

  private NationalHolidayRules() {}

  /**
   * The national holidays of {@code year}, including the one-off days that the law treats like
   * them, in date order.
   */
  static List<Holiday> in(int year) {
    Stream<Holiday> regular =
        RULES.stream().filter(rule -> rule.appliesIn(year)).map(r -> r.in(year));
    Stream<Holiday> oneOff = ONE_OFFS.stream().filter(h -> h.date().getYear() == year);
    return Stream.concat(regular, oneOff).sorted(Comparator.comparing(Holiday::date)).toList();
  }

  private static Rule fixed(Name name, Month month, int day, int fromYear, int toYear) {
    return new Rule(name, fromYear, toYear, year -> LocalDate.of(year, month, day));
  }

  private static Rule monday(Name name, Month month, int nth, int fromYear, int toYear) {
    return new Rule(
        name,
        fromYear,
        toYear,
        year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, MONDAY)));
  }

  private static Holiday oneOff(int year, int month, int day, String nameJa, String nameEn) {
    return new Holiday(LocalDate.of(year, month, day), nameJa, nameEn);
  }

  private record Name(String ja, String en) {}

  /** One holiday as one version of the law defines it, for the years {@code from..to}. */
  private record Rule(Name name, int fromYear, int toYear, IntFunction<LocalDate> dateIn) {

    boolean appliesIn(int year) {
      return fromYear <= year && year <= toYear;
    }

    Holiday in(int year) {
      return new Holiday(dateIn.apply(year), name.ja(), name.en());
    }

    /** The same rule, except that a special law moved the holiday to another day in one year. */
    Rule movedIn(int year, Month month, int day) {
      LocalDate moved = LocalDate.of(year, month, day);
      IntFunction<LocalDate> usual = dateIn;
      return new Rule(name, fromYear, toYear, y -> y == year ? moved : usual.apply(y));
    }
  }
}
