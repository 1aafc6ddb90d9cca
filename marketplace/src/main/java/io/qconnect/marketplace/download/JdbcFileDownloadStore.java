package io.qconnect.marketplace.download;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Download requests and the rows their files are made of. Stateless. */
final class JdbcFileDownloadStore {
  /** A stored request. */
  record Request(
      String token,
      String sellerId,
      String type,
      LocalDate from,
      LocalDate to,
      LocalDateTime requestedAt) {}

  void insert(Handle h, Request r, String email) {
    h.createUpdate(
            """
            INSERT INTO mk_file_download (token, seller_id, apply_type, from_date, to_date, email,
              requested_at) VALUES (:t, :s, :type, :f, :to, :e, :at)""")
        .bind("t", r.token())
        .bind("s", r.sellerId())
        .bind("type", r.type())
        .bind("f", r.from())
        .bind("to", r.to())
        .bind("e", email)
        .bind("at", r.requestedAt())
        .execute();
  }

  List<Request> since(Handle h, String sellerId, LocalDateTime from) {
    return h.createQuery(
            """
            SELECT token, seller_id, apply_type, from_date, to_date, requested_at
            FROM mk_file_download WHERE seller_id = :s AND requested_at >= :f""")
        .bind("s", sellerId)
        .bind("f", from)
        .map(JdbcFileDownloadStore::map)
        .list();
  }

  Optional<Request> find(Handle h, String token) {
    return h.createQuery(
            """
            SELECT token, seller_id, apply_type, from_date, to_date, requested_at
            FROM mk_file_download WHERE token = :t""")
        .bind("t", token)
        .map(JdbcFileDownloadStore::map)
        .findOne();
  }

  private static Request map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    return new Request(
        rs.getString("token"),
        rs.getString("seller_id"),
        rs.getString("apply_type"),
        rs.getObject("from_date", LocalDate.class),
        rs.getObject("to_date", LocalDate.class),
        rs.getObject("requested_at", LocalDateTime.class));
  }

  List<List<String>> items(Handle h, String sellerId) {
    return h.createQuery(
            """
            SELECT item_code, COALESCE(seller_code, '') sc, title, status, price, qty
            FROM mk_item WHERE seller_id = :s ORDER BY item_code""")
        .bind("s", sellerId)
        .map(
            (rs, ctx) ->
                List.of(
                    rs.getString("item_code"),
                    rs.getString("sc"),
                    rs.getString("title"),
                    rs.getString("status"),
                    Long.toString(rs.getLong("price")),
                    Integer.toString(rs.getInt("qty"))))
        .list();
  }

  List<List<String>> inventory(Handle h, String sellerId) {
    return h.createQuery(
            """
            SELECT i.item_code, COALESCE(i.seller_code, '') sc, o.name1, o.value1, o.name2,
              o.value2, o.name3, o.value3, i.price + o.price_delta p, o.qty, o.option_code
            FROM mk_item_option o JOIN mk_item i ON i.item_code = o.item_code
            WHERE i.seller_id = :s ORDER BY i.item_code, o.seq""")
        .bind("s", sellerId)
        .map(
            (rs, ctx) ->
                List.of(
                    rs.getString("item_code"),
                    rs.getString("sc"),
                    rs.getString("name1"),
                    rs.getString("value1"),
                    rs.getString("name2"),
                    rs.getString("value2"),
                    rs.getString("name3"),
                    rs.getString("value3"),
                    Long.toString(rs.getLong("p")),
                    Integer.toString(rs.getInt("qty")),
                    rs.getString("option_code")))
        .list();
  }

  /** Order lines by order date (order) or shipping date (ship) within the period. */
  List<List<String>> orders(
      Handle h, String sellerId, boolean byShipping, LocalDateTime from, LocalDateTime to) {
    String column = byShipping ? "shipping_date" : "order_date";
    return h.createQuery(
            "SELECT order_no, pack_no, status, order_date, shipping_date, item_code,"
                + " seller_item_code, item_title, option_label, qty, unit_price, carrier,"
                + " tracking_no FROM mk_order_line WHERE seller_id = :s AND "
                + column
                + " BETWEEN :f AND :t ORDER BY "
                + column
                + ", order_no")
        .bind("s", sellerId)
        .bind("f", from)
        .bind("t", to)
        .map(
            (rs, ctx) ->
                List.of(
                    Long.toString(rs.getLong("order_no")),
                    Long.toString(rs.getLong("pack_no")),
                    Integer.toString(rs.getInt("status")),
                    text(rs.getObject("order_date", LocalDateTime.class)),
                    text(rs.getObject("shipping_date", LocalDateTime.class)),
                    rs.getString("item_code"),
                    rs.getString("seller_item_code"),
                    rs.getString("item_title"),
                    rs.getString("option_label"),
                    Integer.toString(rs.getInt("qty")),
                    Long.toString(rs.getLong("unit_price")),
                    rs.getString("carrier"),
                    rs.getString("tracking_no")))
        .list();
  }

  private static String text(LocalDateTime t) {
    return t == null ? "" : io.qconnect.protocol.wire.QapiDates.wire(t.withNano(0));
  }
}
