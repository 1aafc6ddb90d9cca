package io.qconnect.marketplace.order;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The durable record of order events ({@code mk_outbox}), written in the transaction of the change
 * it records, read by whoever publishes them (notification mail) and by tests.
 */
public final class JdbcOutbox {
  private final Jdbi jdbi;

  /** One recorded event. */
  public record Entry(
      long id,
      String sellerId,
      OrderEvent kind,
      long packNo,
      long orderNo,
      String detail,
      LocalDateTime createdAt) {}

  public JdbcOutbox(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

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
  public List<Entry> ofOrder(long orderNo) {
    return query("WHERE order_no = :o ORDER BY id", "o", orderNo);
  }

  /** Events not yet published, oldest first. */
  public List<Entry> unpublished(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM mk_outbox WHERE published_at IS NULL ORDER BY id LIMIT :limit")
                .bind("limit", limit)
                .map(JdbcOutbox::entry)
                .list());
  }

  public void markPublished(long id, LocalDateTime at) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE mk_outbox SET published_at = :at WHERE id = :id")
                .bind("at", at)
                .bind("id", id)
                .execute());
  }

  /** How many events of each kind exist, for the seller or for everyone when null. */
  public long count(OrderEvent kind) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM mk_outbox WHERE kind = :k")
                .bind("k", kind.name())
                .mapTo(Long.class)
                .one());
  }

  private List<Entry> query(String where, String name, Object value) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM mk_outbox " + where)
                .bind(name, value)
                .map(JdbcOutbox::entry)
                .list());
  }

  private static Entry entry(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    return new Entry(
        rs.getLong("id"),
        rs.getString("seller_id"),
        OrderEvent.valueOf(rs.getString("kind")),
        rs.getLong("pack_no"),
        rs.getLong("order_no"),
        rs.getString("detail"),
        rs.getTimestamp("created_at").toLocalDateTime());
  }
}
