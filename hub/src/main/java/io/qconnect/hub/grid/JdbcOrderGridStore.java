package io.qconnect.hub.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.fulfilment.Instruction;
import io.qconnect.hub.orders.OrderLines;
import io.qconnect.hub.tracking.ShipmentState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads the grid: {@code hub_order_line} with its write-back ({@code hub_shipment}) and its
 * instruction ({@code hub_instruction}), each at most one row per line (both are unique per shop
 * and order number). Stateless; {@link OrderGrid} opens the handle.
 */
final class JdbcOrderGridStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SHIPMENTS =
      " LEFT JOIN hub_shipment s ON s.shop_id = l.shop_id AND s.order_no = l.order_no";

  private static final String SELECT =
      """
      SELECT l.*, s.state AS wb_state, s.carrier AS wb_carrier, s.tracking_no AS wb_tracking,
        s.attempts AS wb_attempts, s.last_error AS wb_error, i.webhook_state AS in_state,
        i.created_at AS in_created, i.exported_at AS in_exported, i.last_error AS in_error
      FROM hub_order_line l"""
          + SHIPMENTS
          + " LEFT JOIN hub_instruction i ON i.shop_id = l.shop_id AND i.order_no = l.order_no";

  /** Newest orders first; the rest makes the order total, so that pages neither skip nor repeat. */
  private static final String ORDER =
      " ORDER BY l.order_date DESC NULLS LAST, l.shop_id, l.pack_no, l.order_no";

  private final OrderLines lines;

  JdbcOrderGridStore(OrderLines lines) {
    this.lines = lines;
  }

  long count(Handle h, GridFilter f) {
    String sql =
        "SELECT COUNT(*) FROM hub_order_line l" + (f.needsShipments() ? SHIPMENTS : "") + f.where();
    return f.bind(h.createQuery(sql)).mapTo(Long.class).one();
  }

  List<GridLine> page(Handle h, GridFilter f, long offset, int limit) {
    return f.bind(h.createQuery(SELECT + f.where() + ORDER + " LIMIT :limit OFFSET :offset"))
        .bind("limit", limit)
        .bind("offset", offset)
        .map(this::row)
        .list();
  }

  /** Every matching line in grid order, read in chunks from the database (never all at once). */
  void each(Handle h, GridFilter f, Consumer<GridLine> sink) {
    try (Stream<GridLine> rows =
        f
            .bind(h.createQuery(SELECT + f.where() + ORDER))
            .setFetchSize(500)
            .map(this::row)
            .stream()) {
      rows.forEach(sink);
    }
  }

  private GridLine row(ResultSet rs, StatementContext ctx) throws SQLException {
    String wb = rs.getString("wb_state");
    String in = rs.getString("in_state");
    return new GridLine(
        lines.read(rs, ctx),
        parties(rs.getString("detail")),
        wb == null
            ? null
            : new GridLine.WriteBack(
                ShipmentState.valueOf(wb),
                rs.getString("wb_carrier"),
                rs.getString("wb_tracking"),
                rs.getInt("wb_attempts"),
                rs.getString("wb_error")),
        in == null
            ? null
            : new GridLine.InstructionState(
                Instruction.WebhookState.valueOf(in),
                HubJdbi.instant(rs, "in_created"),
                HubJdbi.instant(rs, "in_exported"),
                rs.getString("in_error")));
  }

  /** Buyer and receiver from the line's GetShippingInfo_v3 data. */
  static GridLine.Parties parties(String detail) {
    if (detail == null || detail.isBlank()) {
      return GridLine.Parties.NONE;
    }
    try {
      JsonNode d = JSON.readTree(detail);
      String address =
          String.join(
                  " ",
                  d.path("ShippingAddress").asText(""),
                  d.path("Address1").asText(""),
                  d.path("Address2").asText(""))
              .strip()
              .replaceAll("\\s+", " ");
      return new GridLine.Parties(
          d.path("Buyer").asText(""),
          d.path("Receiver").asText(""),
          d.path("ZipCode").asText(""),
          address);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored order line's detail is not JSON", e);
    }
  }
}
