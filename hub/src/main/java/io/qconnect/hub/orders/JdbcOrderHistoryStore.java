package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubJdbi;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The history of order lines ({@code hub_order_history}), for {@link JdbcOrderStore}: appended in
 * one plain JDBC batch, read per line in the order it happened. Stateless, on the caller's handle.
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

  List<HistoryEntry> history(Handle h, String shopId, long orderNo) {
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
