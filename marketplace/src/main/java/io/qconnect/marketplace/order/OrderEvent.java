package io.qconnect.marketplace.order;

/**
 * What happened to an order line, as recorded in the outbox. The first five map to the notification
 * kinds of QSM's 알림관리: 주문알림 (order), 배송요청건 (shipping request), 배송완료 (delivered), 취소요청 (cancel
 * requested), 취소완료 (cancel completed).
 */
public enum OrderEvent {
  /** Placed with a prepayment still to come (status 1). */
  ORDER_PLACED,
  /** A new paid order (주문알림). */
  ORDER_NOTICE,
  /** The line entered status 2, shipping requested (배송요청건). */
  SHIPPING_REQUEST,
  /** The seller confirmed it (status 3). */
  SELLER_CONFIRMED,
  /** Carrier and tracking registered (status 4). */
  SHIPPED,
  /** Delivered (status 5, 배송완료). */
  DELIVERED,
  /** The buyer asked to cancel (claim 1, 취소요청). */
  CANCEL_REQUESTED,
  /** The seller shipped instead of cancelling: the buyer's cancel request is declined. */
  CANCEL_DECLINED,
  /** Cancelled (claim 3, 취소완료). */
  CANCEL_COMPLETED,
  /** The prepayment deadline passed (claim 16). */
  UNPAID_CANCELLED,
  /** The buyer asked to return a delivered line (claim 4). */
  RETURN_REQUESTED,
  /** The return is complete (claim 6). */
  RETURN_COMPLETED,
  /** The buyer asked to exchange a delivered line (claim 11). */
  EXCHANGE_REQUESTED,
  /** The seller accepted the exchange (claim 12, Claim.SetClaimAccept). */
  EXCHANGE_ACCEPTED,
  /** The seller sent the exchanged goods (claim 13, Claim.SetClaimRedelivery). */
  EXCHANGE_REDELIVERED
}
