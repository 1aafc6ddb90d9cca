package io.qconnect.marketplace.order;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The durable record of order events ({@code mk_outbox}), written in the transaction of the change
 * it records, read by whoever publishes them (notification mail) and by tests.
 */
final class JdbcOutbox {

  static void record(Handle h, OrderLine l, OrderEvent kind, String detail, LocalDateTime at) {
    h.createUpdate(
            """
            INSERT INTO mk_outbox (seller_id, kind, pack_no, order_no, detail, created_at)
            VALUES (:seller, :kind, :pack, :order, :detail, :at)""")
        .bind("seller", l.sellerId())
        .bind("kind", kind.name())
        .bind("pack", l.packNo())
        .bind("order", l.orderNo())
        .bind("detail", detail)
        .bind("at", at)
        .execute();
  }

  /** The events of one order line, oldest first. */
  List<Outbox.Entry> ofOrder(Handle h, long orderNo) {
    return query(h, "WHERE order_no = :o ORDER BY id", "o", orderNo);
  }

  /** Events not yet published, oldest first. */
  List<Outbox.Entry> unpublished(Handle h, int limit) {
    return h.createQuery(
            "SELECT * FROM mk_outbox WHERE published_at IS NULL ORDER BY id LIMIT :limit")
        .bind("limit", limit)
        .map(JdbcOutbox::entry)
        .list();
  }

  void markPublished(Handle h, long id, LocalDateTime at) {
    h.createUpdate("UPDATE mk_outbox SET published_at = :at WHERE id = :id")
        .bind("at", at)
        .bind("id", id)
        .execute();
  }

  /** How many events of each kind exist, for the seller or for everyone when null. */
  long count(Handle h, OrderEvent kind) {
    return h.createQuery("SELECT COUNT(*) FROM mk_outbox WHERE kind = :k")
        .bind("k", kind.name())
        .mapTo(Long.class)
        .one();
  }

  private List<Outbox.Entry> query(Handle h, String where, String name, Object value) {
    return h.createQuery("SELECT * FROM mk_outbox " + where)
        .bind(name, value)
        .map(JdbcOutbox::entry)
        .list();
  }

  private static Outbox.Entry entry(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    return new Outbox.Entry(
        rs.getLong("id"),
        rs.getString("seller_id"),
        OrderEvent.valueOf(rs.getString("kind")),
        rs.getLong("pack_no"),
        rs.getLong("order_no"),
        rs.getString("detail"),
        rs.getTimestamp("created_at").toLocalDateTime());
  }
}
