package io.qconnect.marketplace.order;

import io.qconnect.protocol.order.ClaimStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Carts and order lines. Every state change is a conditional UPDATE guarded by the status it starts
 * from, so that two callers racing on one line cannot both move it; callers pass the transaction's
 * {@link Handle} so that stock and outbox writes commit with the change.
 */
final class JdbcOrderStore {

  long nextPackNo(Handle h) {
    return h.createQuery("SELECT nextval('mk_pack_no_seq')").mapTo(Long.class).one();
  }

  long nextOrderNo(Handle h) {
    return h.createQuery("SELECT nextval('mk_order_no_seq')").mapTo(Long.class).one();
  }

  /**
   * @param lineCount how many lines the cart is placed with (all of them, at once: a cart never
   *     gains a line later)
   */
  void insertCart(Handle h, Cart c, int lineCount) {
    h.createUpdate(
            """
            INSERT INTO mk_cart (pack_no, seller_id, buyer_name, buyer_kana, buyer_tel,
              buyer_mobile, buyer_email, receiver_name, receiver_kana, receiver_tel,
              receiver_mobile, zip_code, address1, address2, desired_delivery, shipping_message,
              payment_method, shipping_fee, shipping_rate_type, ordered_at, payment_deadline,
              line_count)
            VALUES (:pack, :seller, :bn, :bk, :bt, :bm, :be, :rn, :rk, :rt, :rm, :zip, :a1, :a2,
              :desired, :message, :payment, :fee, :rateType, :ordered, :deadline, :lines)""")
        .bind("pack", c.packNo())
        .bind("lines", lineCount)
        .bind("seller", c.sellerId())
        .bind("bn", c.buyer().name())
        .bind("bk", c.buyer().kana())
        .bind("bt", c.buyer().tel())
        .bind("bm", c.buyer().mobile())
        .bind("be", c.buyer().email())
        .bind("rn", c.receiver().name())
        .bind("rk", c.receiver().kana())
        .bind("rt", c.receiver().tel())
        .bind("rm", c.receiver().mobile())
        .bind("zip", c.receiver().zipCode())
        .bind("a1", c.receiver().address1())
        .bind("a2", c.receiver().address2())
        .bind("desired", c.desiredDelivery())
        .bind("message", c.shippingMessage())
        .bind("payment", c.paymentMethod().name())
        .bind("fee", c.shippingFee())
        .bind("rateType", c.shippingRateType())
        .bind("ordered", c.orderedAt())
        .bind("deadline", c.paymentDeadline())
        .execute();
  }

  void insertLine(Handle h, OrderLine l, LocalDateTime at) {
    h.createUpdate(
            """
            INSERT INTO mk_order_line (order_no, pack_no, seller_id, item_code, seller_item_code,
              item_title, option_label, option_code, qty, unit_price, discount, seller_discount,
              settle_price, ship_by_days, status, order_date, payment_date, changed_at)
            VALUES (:order, :pack, :seller, :item, :sitem, :title, :olabel, :ocode, :qty, :price,
              :discount, :sdiscount, :settle, :shipBy, :status, :orderDate, :paymentDate, :at)""")
        .bind("order", l.orderNo())
        .bind("pack", l.packNo())
        .bind("seller", l.sellerId())
        .bind("item", l.itemCode())
        .bind("sitem", l.sellerItemCode())
        .bind("title", l.itemTitle())
        .bind("olabel", l.optionLabel())
        .bind("ocode", l.optionCode())
        .bind("qty", l.qty())
        .bind("price", l.unitPrice())
        .bind("discount", l.discount())
        .bind("sdiscount", l.sellerDiscount())
        .bind("settle", l.settlePrice())
        .bind("shipBy", l.shipByDays())
        .bind("status", l.status().code())
        .bind("orderDate", l.orderDate())
        .bind("paymentDate", l.paymentDate())
        .bind("at", at)
        .execute();
  }

  Optional<OrderLine> line(Handle h, long orderNo) {
    return h.createQuery(
            "SELECT " + OrderLineRows.LINE_COLUMNS + " FROM mk_order_line l WHERE l.order_no = :o")
        .bind("o", orderNo)
        .map(OrderLineRows::mapLine)
        .findOne();
  }

  List<OrderLine> linesOfPack(Handle h, long packNo) {
    return h.createQuery(
            "SELECT "
                + OrderLineRows.LINE_COLUMNS
                + " FROM mk_order_line l WHERE l.pack_no = :p ORDER BY l.order_no")
        .bind("p", packNo)
        .map(OrderLineRows::mapLine)
        .list();
  }

  Optional<Cart> cart(Handle h, long packNo) {
    return h.createQuery(
            "SELECT " + OrderLineRows.CART_COLUMNS + " FROM mk_cart c WHERE c.pack_no = :p")
        .bind("p", packNo)
        .map(OrderLineRows::mapCart)
        .findOne();
  }

  /** 1 → 2 for every live line of the cart; returns the lines moved. */
  int pay(Handle h, long packNo, LocalDateTime at) {
    return h.createUpdate(
            """
            UPDATE mk_order_line SET status = 2, payment_date = :at, changed_at = :at
            WHERE pack_no = :p AND status = 1 AND claim_status IS NULL""")
        .bind("p", packNo)
        .bind("at", at)
        .execute();
  }

  /** 2 → 3 with the estimated ship date. */
  boolean confirm(
      Handle h, long orderNo, LocalDate est, String delayType, String memo, LocalDateTime at) {
    return h.createUpdate(
                """
                UPDATE mk_order_line SET status = 3, est_ship_date = :est, delay_type = :dt,
                  delay_memo = :memo, changed_at = :at
                WHERE order_no = :o AND status = 2
                  AND (claim_status IS NULL OR claim_status NOT IN (3, 16))""")
            .bind("o", orderNo)
            .bind("est", est)
            .bind("dt", delayType)
            .bind("memo", memo)
            .bind("at", at)
            .execute()
        == 1;
  }

  /** 2 or 3 → 4 (or a tracking correction on 4): carrier, tracking, ShippingDate. */
  boolean ship(Handle h, long orderNo, String carrier, String tracking, LocalDateTime at) {
    return h.createUpdate(
                """
                UPDATE mk_order_line SET status = 4, carrier = :carrier, tracking_no = :tracking,
                  shipping_date = CASE WHEN status = 4 THEN shipping_date ELSE :at END,
                  changed_at = :at
                WHERE order_no = :o AND status IN (2, 3, 4)
                  AND (claim_status IS NULL OR claim_status NOT IN (3, 16))""")
            .bind("o", orderNo)
            .bind("carrier", carrier)
            .bind("tracking", tracking)
            .bind("at", at)
            .execute()
        == 1;
  }

  /** 4 → 5. */
  boolean deliver(Handle h, long orderNo, LocalDateTime at) {
    return h.createUpdate(
                """
                UPDATE mk_order_line SET status = 5, delivered_date = :at, changed_at = :at
                WHERE order_no = :o AND status = 4""")
            .bind("o", orderNo)
            .bind("at", at)
            .execute()
        == 1;
  }

  /** Sets the line's claim; the caller has locked the line and checked the transition. */
  void setClaim(
      Handle h,
      long orderNo,
      ClaimStatus to,
      String reason,
      LocalDateTime requestedAt,
      LocalDateTime completedAt,
      LocalDateTime at) {
    h.createUpdate(
            """
            UPDATE mk_order_line SET claim_status = :to, claim_reason = :reason,
              claim_requested_at = COALESCE(:requested, claim_requested_at),
              claim_completed_at = :completed, changed_at = :at
            WHERE order_no = :o""")
        .bind("o", orderNo)
        .bind("to", to.code())
        .bind("reason", reason)
        .bind("requested", requestedAt)
        .bind("completed", completedAt)
        .bind("at", at)
        .execute();
  }

  /** Clears an open claim (a declined cancel request); its reason and request time stay. */
  void clearClaim(Handle h, long orderNo, LocalDateTime at) {
    h.createUpdate(
            "UPDATE mk_order_line SET claim_status = NULL, changed_at = :at WHERE order_no = :o")
        .bind("o", orderNo)
        .bind("at", at)
        .execute();
  }

  /** Reads a line and locks it until the transaction ends. */
  Optional<OrderLine> lockLine(Handle h, long orderNo) {
    return h.createQuery(
            "SELECT "
                + OrderLineRows.LINE_COLUMNS
                + " FROM mk_order_line l WHERE l.order_no = :o FOR UPDATE")
        .bind("o", orderNo)
        .map(OrderLineRows::mapLine)
        .findOne();
  }

  /** Marks the line's stock as returned, once. */
  boolean markStockReturned(Handle h, long orderNo) {
    return h.createUpdate(
                "UPDATE mk_order_line SET stock_returned = TRUE WHERE order_no = :o AND stock_returned = FALSE")
            .bind("o", orderNo)
            .execute()
        == 1;
  }

  /** Order numbers of prepaid lines still unpaid after their cart's payment deadline. */
  List<Long> unpaidPastDeadline(Handle h, LocalDateTime now) {
    return h.createQuery(
            """
            SELECT l.order_no FROM mk_order_line l JOIN mk_cart c ON c.pack_no = l.pack_no
            WHERE l.status = 1 AND l.claim_status IS NULL AND c.payment_deadline < :now
            ORDER BY l.order_no""")
        .bind("now", now)
        .mapTo(Long.class)
        .list();
  }
}
