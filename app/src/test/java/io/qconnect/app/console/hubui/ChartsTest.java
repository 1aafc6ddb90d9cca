package io.qconnect.app.console.hubui;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.orders.Confirmation;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.wire.QapiDates;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final Instant NOW =
      LocalDateTime.of(2026, 5, 13, 14, 30).atZone(QapiDates.JST).toInstant();

  @Test
  void orders_are_counted_in_the_hour_they_were_placed_over_the_last_24_hours() {
    List<OrderLine> lines =
        List.of(
            line(LocalDateTime.of(2026, 5, 13, 14, 5), 10),
            line(LocalDateTime.of(2026, 5, 13, 14, 25), 10),
            line(LocalDateTime.of(2026, 5, 12, 15, 0), 10),
            line(LocalDateTime.of(2026, 5, 12, 14, 59), 10));
    Charts.BarChart c = Charts.ordersPerHour(lines, NOW);
    assertThat(c.bars()).hasSize(24);
    assertThat(c.bars().get(0).hour()).isEqualTo("15:00");
    assertThat(c.bars().get(0).value()).isEqualTo("1");
    assertThat(c.bars().get(23).value()).isEqualTo("2");
    assertThat(c.bars().get(23).h()).isGreaterThan(c.bars().get(0).h());
  }

  @Test
  void import_lag_runs_from_payment_to_first_seen() {
    List<OrderLine> lines =
        List.of(
            line(LocalDateTime.of(2026, 5, 13, 13, 0), 4),
            line(LocalDateTime.of(2026, 5, 13, 13, 10), 8));
    assertThat(Charts.lagPerHour(lines, NOW).bars().get(22).value()).isEqualTo("6.0");
    Charts.LagSummary s = Charts.lagSummary(lines, NOW);
    assertThat(s.lines()).isEqualTo(2);
    assertThat(s.max()).isEqualTo(8);
  }

  @Test
  void the_axis_ends_on_a_round_number() {
    assertThat(Charts.niceTop(0)).isEqualTo(4);
    assertThat(Charts.niceTop(13)).isEqualTo(20);
    assertThat(Charts.niceTop(410)).isEqualTo(500);
  }

  private static OrderLine line(LocalDateTime paid, int lagMinutes) {
    Instant seen = paid.atZone(QapiDates.JST).toInstant().plusSeconds(lagMinutes * 60L);
    return new OrderLine(
        "shop",
        1,
        1,
        "",
        ShippingStatus.ON_REQUEST,
        null,
        HubStatus.NEW,
        paid,
        paid,
        null,
        null,
        null,
        null,
        "",
        "1100000001",
        "SKU-1",
        "item",
        "",
        "",
        1,
        1000,
        "",
        "",
        Confirmation.NONE,
        seen,
        seen,
        1);
  }
}
