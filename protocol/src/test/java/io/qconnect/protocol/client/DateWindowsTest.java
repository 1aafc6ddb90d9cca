package io.qconnect.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.protocol.wire.QapiDates;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateWindowsTest {
  @Test
  void a_range_of_exactly_90_days_is_one_window() {
    LocalDateTime from = LocalDateTime.of(2026, 1, 1, 0, 0);
    assertThat(DateWindows.split(from, from.plusDays(90).minusSeconds(1), DateWindows.MAX))
        .hasSize(1);
    assertThat(DateWindows.split(from, from.plusDays(90), DateWindows.MAX)).hasSize(2);
  }

  @Test
  void windows_are_contiguous_and_never_longer_than_the_maximum() {
    LocalDateTime from = LocalDateTime.of(2025, 3, 7, 13, 5, 9);
    List<DateWindows.Window> w = DateWindows.split(from, from.plusDays(365), DateWindows.MAX);
    assertThat(w).hasSize(5);
    for (int i = 0; i < w.size(); i++) {
      assertThat(Duration.between(w.get(i).from(), w.get(i).to())).isLessThan(Duration.ofDays(90));
      if (i > 0) {
        assertThat(w.get(i).from()).isEqualTo(w.get(i - 1).to().plusSeconds(1));
      }
    }
    assertThat(w.get(4).to()).isEqualTo(from.plusDays(365));
  }

  @Test
  void a_backwards_range_is_refused() {
    LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
    assertThatThrownBy(() -> DateWindows.split(t, t.minusSeconds(1), DateWindows.MAX))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void search_bounds_read_both_formats_and_a_date_only_end_covers_the_day() {
    assertThat(QapiDates.parseSearchBound("20260110", false))
        .isEqualTo(LocalDateTime.of(2026, 1, 10, 0, 0));
    assertThat(QapiDates.parseSearchBound("20260110", true))
        .isEqualTo(LocalDateTime.of(2026, 1, 10, 23, 59, 59));
    assertThat(QapiDates.parseSearchBound("20260110123456", true))
        .isEqualTo(LocalDateTime.of(2026, 1, 10, 12, 34, 56));
    assertThatThrownBy(() -> QapiDates.parseSearchBound("2026-01-10", false))
        .hasMessageContaining("yyyyMMdd");
  }

  @Test
  void response_dates_read_leniently() {
    assertThat(QapiDates.parseWire("2026-01-10 14:03"))
        .contains(LocalDateTime.of(2026, 1, 10, 14, 3));
    assertThat(QapiDates.parseWire("2026-01-10")).contains(LocalDateTime.of(2026, 1, 10, 0, 0));
    assertThat(QapiDates.parseWire("")).isEmpty();
    assertThat(QapiDates.parseWire("not a date")).isEmpty();
    assertThat(QapiDates.wire(LocalDateTime.of(2026, 1, 2, 3, 4, 5)))
        .isEqualTo("2026-01-02 03:04:05");
  }
}
