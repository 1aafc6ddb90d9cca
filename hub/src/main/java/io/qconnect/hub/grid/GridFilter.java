package io.qconnect.hub.grid;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HubStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.Query;

/**
 * What the grid shows; null fields do not filter.
 *
 * @param shopId one shop
 * @param status one hub status
 * @param from first order date (JST), inclusive
 * @param to last order date (JST), inclusive
 * @param number an order number or cart number
 * @param writeBack where the tracking write-back stands
 */
public record GridFilter(
    String shopId,
    HubStatus status,
    LocalDate from,
    LocalDate to,
    Long number,
    WriteBack writeBack) {

  /** The write-back filter: none yet, or the queue row's state. */
  public enum WriteBack {
    NONE,
    PENDING,
    SENT,
    FAILED,
    CANCELLED
  }

  public static final GridFilter ALL = new GridFilter(null, null, null, null, null, null);

  public GridFilter {
    if (from != null && to != null && to.isBefore(from)) {
      throw new HubException("'to' (" + to + ") is before 'from' (" + from + ")");
    }
  }

  /** This filter as SQL on {@code hub_order_line l} joined with {@code hub_shipment s}. */
  String where() {
    List<String> w = new ArrayList<>();
    if (shopId != null) {
      w.add("l.shop_id = :shop");
    }
    if (status != null) {
      w.add("l.hub_status = :status");
    }
    if (from != null) {
      w.add("l.order_date >= :from");
    }
    if (to != null) {
      w.add("l.order_date < :toExclusive");
    }
    if (number != null) {
      w.add("(l.order_no = :number OR l.pack_no = :number)");
    }
    if (writeBack != null) {
      w.add(writeBack == WriteBack.NONE ? "s.state IS NULL" : "s.state = :wb");
    }
    return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
  }

  /** Whether {@link #where()} names the write-back table. */
  boolean needsShipments() {
    return writeBack != null;
  }

  Query bind(Query q) {
    if (shopId != null) {
      q.bind("shop", shopId);
    }
    if (status != null) {
      q.bind("status", status.name());
    }
    if (from != null) {
      q.bind("from", from.atStartOfDay());
    }
    if (to != null) {
      q.bind("toExclusive", to.plusDays(1).atStartOfDay());
    }
    if (number != null) {
      q.bind("number", number.longValue());
    }
    if (writeBack != null && writeBack != WriteBack.NONE) {
      q.bind("wb", writeBack.name());
    }
    return q;
  }
}
