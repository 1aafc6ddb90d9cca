package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubJdbi;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The history of order lines ({@code hub_order_history}), for {@link JdbcOrderStore}: appended in
 * one plain JDBC batch, read per line in the order it happened, after the line's import (kept in
 * the line's row). Stateless, on the caller's handle.
 */
final class JdbcOrderHistoryStore {
  private static final String INSERT_HISTORY =
      """
      INSERT INTO hub_order_history (shop_id, order_no, happened_at, kind, old_value, new_value,
        note)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";

  /** Appends history rows inside the caller's transaction, in one plain JDBC batch. */
  void addHistory(Handle h, String shopId, List<HistoryEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    try (PreparedStatement p = h.getConnection().prepareStatement(INSERT_HISTORY)) {
      for (HistoryEntry e : entries) {
        p.setString(1, shopId);
        p.setLong(2, e.orderNo());
        p.setObject(3, e.at().atOffset(ZoneOffset.UTC));
        p.setString(4, e.kind().name());
        OrderLineRows.setText(p, 5, e.oldValue());
        OrderLineRows.setText(p, 6, e.newValue());
        OrderLineRows.setText(p, 7, e.note());
        p.addBatch();
      }
      p.executeBatch();
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /**
   * A line's history, oldest first: its import (from the line's row, see {@link
   * LineMerge#imported}), then its history rows. Lines imported before the row kept its first
   * statuses have their import as a history row.
   */
  List<HistoryEntry> history(Handle h, String shopId, long orderNo) {
    List<HistoryEntry> out = new ArrayList<>();
    h.createQuery(
            """
            SELECT first_seen_at, first_hub_status, first_qoo10_status, first_claim_status
            FROM hub_order_line WHERE shop_id = :shop AND order_no = :no
              AND first_hub_status IS NOT NULL""")
        .bind("shop", shopId)
        .bind("no", orderNo)
        .map(
            (rs, ctx) -> {
              int code = rs.getInt(4);
              ClaimStatus claim = rs.wasNull() ? null : ClaimStatus.fromCode(code).orElse(null);
              return LineMerge.imported(
                  orderNo,
                  HubJdbi.instant(rs, "first_seen_at"),
                  HubStatus.valueOf(rs.getString(2)),
                  ShippingStatus.fromCode(rs.getInt(3)).orElseThrow(),
                  claim);
            })
        .findOne()
        .ifPresent(out::add);
    out.addAll(rows(h, shopId, orderNo));
    return out;
  }

  private List<HistoryEntry> rows(Handle h, String shopId, long orderNo) {
    return h.createQuery(
            """
                    SELECT * FROM hub_order_history WHERE shop_id = :shop AND order_no = :no
                    ORDER BY id""")
        .bind("shop", shopId)
        .bind("no", orderNo)
        .map(
            (rs, ctx) ->
                new HistoryEntry(
                    rs.getLong("order_no"),
                    HubJdbi.instant(rs, "happened_at"),
                    HistoryKind.valueOf(rs.getString("kind")),
                    rs.getString("old_value"),
                    rs.getString("new_value"),
                    rs.getString("note")))
        .list();
  }
}
