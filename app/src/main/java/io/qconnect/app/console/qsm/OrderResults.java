package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Msg;
import io.qconnect.marketplace.order.OrderCodes;
import io.qconnect.marketplace.order.OrderOutcome;

/**
 * The seller's words for what the order actions answered: each result code of SetSellerCheckYN and
 * SetSendingInfo (docs/qapi.md §5.4, §5.6) as a message naming the order, with the code in
 * parentheses. The codes mean different things per method, hence one method per action.
 */
final class OrderResults {
  private OrderResults() {}

  /** Why confirming {@code orderNo} with an estimated ship date was refused. */
  static String confirmRefused(Msg t, long orderNo, OrderOutcome o) {
    String key =
        switch (o.code()) {
          case OrderCodes.BAD_ORDER -> "qsm.orders.refused.notFound";
          case OrderCodes.ALREADY_CONFIRMED -> "qsm.orders.refused.alreadyConfirmed";
          case OrderCodes.NOT_AWAITING -> "qsm.orders.refused.notAwaiting";
          case OrderCodes.EST_SHIP_DATE_FORMAT -> "qsm.orders.refused.noDate";
          case OrderCodes.EST_SHIP_DATE_TOO_LATE -> "qsm.orders.refused.dateTooLate";
          case OrderCodes.EST_SHIP_DATE_NOT_FUTURE -> "qsm.orders.refused.dateNotFuture";
          default -> "qsm.orders.refused.other";
        };
    return t.f(key, orderNo, o.code());
  }

  /** Why shipping {@code orderNo} was refused. */
  static String shipRefused(Msg t, long orderNo, OrderOutcome o) {
    String key =
        switch (o.code()) {
          case OrderCodes.BAD_ORDER -> "qsm.orders.refused.notFound";
          case OrderCodes.SENDING_INFO_MISSING -> "qsm.orders.refused.sendingInfo";
          case OrderCodes.CANNOT_SHIP -> "qsm.orders.refused.cannotShip";
          default -> "qsm.orders.refused.other";
        };
    return t.f(key, orderNo, o.code());
  }
}
