package io.qconnect.protocol.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseHolidaysTest {

  private final JapaneseHolidays holidays = new JapaneseHolidays();

  @Test
  void coming_of_age_day_2026_is_the_second_monday_of_january() {
    assertThat(nameOn(2026, 1, 12)).isEqualTo("成人の日");
    assertThat(holidays.isHoliday(LocalDate.of(2026, 1, 15))).isFalse();
  }

  @Test
  void coming_of_age_day_was_january_15_until_1999() {
    assertThat(nameOn(1999, 1, 15)).isEqualTo("成人の日");
    assertThat(nameOn(2000, 1, 10)).isEqualTo("成人の日");
    assertThat(holidays.isHoliday(LocalDate.of(2000, 1, 15))).isFalse();
  }

  @Test
  void the_emperors_birthday_follows_the_reigning_emperor_and_was_skipped_in_2019() {
    assertThat(nameOn(1988, 4, 29)).isEqualTo("天皇誕生日");
    assertThat(nameOn(2018, 12, 23)).isEqualTo("天皇誕生日");
    assertThat(holidays.holidaysIn(2019)).extracting(Holiday::nameJa).doesNotContain("天皇誕生日");
    assertThat(nameOn(2020, 2, 23)).isEqualTo("天皇誕生日");
  }

  @Test
  void april_29_became_greenery_day_in_1989_and_showa_day_in_2007_when_greenery_day_moved() {
    assertThat(nameOn(1989, 4, 29)).isEqualTo("みどりの日");
    assertThat(nameOn(2006, 4, 29)).isEqualTo("みどりの日");
    assertThat(nameOn(2007, 4, 29)).isEqualTo("昭和の日");
    assertThat(nameOn(2007, 5, 4)).isEqualTo("みどりの日");
  }

  @Test
  void holidays_added_by_later_amendments_start_in_their_first_year() {
    assertThat(holidays.isHoliday(LocalDate.of(1965, 9, 15))).isFalse();
    assertThat(nameOn(1966, 9, 15)).isEqualTo("敬老の日");
    assertThat(nameOn(1966, 10, 10)).isEqualTo("体育の日");
    assertThat(holidays.isHoliday(LocalDate.of(1966, 2, 11))).isFalse();
    assertThat(nameOn(1967, 2, 11)).isEqualTo("建国記念の日");
    assertThat(holidays.isHoliday(LocalDate.of(1995, 7, 20))).isFalse();
    assertThat(nameOn(1996, 7, 20)).isEqualTo("海の日");
    assertThat(holidays.isHoliday(LocalDate.of(2015, 8, 11))).isFalse();
    assertThat(nameOn(2016, 8, 11)).isEqualTo("山の日");
  }

  @Test
  void the_tokyo_olympics_moved_marine_sports_and_mountain_days_in_2020_and_2021() {
    assertThat(nameOn(2020, 7, 23)).isEqualTo("海の日");
    assertThat(nameOn(2020, 7, 24)).isEqualTo("スポーツの日");
    assertThat(nameOn(2020, 8, 10)).isEqualTo("山の日");
    assertThat(holidays.isHoliday(LocalDate.of(2020, 10, 12))).isFalse();
    assertThat(nameOn(2021, 7, 22)).isEqualTo("海の日");
    assertThat(nameOn(2021, 7, 23)).isEqualTo("スポーツの日");
    assertThat(nameOn(2021, 8, 8)).isEqualTo("山の日");
    assertThat(nameOn(2021, 8, 9)).isEqualTo("山の日 振替休日");
    assertThat(nameOn(2022, 10, 10)).isEqualTo("スポーツの日");
  }

  @Test
  void equinox_days_follow_the_astronomical_formula_on_both_sides_of_1980() {
    assertThat(nameOn(1960, 3, 20)).isEqualTo("春分の日");
    assertThat(nameOn(1979, 9, 24)).isEqualTo("秋分の日");
    assertThat(nameOn(2012, 9, 22)).isEqualTo("秋分の日");
    assertThat(nameOn(2025, 3, 20)).isEqualTo("春分の日");
    assertThat(nameOn(2092, 3, 19)).isEqualTo("春分の日");
  }

  @Test
  void no_substitute_holiday_before_the_1973_amendment_took_effect_on_april_12() {
    assertThat(LocalDate.of(1973, 2, 11).getDayOfWeek()).hasToString("SUNDAY");
    assertThat(holidays.isHoliday(LocalDate.of(1973, 2, 12))).isFalse();
    assertThat(nameOn(1973, 4, 30)).isEqualTo("天皇誕生日 振替休日");
  }

  @Test
  void before_2007_a_sunday_holiday_gave_the_next_monday_only() {
    assertThat(nameOn(1992, 5, 4)).isEqualTo("憲法記念日 振替休日");
    assertThat(holidays.isHoliday(LocalDate.of(1997, 5, 4))).isFalse(); // a plain Sunday then
    assertThat(holidays.isHoliday(LocalDate.of(1997, 5, 6))).isFalse();
  }

  @Test
  void from_2007_a_sunday_holiday_gives_the_next_day_that_is_not_a_holiday() {
    Holiday sixth = holidays.holiday(LocalDate.of(2026, 5, 6)).orElseThrow();
    assertThat(sixth).isEqualTo(new Holiday(sixth.date(), "憲法記念日 振替休日", "Holiday in lieu"));
    assertThat(nameOn(2008, 5, 6)).isEqualTo("みどりの日 振替休日");
  }

  @Test
  void a_weekday_between_two_holidays_is_a_citizens_holiday() {
    Holiday silverWeek = holidays.holiday(LocalDate.of(2026, 9, 22)).orElseThrow();
    assertThat(silverWeek).isEqualTo(new Holiday(silverWeek.date(), "休日", "Citizen's Holiday"));
    assertThat(nameOn(2026, 9, 21)).isEqualTo("敬老の日");
    assertThat(nameOn(2026, 9, 23)).isEqualTo("秋分の日");
  }

  @Test
  void may_4_was_a_citizens_holiday_from_1988_to_2006_unless_a_substitute_came_first() {
    assertThat(holidays.isHoliday(LocalDate.of(1985, 5, 4))).isFalse(); // before the 1985 law
    assertThat(nameOn(1987, 5, 4)).isEqualTo("憲法記念日 振替休日");
    assertThat(nameOn(1988, 5, 4)).isEqualTo("休日");
    assertThat(nameOn(2006, 5, 4)).isEqualTo("休日");
  }

  @Test
  void the_2019_enthronement_made_every_day_from_april_27_to_may_6_a_holiday_or_weekend() {
    assertThat(holidays.holidaysIn(2019))
        .filteredOn(h -> h.date().isAfter(LocalDate.of(2019, 4, 26)))
        .filteredOn(h -> h.date().isBefore(LocalDate.of(2019, 5, 7)))
        .extracting(h -> h.date() + " " + h.nameJa())
        .containsExactly(
            "2019-04-29 昭和の日",
            "2019-04-30 休日",
            "2019-05-01 休日（祝日扱い）",
            "2019-05-02 休日",
            "2019-05-03 憲法記念日",
            "2019-05-04 みどりの日",
            "2019-05-05 こどもの日",
            "2019-05-06 こどもの日 振替休日");
  }

  @Test
  void one_off_holidays_declared_by_special_laws_are_included() {
    assertThat(nameOn(1959, 4, 10)).isEqualTo("結婚の儀");
    assertThat(nameOn(1989, 2, 24)).isEqualTo("大喪の礼");
    assertThat(nameOn(1990, 11, 12)).isEqualTo("即位礼正殿の儀");
    assertThat(nameOn(1993, 6, 9)).isEqualTo("結婚の儀");
    assertThat(nameOn(2019, 10, 22)).isEqualTo("休日（祝日扱い）");
  }

  @Test
  void holidays_in_a_year_are_in_date_order_and_agree_with_the_lookup_by_date() {
    List<Holiday> year = holidays.holidaysIn(2026);
    assertThat(year).hasSize(18).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
    assertThat(year).allSatisfy(h -> assertThat(holidays.holiday(h.date())).contains(h));
  }

  @Test
  void an_ordinary_day_is_not_a_holiday() {
    assertThat(holidays.holiday(LocalDate.of(2026, 6, 10))).isEmpty();
  }

  @Test
  void answers_for_every_supported_year_from_1955_to_2099() {
    assertThat(holidays.holidaysIn(JapaneseHolidays.FIRST_SUPPORTED_YEAR)).isNotEmpty();
    assertThat(holidays.holidaysIn(JapaneseHolidays.LAST_SUPPORTED_YEAR)).isNotEmpty();
    assertThat(nameOn(2099, 1, 1)).isEqualTo("元日");
  }

  @Test
  void rejects_dates_and_years_outside_the_supported_range_with_the_range_in_the_message() {
    assertThatThrownBy(() -> holidays.holiday(LocalDate.of(1954, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1955..2099")
        .hasMessageContaining("1954");
    assertThatThrownBy(() -> holidays.holidaysIn(2100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1955..2099");
  }

  private String nameOn(int year, int month, int day) {
    return holidays
        .holiday(LocalDate.of(year, month, day))
        .map(Holiday::nameJa)
        .orElse("no holiday on " + LocalDate.of(year, month, day));
  }
}
