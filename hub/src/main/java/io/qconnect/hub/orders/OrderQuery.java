package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.Query;

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

  /** This search as a SQL filter on {@code hub_order_line}: " WHERE ..." or "". */
  String where() {
    List<String> where = new ArrayList<>();
    if (shopId != null) {
      where.add("shop_id = :shop");
    }
    if (status != null) {
      where.add("hub_status = :status");
    }
    if (from != null) {
      where.add("order_date >= :from");
    }
    if (to != null) {
      where.add("order_date < :toExclusive");
    }
    return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
  }

  /** Binds the values {@link #where()} names, and {@code :limit}. */
  Query bind(Query query) {
    query.bind("limit", limit);
    if (shopId != null) {
      query.bind("shop", shopId);
    }
    if (status != null) {
      query.bind("status", status.name());
    }
    if (from != null) {
      query.bind("from", from.atStartOfDay());
    }
    if (to != null) {
      query.bind("toExclusive", to.plusDays(1).atStartOfDay());
    }
    return query;
  }
}
