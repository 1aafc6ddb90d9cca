package io.qconnect.marketplace.order;

import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.seller.Standing;
import io.qconnect.marketplace.seller.StandingSource;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The counts orders contribute to a seller's standing: shipping delays (a line in status 2 or 3
 * past its estimated ship date, or past the item's ship-by days when no date was set) and claims
 * requested but not resolved.
 */
public final class OrderStanding implements StandingSource {
  private final OrderQueries queries;
  private final OrderRows rows;
  private final Clock clock;

  public OrderStanding(OrderQueries queries, JapaneseBusinessCalendar calendar, Clock clock) {
    this.queries = queries;
    this.rows = new OrderRows(calendar);
    this.clock = clock;
  }

  @Override
  public Standing computed(String sellerId) {
    LocalDate today = Times.today(clock);
    int delays =
        (int)
            queries.awaitingShipment(sellerId).stream()
                .filter(l -> rows.dueDate(l) != null && today.isAfter(rows.dueDate(l)))
                .count();
    return new Standing(delays, 0, queries.openClaims(sellerId));
  }

  /** True when the line is late (for screens). */
  public boolean isDelayed(OrderLine l) {
    LocalDate due = rows.dueDate(l);
    return l.awaitsShipment() && due != null && Times.today(clock).isAfter(due);
  }
}
