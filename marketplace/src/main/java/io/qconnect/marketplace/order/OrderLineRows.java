package io.qconnect.marketplace.order;

import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

  /** The cart's columns, in the order {@link #mapCart} reads them. */
  static final String CART_COLUMNS =
      """
      c.pack_no, c.seller_id, c.buyer_name, c.buyer_kana, c.buyer_tel, c.buyer_mobile,
      c.buyer_email, c.receiver_name, c.receiver_kana, c.receiver_tel, c.receiver_mobile,
      c.zip_code, c.address1, c.address2, c.desired_delivery, c.shipping_message, c.payment_method,
      c.shipping_fee, c.shipping_rate_type, c.ordered_at, c.payment_deadline""";

  /** How many columns {@link #LINE_COLUMNS} names: a query's cart columns follow them. */
  static final int LINE_COLUMN_COUNT = 28;

  /** How many columns {@link #CART_COLUMNS} names. */
  static final int CART_COLUMN_COUNT = 21;

  /**
   * A line from a row whose first columns are {@link #LINE_COLUMNS}, read by position (a lookup by
   * name per column per row was a large part of reading a big search).
   */
  static OrderLine mapLine(ResultSet rs, StatementContext ctx) throws SQLException {
    int claim = rs.getInt(25);
    boolean noClaim = rs.wasNull();
    return new OrderLine(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getInt(9),
        rs.getLong(10),
        rs.getLong(11),
        rs.getLong(12),
        rs.getLong(13),
        rs.getInt(14),
        ShippingStatus.fromCode(rs.getInt(15)).orElseThrow(),
        ts(rs, 16),
        ts(rs, 17),
        rs.getObject(18, LocalDate.class),
        rs.getString(19),
        rs.getString(20),
        ts(rs, 21),
        ts(rs, 22),
        rs.getString(23),
        rs.getString(24),
        noClaim ? null : ClaimStatus.fromCode(claim).orElseThrow(),
        rs.getString(26),
        ts(rs, 27),
        ts(rs, 28));
  }

  /** A cart from a row that is {@link #CART_COLUMNS}. */
  static Cart mapCart(ResultSet rs, StatementContext ctx) throws SQLException {
    return cartAt(rs, 0);
  }

  /** A cart from a row whose columns after the first {@code before} are {@link #CART_COLUMNS}. */
  static Cart cartAt(ResultSet rs, int before) throws SQLException {
    int i = before;
    return new Cart(
        rs.getLong(i + 1),
        rs.getString(i + 2),
        new Buyer(
            rs.getString(i + 3),
            rs.getString(i + 4),
            rs.getString(i + 5),
            rs.getString(i + 6),
            rs.getString(i + 7)),
        new Receiver(
            rs.getString(i + 8),
            rs.getString(i + 9),
            rs.getString(i + 10),
            rs.getString(i + 11),
            rs.getString(i + 12),
            rs.getString(i + 13),
            rs.getString(i + 14)),
        rs.getString(i + 15),
        rs.getString(i + 16),
        PaymentMethod.valueOf(rs.getString(i + 17)),
        rs.getLong(i + 18),
        rs.getString(i + 19),
        ts(rs, i + 20),
        ts(rs, i + 21));
  }

  /** A Japan wall-clock time as it is stored (no time-zone arithmetic on the way). */
  static LocalDateTime ts(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, LocalDateTime.class);
  }

  private OrderLineRows() {}
}
