package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubJdbi;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** {@code hub_order_line} rows to {@link OrderLine} and back. */
final class OrderLineRows {
  private OrderLineRows() {}

  /** The columns {@link #set} fills before {@code detail}, in {@code LINE_COLUMNS} order. */
  static final int COLUMNS = 31;

  /**
   * Sets a line's columns, in {@code LINE_COLUMNS} order, then {@code detail} (parameter 32), as
   * {@link #bind} binds them.
   */
  static void set(PreparedStatement p, LineRecord r) throws SQLException {
    OrderLine l = r.line();
    Confirmation c = l.confirmation();
    p.setString(1, l.shopId());
    p.setLong(2, l.orderNo());
    p.setLong(3, l.packNo());
    p.setString(4, HubJdbi.clip(l.relatedOrder(), 400));
    p.setInt(5, l.qoo10Status().code());
    setInteger(p, 6, l.claimStatus() == null ? null : l.claimStatus().code());
    p.setString(7, l.hubStatus().name());
    setObject(p, 8, l.orderDate(), Types.TIMESTAMP);
    setObject(p, 9, l.paymentDate(), Types.TIMESTAMP);
    setObject(p, 10, l.estShipDate(), Types.TIMESTAMP);
    setObject(p, 11, l.shippingDate(), Types.TIMESTAMP);
    setObject(p, 12, l.deliveredDate(), Types.TIMESTAMP);
    setObject(p, 13, l.claimDate(), Types.TIMESTAMP);
    p.setString(14, HubJdbi.clip(l.claimReason(), 1000));
    p.setString(15, HubJdbi.clip(l.itemCode(), 50));
    p.setString(16, HubJdbi.clip(l.sellerItemCode(), 100));
    p.setString(17, HubJdbi.clip(l.itemTitle(), 500));
    p.setString(18, HubJdbi.clip(l.option(), 500));
    p.setString(19, HubJdbi.clip(l.optionCode(), 100));
    p.setInt(20, l.qty());
    p.setLong(21, l.total());
    p.setString(22, HubJdbi.clip(l.carrier(), 200));
    p.setString(23, HubJdbi.clip(l.trackingNo(), 100));
    setInteger(p, 24, c.code());
    p.setString(25, HubJdbi.clip(c.message(), 1000));
    p.setInt(26, c.attempts());
    setObject(p, 27, c.estShipDate(), Types.DATE);
    setInstant(p, 28, c.confirmedAt());
    setInstant(p, 29, l.firstSeenAt());
    setInstant(p, 30, l.updatedAt());
    p.setInt(31, l.version());
    setText(p, 32, r.detail());
  }

  /**
   * The line's statuses as first stored ({@code first_hub_status}, {@code first_qoo10_status},
   * {@code first_claim_status}) from parameter {@code i}: its import entry in the history.
   */
  static void setFirst(PreparedStatement p, int i, OrderLine l) throws SQLException {
    p.setString(i, l.hubStatus().name());
    p.setInt(i + 1, l.qoo10Status().code());
    setInteger(p, i + 2, l.claimStatus() == null ? null : l.claimStatus().code());
  }

  /** A text parameter, or SQL NULL. */
  static void setText(PreparedStatement p, int i, String v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.VARCHAR);
    } else {
      p.setString(i, v);
    }
  }

  private static void setInteger(PreparedStatement p, int i, Integer v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.INTEGER);
    } else {
      p.setInt(i, v);
    }
  }

  /** A Japan wall-clock time or a date, as {@link HubJdbi} binds it. */
  private static void setObject(PreparedStatement p, int i, Object v, int type)
      throws SQLException {
    if (v == null) {
      p.setNull(i, type);
    } else {
      p.setObject(i, v);
    }
  }

  /** An instant at UTC, as {@link HubJdbi} binds it. */
  private static void setInstant(PreparedStatement p, int i, Instant v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      p.setObject(i, v.atOffset(ZoneOffset.UTC));
    }
  }

  /** Binds a line's columns to an update or to one row of a batch. */
  static <T extends SqlStatement<T>> T bind(T u, LineRecord r) {
    OrderLine l = r.line();
    Confirmation c = l.confirmation();
    return u.bind("shop", l.shopId())
        .bind("no", l.orderNo())
        .bind("pack", l.packNo())
        .bind("related", HubJdbi.clip(l.relatedOrder(), 400))
        .bind("qoo10", l.qoo10Status().code())
        .bind("claim", l.claimStatus() == null ? null : l.claimStatus().code())
        .bind("hub", l.hubStatus().name())
        .bindByType("orderDate", l.orderDate(), LocalDateTime.class)
        .bindByType("paymentDate", l.paymentDate(), LocalDateTime.class)
        .bindByType("estShipDate", l.estShipDate(), LocalDateTime.class)
        .bindByType("shippingDate", l.shippingDate(), LocalDateTime.class)
        .bindByType("deliveredDate", l.deliveredDate(), LocalDateTime.class)
        .bindByType("claimDate", l.claimDate(), LocalDateTime.class)
        .bind("claimReason", HubJdbi.clip(l.claimReason(), 1000))
        .bind("itemCode", HubJdbi.clip(l.itemCode(), 50))
        .bind("sellerItemCode", HubJdbi.clip(l.sellerItemCode(), 100))
        .bind("itemTitle", HubJdbi.clip(l.itemTitle(), 500))
        .bind("option", HubJdbi.clip(l.option(), 500))
        .bind("optionCode", HubJdbi.clip(l.optionCode(), 100))
        .bind("qty", l.qty())
        .bind("total", l.total())
        .bind("carrier", HubJdbi.clip(l.carrier(), 200))
        .bind("tracking", HubJdbi.clip(l.trackingNo(), 100))
        .bind("detail", r.detail())
        .bind("confirmCode", c.code())
        .bind("confirmMessage", HubJdbi.clip(c.message(), 1000))
        .bind("confirmAttempts", c.attempts())
        .bindByType("confirmEstDate", c.estShipDate(), LocalDate.class)
        .bindByType("confirmedAt", c.confirmedAt(), Instant.class)
        .bind("firstSeen", l.firstSeenAt())
        .bind("updated", l.updatedAt())
        .bind("version", l.version());
  }

  static OrderLine line(ResultSet rs, StatementContext ctx) throws SQLException {
    Integer claim = HubJdbi.integer(rs, "claim_status");
    return new OrderLine(
        rs.getString("shop_id"),
        rs.getLong("order_no"),
        rs.getLong("pack_no"),
        rs.getString("related_order"),
        ShippingStatus.fromCode(rs.getInt("qoo10_status")).orElseThrow(),
        claim == null ? null : ClaimStatus.fromCode(claim).orElse(null),
        HubStatus.valueOf(rs.getString("hub_status")),
        HubJdbi.jst(rs, "order_date"),
        HubJdbi.jst(rs, "payment_date"),
        HubJdbi.jst(rs, "est_ship_date"),
        HubJdbi.jst(rs, "shipping_date"),
        HubJdbi.jst(rs, "delivered_date"),
        HubJdbi.jst(rs, "claim_date"),
        rs.getString("claim_reason"),
        rs.getString("item_code"),
        rs.getString("seller_item_code"),
        rs.getString("item_title"),
        rs.getString("option_text"),
        rs.getString("option_code"),
        rs.getInt("qty"),
        rs.getLong("total"),
        rs.getString("carrier"),
        rs.getString("tracking_no"),
        new Confirmation(
            HubJdbi.integer(rs, "confirm_code"),
            rs.getString("confirm_message"),
            rs.getInt("confirm_attempts"),
            HubJdbi.date(rs, "confirm_est_date"),
            HubJdbi.instant(rs, "confirmed_at")),
        HubJdbi.instant(rs, "first_seen_at"),
        HubJdbi.instant(rs, "updated_at"),
        rs.getInt("version"));
  }
}
