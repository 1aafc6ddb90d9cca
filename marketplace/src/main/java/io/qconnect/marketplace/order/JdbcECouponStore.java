package io.qconnect.marketplace.order;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** E-ticket uses ({@code mk_ecoupon_use}). Stateless. */
final class JdbcECouponStore {
  Optional<LocalDateTime> usedAt(Handle h, long orderNo) {
    return h.createQuery("SELECT used_at FROM mk_ecoupon_use WHERE order_no = :o")
        .bind("o", orderNo)
        .mapTo(LocalDateTime.class)
        .findOne();
  }

  void use(Handle h, OrderLine l, LocalDateTime at) {
    h.createUpdate("INSERT INTO mk_ecoupon_use (order_no, seller_id, used_at) VALUES (:o, :s, :at)")
        .bind("o", l.orderNo())
        .bind("s", l.sellerId())
        .bind("at", at)
        .execute();
  }

  void cancel(Handle h, long orderNo) {
    h.createUpdate("DELETE FROM mk_ecoupon_use WHERE order_no = :o").bind("o", orderNo).execute();
  }
}
