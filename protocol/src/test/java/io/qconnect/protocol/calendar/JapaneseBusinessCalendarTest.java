package io.qconnect.protocol.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JapaneseBusinessCalendarTest {

  private final JapaneseBusinessCalendar calendar = JapaneseBusinessCalendar.standard();

  @Test
  void weekdays_are_business_days_and_weekends_and_holidays_are_not() {
    assertThat(calendar.isBusinessDay(date(2026, 6, 10))).isTrue(); // Wednesday
    assertThat(calendar.isBusinessDay(date(2026, 6, 13))).isFalse(); // Saturday
    assertThat(calendar.isBusinessDay(date(2026, 6, 14))).isFalse(); // Sunday
    assertThat(calendar.isBusinessDay(date(2026, 9, 22))).isFalse(); // Tuesday, 国民の休日
  }

  @Test
  void saturday_before_coming_of_age_day_2026_is_followed_by_tuesday() {
    assertThat(calendar.nextBusinessDay(date(2026, 1, 10))).isEqualTo(date(2026, 1, 13));
  }

  @Test
  void golden_week_2026_takes_saturday_may_2_to_thursday_may_7() {
    assertThat(calendar.nextBusinessDay(date(2026, 5, 2))).isEqualTo(date(2026, 5, 7));
  }

  @Test
  void golden_week_2019_closed_ten_days_in_a_row() {
    for (LocalDate day = date(2019, 4, 27); day.isBefore(date(2019, 5, 7)); day = day.plusDays(1)) {
      assertThat(calendar.isBusinessDay(day)).as("%s", day).isFalse();
    }
    assertThat(calendar.nextBusinessDay(date(2019, 4, 26))).isEqualTo(date(2019, 5, 7));
  }

  @Test
  void next_business_day_is_strictly_after_even_a_business_day() {
    assertThat(calendar.nextBusinessDay(date(2026, 6, 10))).isEqualTo(date(2026, 6, 11));
    assertThat(calendar.nextBusinessDay(date(2026, 6, 12))).isEqualTo(date(2026, 6, 15));
  }

  @Test
  void year_end_is_not_a_statutory_holiday_but_new_years_day_is() {
    assertThat(calendar.isBusinessDay(date(2026, 12, 31))).isTrue();
    assertThat(calendar.nextBusinessDay(date(2026, 12, 31))).isEqualTo(date(2027, 1, 4));
  }

  @Test
  void on_or_after_keeps_a_business_day_and_moves_past_days_off() {
    assertThat(calendar.onOrAfter(date(2026, 6, 10))).isEqualTo(date(2026, 6, 10));
    assertThat(calendar.onOrAfter(date(2026, 5, 3))).isEqualTo(date(2026, 5, 7));
  }

  @Test
  void plus_business_days_skips_a_weekend() {
    LocalDate friday = date(2026, 6, 5);
    assertThat(calendar.plusBusinessDays(friday, 1)).isEqualTo(date(2026, 6, 8));
    assertThat(calendar.plusBusinessDays(friday, 5)).isEqualTo(date(2026, 6, 12));
  }

  @Test
  void plus_business_days_skips_holidays_and_the_weekend_around_them() {
    LocalDate thursday = date(2026, 4, 30);
    assertThat(calendar.plusBusinessDays(thursday, 1)).isEqualTo(date(2026, 5, 1));
    assertThat(calendar.plusBusinessDays(thursday, 2)).isEqualTo(date(2026, 5, 7));
    assertThat(calendar.plusBusinessDays(thursday, 3)).isEqualTo(date(2026, 5, 8));
  }

  @Test
  void plus_zero_business_days_is_the_start_itself_even_on_a_day_off() {
    assertThat(calendar.plusBusinessDays(date(2026, 6, 13), 0)).isEqualTo(date(2026, 6, 13));
    assertThat(calendar.plusBusinessDays(date(2026, 6, 13), 1)).isEqualTo(date(2026, 6, 15));
  }

  @Test
  void plus_a_negative_number_of_business_days_is_rejected() {
    assertThatThrownBy(() -> calendar.plusBusinessDays(date(2026, 6, 10), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void business_days_between_counts_the_end_but_not_the_start() {
    assertThat(calendar.businessDaysBetween(date(2026, 6, 5), date(2026, 6, 12))).isEqualTo(5);
    assertThat(calendar.businessDaysBetween(date(2026, 6, 10), date(2026, 6, 10))).isZero();
    assertThat(calendar.businessDaysBetween(date(2026, 5, 1), date(2026, 5, 7))).isEqualTo(1);
  }

  @Test
  void business_days_between_undoes_plus_business_days() {
    for (LocalDate start = date(2026, 1, 1); start.getYear() == 2026; start = start.plusDays(3)) {
      for (int n = 0; n <= 12; n++) {
        LocalDate end = calendar.plusBusinessDays(start, n);
        assertThat(calendar.businessDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
      }
    }
  }

  @Test
  void business_days_between_is_negated_when_the_dates_are_swapped() {
    assertThat(calendar.businessDaysBetween(date(2026, 6, 12), date(2026, 6, 5))).isEqualTo(-5);
  }

  @Test
  void a_calendar_made_from_holidays_agrees_with_the_standard_one() {
    JapaneseBusinessCalendar own = new JapaneseBusinessCalendar(new JapaneseHolidays());
    assertThat(own.nextBusinessDay(date(2026, 5, 2))).isEqualTo(date(2026, 5, 7));
  }

  @Test
  void dates_outside_the_supported_years_are_rejected_even_on_a_weekend() {
    assertThatThrownBy(() -> calendar.isBusinessDay(date(2100, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1955..2099");
    assertThatThrownBy(() -> calendar.nextBusinessDay(date(2099, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
