package io.qconnect.protocol.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the rules against an independent, published list of every holiday from 1970 to 2050.
 *
 * <p>Every date agrees. A few names differ on purpose, listed in {@link #OUR_NAMES} with the
 * reason; a test keeps that list honest by failing when an entry no longer differs.
 */
class JapaneseHolidaysOracleTest {

  /** Our name where it differs from the oracle's, by date. */
  private static final Map<LocalDate, Holiday> OUR_NAMES = new HashMap<>();

  static {
    // Golden Week substitutes since 2007: when 5/3 or 5/4 is a Sunday the day off moves past the
    // following holidays to 5/6. The law gives it for the Sunday holiday (憲法記念日 or みどりの日);
    // the oracle calls it こどもの日 振替休日 after the last day of the run, except in 2020 where it
    // says 憲法記念日 振替休日 as we do. We keep the legal name, which is consistent every year.
    for (int year : new int[] {2009, 2015, 2026, 2037, 2043, 2048}) {
      differs(LocalDate.of(year, 5, 6), "憲法記念日 振替休日", "Holiday in lieu");
    }
    for (int year : new int[] {2008, 2014, 2025, 2031, 2036, 2042}) {
      differs(LocalDate.of(year, 5, 6), "みどりの日 振替休日", "Holiday in lieu");
    }
    // 2019-04-30 and 2019-05-02 are citizens' holidays by the same article (国民の祝日に関する法律 第3条
    // 第3項) as the other 22 in the oracle, which it calls "Citizen's Holiday" in English; for these
    // two it says "Holiday". One rule, one name. The Japanese name 休日 agrees.
    differs(LocalDate.of(2019, 4, 30), "休日", "Citizen's Holiday");
    differs(LocalDate.of(2019, 5, 2), "休日", "Citizen's Holiday");
    // The renaming to スポーツの日 took effect on 2020-01-01; in 2019 the day was still 体育の日. The
    // oracle (following the Cabinet Office list) writes 体育の日（スポーツの日） as a reminder.
    differs(LocalDate.of(2019, 10, 14), "体育の日", "Health and Sports Day");
  }

  private static Map<LocalDate, Holiday> oracle;

  private final JapaneseHolidays holidays = new JapaneseHolidays();

  private static void differs(LocalDate date, String nameJa, String nameEn) {
    OUR_NAMES.put(date, new Holiday(date, nameJa, nameEn));
  }

  @BeforeAll
  static void loadOracle() {
    oracle = HolidayOracle.load();
  }

  @Test
  void agrees_with_every_holiday_in_the_oracle_from_1970_to_2050() {
    List<String> differences = new ArrayList<>();
    for (LocalDate day = HolidayOracle.FIRST_DAY;
        !day.isAfter(HolidayOracle.LAST_DAY);
        day = day.plusDays(1)) {
      Optional<Holiday> expected =
          Optional.ofNullable(oracle.get(day)).map(h -> OUR_NAMES.getOrDefault(h.date(), h));
      Optional<Holiday> actual = holidays.holiday(day);
      if (!actual.equals(expected)) {
        differences.add(
            day + " " + day.getDayOfWeek() + ": ours=" + actual + " oracle=" + expected);
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void lists_each_year_of_the_oracle_in_date_order() {
    for (int year = 1970; year <= 2050; year++) {
      int y = year;
      List<LocalDate> expected =
          oracle.keySet().stream().filter(d -> d.getYear() == y).sorted().toList();
      assertThat(holidays.holidaysIn(year))
          .extracting(Holiday::date)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void every_documented_name_difference_is_still_a_difference_on_an_oracle_holiday() {
    assertThat(OUR_NAMES)
        .allSatisfy(
            (date, ours) -> {
              assertThat(oracle).containsKey(date);
              assertThat(oracle.get(date)).isNotEqualTo(ours);
            });
  }
}
