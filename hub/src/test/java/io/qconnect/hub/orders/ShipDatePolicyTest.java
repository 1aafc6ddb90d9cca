package io.qconnect.hub.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ShipDatePolicyTest {
  private final ShipDatePolicy policy = new ShipDatePolicy(JapaneseBusinessCalendar.standard());

  @Test
  void counts_business_days_after_payment() {
    LocalDateTime paidWednesday = LocalDateTime.of(2026, 1, 14, 9, 0);

    assertThat(policy.estimatedShipDate(paidWednesday, LocalDate.of(2026, 1, 14), 2))
        .isEqualTo(LocalDate.of(2026, 1, 16));
  }

  @Test
  void skips_weekends_and_the_golden_week_holidays() {
    LocalDateTime paidFriday = LocalDateTime.of(2026, 5, 1, 20, 0);

    // 5/2 Sat, 5/3 Sun (Constitution Day), 5/4, 5/5, 5/6 (substitute holiday): 5/7 and 5/8 count.
    assertThat(policy.estimatedShipDate(paidFriday, LocalDate.of(2026, 5, 1), 2))
        .isEqualTo(LocalDate.of(2026, 5, 8));
  }

  @Test
  void is_never_earlier_than_the_next_business_day_after_today() {
    LocalDateTime paidLastWeek = LocalDateTime.of(2026, 1, 5, 9, 0);

    assertThat(policy.estimatedShipDate(paidLastWeek, LocalDate.of(2026, 1, 16), 2))
        .isEqualTo(LocalDate.of(2026, 1, 19));
  }

  @Test
  void without_a_payment_date_counts_from_today() {
    assertThat(policy.estimatedShipDate(null, LocalDate.of(2026, 1, 14), 1))
        .isEqualTo(LocalDate.of(2026, 1, 15));
  }
}
