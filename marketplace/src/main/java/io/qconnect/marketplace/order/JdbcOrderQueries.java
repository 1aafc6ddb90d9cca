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

  private static final String FROM =
      " FROM mk_order_line l JOIN mk_cart c ON c.pack_no = l.pack_no ";

  /** Live (not cancelled) lines of the seller in the statuses, dated within the range. */
  List<PlacedLine> lines(
      Handle h,
      String sellerId,
      List<Integer> statuses,
      DateColumn by,
      LocalDateTime from,
      LocalDateTime to) {
    String sql =
        "SELECT "
            + OrderLineRows.LINE_COLUMNS
            + ", "
            + OrderLineRows.CART_COLUMNS
            + FROM
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
            .map(
                (rs, ctx) ->
                    new Row(
                        OrderLineRows.mapLine(rs, ctx),
                        OrderLineRows.cartAt(rs, OrderLineRows.LINE_COLUMN_COUNT)))
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
        "SELECT "
            + OrderLineRows.LINE_COLUMNS
            + ", "
            + OrderLineRows.CART_COLUMNS
            + FROM
            + "WHERE l.seller_id = :seller AND l.claim_status IS NOT NULL"
            + (claimStatus == null ? "" : " AND l.claim_status = :claim")
            + " AND "
            + by.sql
            + " BETWEEN :from AND :to ORDER BY l.order_no";
    var q = h.createQuery(sql).bind("seller", sellerId).bind("from", from).bind("to", to);
    if (claimStatus != null) {
      q.bind("claim", claimStatus);
    }
    return withRelated(
        h,
        q.map(
                (rs, ctx) ->
                    new Row(
                        OrderLineRows.mapLine(rs, ctx),
                        OrderLineRows.cartAt(rs, OrderLineRows.LINE_COLUMN_COUNT)))
            .list());
  }

  /** One line of the seller, with its cart. */
  java.util.Optional<PlacedLine> line(Handle h, String sellerId, long orderNo) {
    String sql =
        "SELECT "
            + OrderLineRows.LINE_COLUMNS
            + ", "
            + OrderLineRows.CART_COLUMNS
            + FROM
            + "WHERE l.seller_id = :seller AND l.order_no = :o";
    return withRelated(
            h,
            h.createQuery(sql)
                .bind("seller", sellerId)
                .bind("o", orderNo)
                .map(
                    (rs, ctx) ->
                        new Row(
                            OrderLineRows.mapLine(rs, ctx),
                            OrderLineRows.cartAt(rs, OrderLineRows.LINE_COLUMN_COUNT)))
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

  private record Row(OrderLine line, Cart cart) {}

  /**
   * Adds the order numbers of each row's cart. The lines of a cart share its seller and order time,
   * so one range read over the rows' order times finds them through an index, however many carts
   * there are (an IN list of thousands of carts would not).
   */
  private static List<PlacedLine> withRelated(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Set<Long> packs = new LinkedHashSet<>();
    rows.forEach(r -> packs.add(r.line().packNo()));
    Map<Long, List<Long>> related = new HashMap<>();
    LocalDateTime first =
        rows.stream().map(r -> r.line().orderDate()).min(LocalDateTime::compareTo).orElseThrow();
    LocalDateTime last =
        rows.stream().map(r -> r.line().orderDate()).max(LocalDateTime::compareTo).orElseThrow();
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
    return rows.stream()
        .map(
            r ->
                new PlacedLine(
                    r.line(), r.cart(), related.getOrDefault(r.line().packNo(), List.of())))
        .toList();
  }
}
