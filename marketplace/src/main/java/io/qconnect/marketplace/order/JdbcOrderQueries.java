package io.qconnect.marketplace.order;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** The read side of orders: the searches behind the order QAPI methods and the screens. */
final class JdbcOrderQueries {
  /** The date a search applies to. */
  enum DateColumn {
    ORDER_DATE("l.order_date"),
    PAYMENT_DATE("l.payment_date"),
    SHIPPING_DATE("l.shipping_date"),
    DELIVERED_DATE("l.delivered_date"),
    CLAIM_REQUESTED("l.claim_requested_at"),
    CLAIM_COMPLETED("l.claim_completed_at");

    final String sql;

    DateColumn(String sql) {
      this.sql = sql;
    }
  }

  /** Lines with their carts and how many lines each cart has ({@link #placed}). */
  private static final String SELECT_PLACED =
      "SELECT "
          + OrderLineRows.LINE_COLUMNS
          + ", "
          + OrderLineRows.CART_COLUMNS
          + ", c.line_count FROM mk_order_line l JOIN mk_cart c ON c.pack_no = l.pack_no ";

  /** A row of {@link #SELECT_PLACED}. */
  private static Row placed(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Row(
        OrderLineRows.mapLine(rs, ctx),
        OrderLineRows.cartAt(rs, OrderLineRows.LINE_COLUMN_COUNT),
        rs.getInt(OrderLineRows.LINE_COLUMN_COUNT + OrderLineRows.CART_COLUMN_COUNT + 1));
  }

  /** Live (not cancelled) lines of the seller in the statuses, dated within the range. */
  List<PlacedLine> lines(
      Handle h,
      String sellerId,
      List<Integer> statuses,
      DateColumn by,
      LocalDateTime from,
      LocalDateTime to) {
    String sql =
        SELECT_PLACED
            + "WHERE l.seller_id = :seller AND l.status IN (<statuses>)"
            + " AND (l.claim_status IS NULL OR l.claim_status NOT IN (3, 16))"
            + " AND "
            + by.sql
            + " BETWEEN :from AND :to ORDER BY l.order_no";
    return withRelated(
        h,
        h.createQuery(sql)
            .bind("seller", sellerId)
            .bindList("statuses", statuses)
            .bind("from", from)
            .bind("to", to)
            .map(JdbcOrderQueries::placed)
            .list());
  }

  /** Lines of the seller with a claim (of one status, or any when null) dated within the range. */
  List<PlacedLine> claims(
      Handle h,
      String sellerId,
      Integer claimStatus,
      DateColumn by,
      LocalDateTime from,
      LocalDateTime to) {
    String sql =
        SELECT_PLACED
            + "WHERE l.seller_id = :seller AND l.claim_status IS NOT NULL"
            + (claimStatus == null ? "" : " AND l.claim_status = :claim")
            + " AND "
            + by.sql
            + " BETWEEN :from AND :to ORDER BY l.order_no";
    var q = h.createQuery(sql).bind("seller", sellerId).bind("from", from).bind("to", to);
    if (claimStatus != null) {
      q.bind("claim", claimStatus);
    }
    return withRelated(h, q.map(JdbcOrderQueries::placed).list());
  }

  /** One line of the seller, with its cart. */
  java.util.Optional<PlacedLine> line(Handle h, String sellerId, long orderNo) {
    String sql = SELECT_PLACED + "WHERE l.seller_id = :seller AND l.order_no = :o";
    return withRelated(
            h,
            h.createQuery(sql)
                .bind("seller", sellerId)
                .bind("o", orderNo)
                .map(JdbcOrderQueries::placed)
                .list())
        .stream()
        .findFirst();
  }

  /** Lines awaiting shipment (status 2 or 3, not cancelled) of a seller, oldest first. */
  List<OrderLine> awaitingShipment(Handle h, String sellerId) {
    return h.createQuery(
            "SELECT "
                + OrderLineRows.LINE_COLUMNS
                + " FROM mk_order_line l WHERE l.seller_id = :seller AND l.status IN (2, 3)"
                + " AND (l.claim_status IS NULL OR l.claim_status NOT IN (3, 16))"
                + " ORDER BY l.order_no")
        .bind("seller", sellerId)
        .map(OrderLineRows::mapLine)
        .list();
  }

  /** Lines of every seller in one status, oldest first, for the buyer simulator. */
  List<OrderLine> inStatus(Handle h, int status, int limit) {
    return h.createQuery(
            "SELECT "
                + OrderLineRows.LINE_COLUMNS
                + " FROM mk_order_line l WHERE l.status = :s ORDER BY l.order_no LIMIT :limit")
        .bind("s", status)
        .bind("limit", limit)
        .map(OrderLineRows::mapLine)
        .list();
  }

  /** A seller's lines in one status, claims included, newest first (the console's order list). */
  List<OrderLine> ofSeller(Handle h, String sellerId, int status, int limit) {
    return h.createQuery(
            "SELECT "
                + OrderLineRows.LINE_COLUMNS
                + " FROM mk_order_line l WHERE l.seller_id = :seller AND l.status = :s"
                + " ORDER BY l.order_no DESC LIMIT :limit")
        .bind("seller", sellerId)
        .bind("s", status)
        .bind("limit", limit)
        .map(OrderLineRows::mapLine)
        .list();
  }

  /** How many lines of the seller are in each status (the console's tabs). */
  Map<Integer, Integer> countsOfSeller(Handle h, String sellerId) {
    Map<Integer, Integer> out = new HashMap<>();
    h.createQuery(
            "SELECT status, COUNT(*) FROM mk_order_line WHERE seller_id = :seller"
                + " GROUP BY status")
        .bind("seller", sellerId)
        .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getInt(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Claims requested and not yet resolved (cancel, return or exchange requested). */
  int openClaims(Handle h, String sellerId) {
    return h.createQuery(
            "SELECT COUNT(*) FROM mk_order_line WHERE seller_id = :s AND claim_status IN (1, 4, 11)")
        .bind("s", sellerId)
        .mapTo(Integer.class)
        .one();
  }

  /**
   * @param cartLines how many lines the line's cart was placed with
   */
  private record Row(OrderLine line, Cart cart, int cartLines) {}

  /**
   * Adds the order numbers of each row's cart. A cart of one line relates only that line; the lines
   * of the other carts are read. They share their cart's seller and order time, so one range read
   * over those rows' order times finds them through an index, however many carts there are (an IN
   * list of thousands of carts would not).
   */
  private static List<PlacedLine> withRelated(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Long>> related = new HashMap<>();
    Set<Long> packs = new LinkedHashSet<>();
    LocalDateTime first = null;
    LocalDateTime last = null;
    for (Row r : rows) {
      if (r.cartLines() == 1) {
        related.put(r.line().packNo(), List.of(r.line().orderNo()));
        continue;
      }
      packs.add(r.line().packNo());
      LocalDateTime at = r.line().orderDate();
      first = first == null || at.isBefore(first) ? at : first;
      last = last == null || at.isAfter(last) ? at : last;
    }
    if (packs.isEmpty()) {
      return placedLines(rows, related);
    }
    h.createQuery(
            """
            SELECT pack_no, order_no FROM mk_order_line
            WHERE seller_id = :seller AND order_date BETWEEN :first AND :last ORDER BY order_no""")
        .bind("seller", rows.get(0).line().sellerId())
        .bind("first", first)
        .bind("last", last)
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
        .forEach(
            e -> {
              if (packs.contains(e.getKey())) {
                related.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
              }
            });
    return placedLines(rows, related);
  }

  private static List<PlacedLine> placedLines(List<Row> rows, Map<Long, List<Long>> related) {
    List<PlacedLine> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(
          new PlacedLine(r.line(), r.cart(), related.getOrDefault(r.line().packNo(), List.of())));
    }
    return java.util.Collections.unmodifiableList(out);
  }
}
