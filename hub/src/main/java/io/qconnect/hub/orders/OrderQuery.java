package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubException;
import java.time.LocalDate;

/**
 * A search of imported lines; null fields do not filter.
 *
 * @param shopId one shop
 * @param status one hub status
 * @param from first order date (JST), inclusive
 * @param to last order date (JST), inclusive
 * @param limit at most this many lines (1–5000)
 */
public record OrderQuery(String shopId, HubStatus status, LocalDate from, LocalDate to, int limit) {

  public OrderQuery {
    if (limit < 1 || limit > 5000) {
      throw new HubException("limit must be 1–5000, not " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new HubException("'to' (" + to + ") is before 'from' (" + from + ")");
    }
  }

  public static OrderQuery shop(String shopId) {
    return new OrderQuery(shopId, null, null, null, 1000);
  }
}
