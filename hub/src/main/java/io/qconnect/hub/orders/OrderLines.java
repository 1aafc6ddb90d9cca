package io.qconnect.hub.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Order lines as other hub features (shipments, fulfilment) read and change them: every method
 * joins the caller's transaction, so that a feature changes a line and its own rows together. The
 * store itself stays in this package.
 */
public final class OrderLines {
  private final JdbcOrderStore store = new JdbcOrderStore();

  /** A line, inside the caller's transaction. */
  public Optional<OrderLine> find(Handle h, String shopId, long orderNo) {
    return store.find(h, shopId, orderNo);
  }

  /** The lines of one cart, in order-number order. */
  public List<OrderLine> cart(Handle h, String shopId, long packNo) {
    return store.packLines(h, shopId, packNo);
  }

  /** Moves a line to another hub status. */
  public void setHubStatus(Handle h, String shopId, long orderNo, HubStatus s, Instant at) {
    store.setHubStatus(h, shopId, orderNo, s, at);
  }

  /** Records carrier and tracking number as Qoo10 now has them (status 4 after SetSendingInfo). */
  public void setTracking(
      Handle h, String shopId, long orderNo, String carrier, String trackingNo, Instant at) {
    store.setTracking(h, shopId, orderNo, carrier, trackingNo, at);
  }

  /** Appends history rows. */
  public void addHistory(Handle h, String shopId, List<HistoryEntry> entries) {
    store.addHistory(h, shopId, entries);
  }

  /** The line's Qoo10 data (GetShippingInfo_v3 JSON without the fields it keeps in columns). */
  public Optional<String> detail(Handle h, String shopId, long orderNo) {
    return store.detail(h, shopId, orderNo);
  }

  /**
   * The line of a {@code hub_order_line} row that another feature's read query selected (with
   * {@code l.*}: every column under its own name).
   */
  public OrderLine read(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return OrderLineRows.line(rs, ctx);
  }

  /** A shop's lines in one hub status, at most {@code limit}. */
  public List<OrderLine> inStatus(Handle h, String shopId, HubStatus status, int limit) {
    return store.list(h, new OrderQuery(shopId, status, null, null, limit));
  }
}
