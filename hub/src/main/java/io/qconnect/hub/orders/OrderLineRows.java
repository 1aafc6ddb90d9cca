package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubJdbi;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** {@code hub_order_line} rows to {@link OrderLine} and back. */
final class OrderLineRows {
  private OrderLineRows() {}

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
