package io.qconnect.hub.tracking;

import io.qconnect.hub.core.HubJdbi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The tracking write-back queue ({@code hub_shipment}), one row per order line. Stateless: every
 * method runs on the caller's handle, and the services ({@link ShipmentService}, {@link
 * ShipmentSender}) decide the transaction.
 */
final class JdbcShipmentStore {

  Optional<Shipment> find(Handle h, String shopId, long orderNo) {
    return h.createQuery("SELECT * FROM hub_shipment WHERE shop_id = :shop AND order_no = :no")
        .bind("shop", shopId)
        .bind("no", orderNo)
        .map(JdbcShipmentStore::shipment)
        .findOne();
  }

  /** Queues a line (again): pending, due now, attempts reset. */
  void enqueue(Handle h, ShipmentRequest r, Instant now) {
    int inserted =
        h.createUpdate(
                """
                INSERT INTO hub_shipment (shop_id, order_no, carrier_given, carrier, tracking_no,
                  state, attempts, next_attempt_at, created_at, updated_at)
                VALUES (:shop, :no, :given, :carrier, :tracking, 'PENDING', 0, :now, :now, :now)
                ON CONFLICT DO NOTHING""")
            .bind("shop", r.shopId())
            .bind("no", r.orderNo())
            .bind("given", r.carrierGiven())
            .bind("carrier", r.carrier())
            .bind("tracking", r.trackingNo())
            .bind("now", now)
            .execute();
    if (inserted == 0) {
      h.createUpdate(
              """
              UPDATE hub_shipment SET carrier_given = :given, carrier = :carrier,
                tracking_no = :tracking, state = 'PENDING', attempts = 0, last_code = NULL,
                last_error = '', next_attempt_at = :now, updated_at = :now, sent_at = NULL
              WHERE shop_id = :shop AND order_no = :no""")
          .bind("shop", r.shopId())
          .bind("no", r.orderNo())
          .bind("given", r.carrierGiven())
          .bind("carrier", r.carrier())
          .bind("tracking", r.trackingNo())
          .bind("now", now)
          .execute();
    }
  }

  /** Pending or failed write-backs whose time has come, oldest first. */
  List<Shipment> due(Handle h, String shopId, Instant now) {
    return h.createQuery(
            """
            SELECT * FROM hub_shipment
            WHERE shop_id = :shop AND state IN ('PENDING', 'FAILED')
              AND next_attempt_at <= :now
            ORDER BY id""")
        .bind("shop", shopId)
        .bind("now", now)
        .map(JdbcShipmentStore::shipment)
        .list();
  }

  List<String> shopsWithDue(Handle h, Instant now) {
    return h.createQuery(
            """
            SELECT DISTINCT shop_id FROM hub_shipment
            WHERE state IN ('PENDING', 'FAILED') AND next_attempt_at <= :now
            ORDER BY shop_id""")
        .bind("now", now)
        .mapTo(String.class)
        .list();
  }

  /** How many write-backs are in a state (the queue depth, for metrics). */
  long count(Handle h, ShipmentState state) {
    return h.createQuery("SELECT COUNT(*) FROM hub_shipment WHERE state = :state")
        .bind("state", state.name())
        .mapTo(Long.class)
        .one();
  }

  /** Records an attempt's outcome. */
  void record(
      Handle h,
      Shipment s,
      ShipmentState state,
      Integer code,
      String error,
      Instant next,
      Instant now) {
    h.createUpdate(
            """
            UPDATE hub_shipment SET state = :state, attempts = attempts + :tried,
              last_code = :code, last_error = :error, next_attempt_at = :next, updated_at = :now,
              sent_at = :sent
            WHERE id = :id""")
        .bind("state", state.name())
        .bind("tried", state == ShipmentState.CANCELLED ? 0 : 1)
        .bind("code", code)
        .bind("error", HubJdbi.clip(error, 1000))
        .bind("next", next)
        .bindByType("sent", state == ShipmentState.SENT ? now : null, Instant.class)
        .bind("now", now)
        .bind("id", s.id())
        .execute();
  }

  List<Shipment> list(Handle h, String shopId, ShipmentState state) {
    String sql =
        "SELECT * FROM hub_shipment WHERE 1 = 1"
            + (shopId == null ? "" : " AND shop_id = :shop")
            + (state == null ? "" : " AND state = :state")
            + " ORDER BY id DESC LIMIT 1000";
    var q = h.createQuery(sql);
    if (shopId != null) {
      q.bind("shop", shopId);
    }
    if (state != null) {
      q.bind("state", state.name());
    }
    return q.map(JdbcShipmentStore::shipment).list();
  }

  private static Shipment shipment(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Shipment(
        rs.getLong("id"),
        rs.getString("shop_id"),
        rs.getLong("order_no"),
        rs.getString("carrier_given"),
        rs.getString("carrier"),
        rs.getString("tracking_no"),
        ShipmentState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        HubJdbi.integer(rs, "last_code"),
        rs.getString("last_error"),
        HubJdbi.instant(rs, "next_attempt_at"),
        HubJdbi.instant(rs, "created_at"),
        HubJdbi.instant(rs, "updated_at"),
        HubJdbi.instant(rs, "sent_at"));
  }
}
