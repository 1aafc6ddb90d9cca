package io.qconnect.marketplace.order;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;

/**
 * The seller's order screen: one page of a search with COUNT and LIMIT/OFFSET (the same SQL on H2
 * and PostgreSQL), the counts per status for the tabs, and every matching line streamed for the
 * CSV. The cart is joined for the buyer and address; the counts join it only when the buyer's name
 * is searched.
 */
final class JdbcOrderSearch {
  private static final int FETCH_SIZE = 500;
  private static final String CART =
      "c.buyer_name, c.receiver_name, c.receiver_tel, c.zip_code, c.address1, c.address2";

  /** A page of the matching lines in the search's status, newest first. */
  java.util.List<ListedOrder> page(
      Handle h, String sellerId, OrderSearch q, long offset, int limit) {
    return rows(h, sellerId, q, " LIMIT :limit OFFSET :offset")
        .bind("limit", limit)
        .bind("offset", offset)
        .map(JdbcOrderSearch::listed)
        .list();
  }

  /** Every matching line in the search's status, newest first, read a few hundred at a time. */
  ResultIterable<ListedOrder> all(Handle h, String sellerId, OrderSearch q) {
    return rows(h, sellerId, q, "").setFetchSize(FETCH_SIZE).map(JdbcOrderSearch::listed);
  }

  /** The matching lines per status (the search's own status set aside). */
  Map<Integer, Integer> counts(Handle h, String sellerId, OrderSearch q) {
    Map<Integer, Integer> out = new HashMap<>();
    String from =
        q.buyer().isEmpty()
            ? " FROM mk_order_line l "
            : " FROM mk_order_line l JOIN mk_cart c ON c.pack_no = l.pack_no ";
    bind(
            h.createQuery(
                "SELECT l.status, COUNT(*)" + from + where(q, false) + " GROUP BY l.status"),
            sellerId,
            q,
            false)
        .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getInt(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  int needingDate(Handle h, String sellerId) {
    return h.createQuery(
            """
            SELECT COUNT(*) FROM mk_order_line
            WHERE seller_id = :seller AND status IN (2, 3) AND est_ship_date IS NULL
              AND (claim_status IS NULL OR claim_status NOT IN (3, 16))""")
        .bind("seller", sellerId)
        .mapTo(Integer.class)
        .one();
  }

  private static Query rows(Handle h, String sellerId, OrderSearch q, String tail) {
    String sql =
        "SELECT "
            + OrderLineRows.LINE_COLUMNS
            + ", "
            + CART
            + " FROM mk_order_line l JOIN mk_cart c ON c.pack_no = l.pack_no "
            + where(q, true)
            + " ORDER BY l.order_no DESC"
            + tail;
    return bind(h.createQuery(sql), sellerId, q, true);
  }

  private static String where(OrderSearch q, boolean byStatus) {
    StringBuilder w = new StringBuilder("WHERE l.seller_id = :seller");
    if (byStatus) {
      w.append(" AND l.status = :status");
    }
    if (q.from() != null) {
      w.append(" AND ").append(q.dateBy().column).append(" >= :from");
    }
    if (q.to() != null) {
      w.append(" AND ").append(q.dateBy().column).append(" < :to");
    }
    if (q.orderNo() != null) {
      w.append(" AND (l.order_no = :no OR l.pack_no = :no)");
    }
    if (!q.buyer().isEmpty()) {
      w.append(
          " AND (c.buyer_name LIKE :buyer ESCAPE '!' OR c.receiver_name LIKE :buyer ESCAPE '!')");
    }
    return w.toString();
  }

  private static Query bind(Query query, String sellerId, OrderSearch q, boolean byStatus) {
    query.bind("seller", sellerId);
    if (byStatus) {
      query.bind("status", q.status());
    }
    if (q.from() != null) {
      query.bind("from", q.from().atStartOfDay());
    }
    if (q.to() != null) {
      query.bind("to", q.to().plusDays(1).atStartOfDay());
    }
    if (q.orderNo() != null) {
      query.bind("no", q.orderNo().longValue());
    }
    if (!q.buyer().isEmpty()) {
      query.bind("buyer", "%" + q.buyer().replaceAll("([!%_])", "!$1") + "%");
    }
    return query;
  }

  private static ListedOrder listed(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    int i = OrderLineRows.LINE_COLUMN_COUNT;
    String a2 = rs.getString(i + 6);
    return new ListedOrder(
        OrderLineRows.mapLine(rs, ctx),
        rs.getString(i + 1),
        rs.getString(i + 2),
        rs.getString(i + 3),
        rs.getString(i + 4),
        rs.getString(i + 5) + (a2 == null || a2.isEmpty() ? "" : " " + a2));
  }
}
