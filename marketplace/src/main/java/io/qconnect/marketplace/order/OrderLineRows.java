package io.qconnect.marketplace.order;

import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.jdbi.v3.core.statement.StatementContext;

/** How order lines and carts are read from their rows ({@code mk_order_line}, {@code mk_cart}). */
final class OrderLineRows {
  static final String LINE_COLUMNS =
      """
      l.order_no, l.pack_no, l.seller_id, l.item_code, l.seller_item_code, l.item_title,
      l.option_label, l.option_code, l.qty, l.unit_price, l.discount, l.seller_discount,
      l.settle_price, l.ship_by_days, l.status, l.order_date, l.payment_date, l.est_ship_date,
      l.delay_type, l.delay_memo, l.shipping_date, l.delivered_date, l.carrier, l.tracking_no,
      l.claim_status, l.claim_reason, l.claim_requested_at, l.claim_completed_at""";

  static OrderLine mapLine(ResultSet rs, StatementContext ctx) throws SQLException {
    int claim = rs.getInt("claim_status");
    boolean noClaim = rs.wasNull();
    Date est = rs.getDate("est_ship_date");
    return new OrderLine(
        rs.getLong("order_no"),
        rs.getLong("pack_no"),
        rs.getString("seller_id"),
        rs.getString("item_code"),
        rs.getString("seller_item_code"),
        rs.getString("item_title"),
        rs.getString("option_label"),
        rs.getString("option_code"),
        rs.getInt("qty"),
        rs.getLong("unit_price"),
        rs.getLong("discount"),
        rs.getLong("seller_discount"),
        rs.getLong("settle_price"),
        rs.getInt("ship_by_days"),
        ShippingStatus.fromCode(rs.getInt("status")).orElseThrow(),
        ts(rs, "order_date"),
        ts(rs, "payment_date"),
        est == null ? null : est.toLocalDate(),
        rs.getString("delay_type"),
        rs.getString("delay_memo"),
        ts(rs, "shipping_date"),
        ts(rs, "delivered_date"),
        rs.getString("carrier"),
        rs.getString("tracking_no"),
        noClaim ? null : ClaimStatus.fromCode(claim).orElseThrow(),
        rs.getString("claim_reason"),
        ts(rs, "claim_requested_at"),
        ts(rs, "claim_completed_at"));
  }

  static Cart mapCart(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Cart(
        rs.getLong("pack_no"),
        rs.getString("seller_id"),
        new Buyer(
            rs.getString("buyer_name"),
            rs.getString("buyer_kana"),
            rs.getString("buyer_tel"),
            rs.getString("buyer_mobile"),
            rs.getString("buyer_email")),
        new Receiver(
            rs.getString("receiver_name"),
            rs.getString("receiver_kana"),
            rs.getString("receiver_tel"),
            rs.getString("receiver_mobile"),
            rs.getString("zip_code"),
            rs.getString("address1"),
            rs.getString("address2")),
        rs.getString("desired_delivery"),
        rs.getString("shipping_message"),
        PaymentMethod.valueOf(rs.getString("payment_method")),
        rs.getLong("shipping_fee"),
        rs.getString("shipping_rate_type"),
        ts(rs, "ordered_at"),
        ts(rs, "payment_deadline"));
  }

  static LocalDateTime ts(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toLocalDateTime();
  }

  private OrderLineRows() {}
}
