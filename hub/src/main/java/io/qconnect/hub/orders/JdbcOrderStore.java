package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubJdbi;
import io.qconnect.protocol.order.ShippingStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Order lines and their history ({@code hub_order_line}, {@code hub_order_history}). A line is
 * unique per (shop, order number); every write raises {@code version}, so a read-compare-write that
 * lost a race can tell and start again. Stateless: every method runs on the caller's handle, and
 * the caller ({@link OrderService}, {@link LineUpserter}, {@link AutoConfirmer}) decides the
 * transaction; other features (shipments, fulfilment) reach it through {@link OrderService}, so
 * that they change a line and their own rows in one transaction.
 */
final class JdbcOrderStore {
  private final JdbcOrderHistoryStore history = new JdbcOrderHistoryStore();

  /** Every column but the big {@code detail}: what {@link OrderLineRows#line} reads. */
  private static final String LINE_COLUMNS =
      """
      shop_id, order_no, pack_no, related_order, qoo10_status, claim_status, hub_status,
      order_date, payment_date, est_ship_date, shipping_date, delivered_date, claim_date,
      claim_reason, item_code, seller_item_code, item_title, option_text, option_code, qty, total,
      carrier, tracking_no, confirm_code, confirm_message, confirm_attempts, confirm_est_date,
      confirmed_at, first_seen_at, updated_at, version""";

  private static final String SELECT_LINES = "SELECT " + LINE_COLUMNS + " FROM hub_order_line";

  private static final String INSERT =
      "INSERT INTO hub_order_line ("
          + LINE_COLUMNS
          + """
            , detail, first_hub_status, first_qoo10_status, first_claim_status)
            VALUES (:shop, :no, :pack, :related, :qoo10, :claim, :hub, :orderDate,
              :paymentDate, :estShipDate, :shippingDate, :deliveredDate, :claimDate, :claimReason,
              :itemCode, :sellerItemCode, :itemTitle, :option, :optionCode, :qty, :total, :carrier,
              :tracking, :confirmCode, :confirmMessage, :confirmAttempts, :confirmEstDate,
              :confirmedAt, :firstSeen, :updated, :version, :detail, :hub, :qoo10, :claim)
            ON CONFLICT DO NOTHING""";

  /** {@link #INSERT} with positional parameters, for a plain JDBC batch. */
  private static final String INSERT_ROWS =
      "INSERT INTO hub_order_line ("
          + LINE_COLUMNS
          + ", detail, first_hub_status, first_qoo10_status, first_claim_status) VALUES ("
          + "?, ".repeat(OrderLineRows.COLUMNS + 3)
          + "?) ON CONFLICT DO NOTHING";

  private static final String UPDATE =
      """
        UPDATE hub_order_line SET pack_no = :pack, related_order = :related,
          qoo10_status = :qoo10, claim_status = :claim, hub_status = :hub,
          order_date = :orderDate, payment_date = :paymentDate, est_ship_date = :estShipDate,
          shipping_date = :shippingDate, delivered_date = :deliveredDate, claim_date = :claimDate,
          claim_reason = :claimReason, item_code = :itemCode, seller_item_code = :sellerItemCode,
          item_title = :itemTitle, option_text = :option, option_code = :optionCode, qty = :qty,
          total = :total, carrier = :carrier, tracking_no = :tracking, detail = :detail,
          updated_at = :updated, version = :version
        WHERE shop_id = :shop AND order_no = :no AND version = :expected""";

  Optional<LineRecord> findRecord(Handle h, String shopId, long orderNo) {
    return h.createQuery("SELECT * FROM hub_order_line WHERE shop_id = :shop AND order_no = :no")
        .bind("shop", shopId)
        .bind("no", orderNo)
        .map((rs, ctx) -> new LineRecord(OrderLineRows.line(rs, ctx), rs.getString("detail")))
        .findOne();
  }

  /**
   * The stored lines among {@code orderNos}, by order number (one query per 1,000 numbers). The
   * query names only {@code order_no}, so that H2 too looks the list up in that column's index
   * instead of scanning the whole shop; other shops' lines are dropped here.
   */
  Map<Long, LineRecord> findRecords(Handle h, String shopId, List<Long> orderNos) {
    Map<Long, LineRecord> out = new HashMap<>();
    for (int i = 0; i < orderNos.size(); i += 1000) {
      h.createQuery("SELECT * FROM hub_order_line WHERE order_no IN (<nos>)")
          .bindList("nos", orderNos.subList(i, Math.min(i + 1000, orderNos.size())))
          .map((rs, ctx) -> new LineRecord(OrderLineRows.line(rs, ctx), rs.getString("detail")))
          .filter(r -> r.line().shopId().equals(shopId))
          .forEach(r -> out.put(r.line().orderNo(), r));
    }
    return out;
  }

  /**
   * Inserts lines in one batch; a line another writer inserted first is left alone.
   *
   * @return per line, 1 when inserted, 0 when it already existed
   */
  int[] insertAll(Handle h, List<LineRecord> rs) {
    if (rs.isEmpty()) {
      return new int[0];
    }
    // A plain JDBC batch: binding 32 named arguments per row through JDBI cost more than the
    // insert.
    try (PreparedStatement p = h.getConnection().prepareStatement(INSERT_ROWS)) {
      for (LineRecord r : rs) {
        OrderLineRows.set(p, r);
        OrderLineRows.setFirst(p, OrderLineRows.COLUMNS + 2, r.line());
        p.addBatch();
      }
      return p.executeBatch();
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /**
   * Updates lines in one batch, each only at its expected version.
   *
   * @return per line, 1 when updated, 0 when another writer changed it first
   */
  int[] updateAll(Handle h, List<LineRecord> rs, List<Integer> expectedVersions) {
    PreparedBatch b = h.prepareBatch(UPDATE);
    for (int i = 0; i < rs.size(); i++) {
      OrderLineRows.bind(b, rs.get(i)).bind("expected", expectedVersions.get(i)).add();
    }
    return rs.isEmpty() ? new int[0] : b.execute();
  }

  /** A line, inside the caller's transaction. */
  Optional<OrderLine> find(Handle h, String shopId, long orderNo) {
    return h.createQuery(SELECT_LINES + " WHERE shop_id = :shop AND order_no = :no")
        .bind("shop", shopId)
        .bind("no", orderNo)
        .map(OrderLineRows::line)
        .findOne();
  }

  Optional<String> detail(Handle h, String shopId, long orderNo) {
    return findRecord(h, shopId, orderNo).map(LineRecord::detail);
  }

  /**
   * Inserts a new line unless another writer already did.
   *
   * @return whether this call inserted it
   */
  boolean insert(Handle h, LineRecord r) {
    return OrderLineRows.bind(h.createUpdate(INSERT), r).execute() == 1;
  }

  boolean update(Handle h, LineRecord r, int expectedVersion) {
    return OrderLineRows.bind(h.createUpdate(UPDATE), r).bind("expected", expectedVersion).execute()
        == 1;
  }

  /** Moves a line to another hub status. */
  void setHubStatus(Handle h, String shopId, long orderNo, HubStatus s, Instant at) {
    h.createUpdate(
            """
            UPDATE hub_order_line SET hub_status = :hub, updated_at = :at, version = version + 1
            WHERE shop_id = :shop AND order_no = :no""")
        .bind("hub", s.name())
        .bind("at", at)
        .bind("shop", shopId)
        .bind("no", orderNo)
        .execute();
  }

  /** Records carrier and tracking number as Qoo10 now has them (status 4 after SetSendingInfo). */
  void setTracking(
      Handle h, String shopId, long orderNo, String carrier, String trackingNo, Instant at) {
    h.createUpdate(
            """
            UPDATE hub_order_line SET carrier = :carrier, tracking_no = :tracking,
              qoo10_status = CASE WHEN qoo10_status < 4 THEN 4 ELSE qoo10_status END,
              updated_at = :at, version = version + 1
            WHERE shop_id = :shop AND order_no = :no""")
        .bind("carrier", carrier)
        .bind("tracking", trackingNo)
        .bind("at", at)
        .bind("shop", shopId)
        .bind("no", orderNo)
        .execute();
  }

  /** A confirmation attempt: Qoo10's answer, and on success the line's new state. */
  void recordConfirmation(
      Handle h, OrderLine l, Confirmation c, boolean confirmed, HubStatus hub, Instant at) {
    h.createUpdate(
            """
            UPDATE hub_order_line SET confirm_code = :code, confirm_message = :message,
              confirm_attempts = :attempts, confirm_est_date = :est, confirmed_at = :confirmedAt,
              qoo10_status = :qoo10, est_ship_date = :estShipDate, hub_status = :hub,
              updated_at = :at, version = version + 1
            WHERE shop_id = :shop AND order_no = :no""")
        .bind("code", c.code())
        .bind("message", HubJdbi.clip(c.message(), 1000))
        .bind("attempts", c.attempts())
        .bindByType("est", c.estShipDate(), LocalDate.class)
        .bindByType("confirmedAt", c.confirmedAt(), Instant.class)
        .bind("qoo10", confirmed ? ShippingStatus.SELLER_CONFIRM.code() : l.qoo10Status().code())
        .bindByType(
            "estShipDate",
            confirmed && c.estShipDate() != null ? c.estShipDate().atStartOfDay() : l.estShipDate(),
            LocalDateTime.class)
        .bind("hub", hub.name())
        .bind("at", at)
        .bind("shop", l.shopId())
        .bind("no", l.orderNo())
        .execute();
  }

  /** Lines still in Qoo10 status 2 and hub status NEW, oldest payment first. */
  List<OrderLine> dueForConfirmation(Handle h, String shopId) {
    return h.createQuery(
            SELECT_LINES
                + " WHERE shop_id = :shop AND qoo10_status = 2 AND hub_status = 'NEW'"
                + " AND confirmed_at IS NULL ORDER BY payment_date, pack_no, order_no")
        .bind("shop", shopId)
        .map(OrderLineRows::line)
        .list();
  }

  /** The lines of one cart, in order-number order. */
  List<OrderLine> packLines(Handle h, String shopId, long packNo) {
    return h.createQuery(
            SELECT_LINES + " WHERE shop_id = :shop AND pack_no = :pack ORDER BY order_no")
        .bind("shop", shopId)
        .bind("pack", packNo)
        .map(OrderLineRows::line)
        .list();
  }

  List<OrderLine> list(Handle h, OrderQuery q) {
    String sql =
        SELECT_LINES
            + q.where()
            + " ORDER BY order_date DESC, shop_id, pack_no, order_no LIMIT :limit";
    return q.bind(h.createQuery(sql)).map(OrderLineRows::line).list();
  }

  /**
   * Up to {@code q.limit() + 1} lines after the cursor, by row id (the order they were first
   * stored), each with its id; lines first stored after {@code settledBefore} are left for a later
   * page.
   */
  List<java.util.Map.Entry<Long, OrderLine>> page(
      Handle h, OrderQuery q, OrderCursor after, Instant settledBefore) {
    String where = q.where();
    String sql =
        "SELECT id, "
            + LINE_COLUMNS
            + " FROM hub_order_line"
            + (where.isEmpty() ? " WHERE" : where + " AND")
            + " id > :after AND first_seen_at <= :settled ORDER BY id LIMIT :limit";
    return q.bind(h.createQuery(sql))
        .bind("limit", q.limit() + 1)
        .bind("after", after.afterId())
        .bind("settled", settledBefore)
        .map((rs, ctx) -> java.util.Map.entry(rs.getLong("id"), OrderLineRows.line(rs, ctx)))
        .list();
  }

  /** Appends history rows inside the caller's transaction, in one plain JDBC batch. */
  void addHistory(Handle h, String shopId, List<HistoryEntry> entries) {
    history.addHistory(h, shopId, entries);
  }

  /** A line's history, oldest first. */
  List<HistoryEntry> history(Handle h, String shopId, long orderNo) {
    return history.history(h, shopId, orderNo);
  }
}
