package io.qconnect.marketplace.order;

import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;

/**
 * ECouponAuth.CouponAuthByOuterTicketNo and CouponCancelByOuterTicketNo ({@link ECouponService}).
 */
public final class ECouponMethods implements QapiFeature {
  private final ECouponService coupons;

  public ECouponMethods(ECouponService coupons) {
    this.coupons = coupons;
  }

  @Override
  public void registerIn(MethodTable t) {
    t.register(
            QapiMethod.COUPON_AUTH_BY_OUTER_TICKET_NO,
            c ->
                answer(
                    QapiMethod.COUPON_AUTH_BY_OUTER_TICKET_NO,
                    coupons.authenticate(c.sellerId(), ticket(c))))
        .register(
            QapiMethod.COUPON_CANCEL_BY_OUTER_TICKET_NO,
            c ->
                answer(
                    QapiMethod.COUPON_CANCEL_BY_OUTER_TICKET_NO,
                    coupons.cancel(c.sellerId(), ticket(c))));
  }

  private static String ticket(SellerCall c) {
    return c.text("OuterTicketNo");
  }

  private static QapiResponse answer(QapiMethod m, ECouponService.Result r) {
    return r.code() == 0
        ? Answers.value(m, r.ticket())
        : Answers.failValue(m, r.code(), r.message());
  }
}
