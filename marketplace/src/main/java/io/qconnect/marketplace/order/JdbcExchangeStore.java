package io.qconnect.marketplace.order;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The exchange details of order lines ({@code mk_exchange}). Stateless. */
final class JdbcExchangeStore {

  void requested(Handle h, OrderLine l, LocalDateTime at) {
    h.createUpdate(
            """
            INSERT INTO mk_exchange (order_no, seller_id, requested_at)
            VALUES (:o, :s, :at)""")
        .bind("o", l.orderNo())
        .bind("s", l.sellerId())
        .bind("at", at)
        .execute();
  }

  void accepted(Handle h, long orderNo, Exchange.Address a, LocalDateTime at) {
    h.createUpdate(
            """
            UPDATE mk_exchange SET accepted_at = :at, pickup_name = :n, pickup_zip_code = :z,
              pickup_address1 = :a1, pickup_address2 = :a2, pickup_mobile = :m, pickup_tel = :t
            WHERE order_no = :o""")
        .bind("o", orderNo)
        .bind("at", at)
        .bind("n", a.name())
        .bind("z", a.zipCode())
        .bind("a1", a.address1())
        .bind("a2", a.address2())
        .bind("m", a.mobile())
        .bind("t", a.tel())
        .execute();
  }

  void redelivered(
      Handle h,
      long orderNo,
      LocalDateTime date,
      String carrier,
      String trackingNo,
      Exchange.Address a) {
    h.createUpdate(
            """
            UPDATE mk_exchange SET redelivery_date = :d, redelivery_carrier = :c,
              redelivery_tracking_no = :tn, receiver_name = :n, receiver_zip_code = :z,
              receiver_address1 = :a1, receiver_address2 = :a2, receiver_mobile = :m,
              receiver_tel = :t
            WHERE order_no = :o""")
        .bind("o", orderNo)
        .bind("d", date)
        .bind("c", carrier)
        .bind("tn", trackingNo)
        .bind("n", a.name())
        .bind("z", a.zipCode())
        .bind("a1", a.address1())
        .bind("a2", a.address2())
        .bind("m", a.mobile())
        .bind("t", a.tel())
        .execute();
  }

  Optional<Exchange> find(Handle h, long orderNo) {
    return h.createQuery("SELECT * FROM mk_exchange WHERE order_no = :o")
        .bind("o", orderNo)
        .map(
            (rs, ctx) ->
                new Exchange(
                    rs.getLong("order_no"),
                    rs.getObject("requested_at", LocalDateTime.class),
                    rs.getObject("accepted_at", LocalDateTime.class),
                    new Exchange.Address(
                        rs.getString("pickup_name"),
                        rs.getString("pickup_zip_code"),
                        rs.getString("pickup_address1"),
                        rs.getString("pickup_address2"),
                        rs.getString("pickup_mobile"),
                        rs.getString("pickup_tel")),
                    rs.getObject("redelivery_date", LocalDateTime.class),
                    rs.getString("redelivery_carrier"),
                    rs.getString("redelivery_tracking_no"),
                    new Exchange.Address(
                        rs.getString("receiver_name"),
                        rs.getString("receiver_zip_code"),
                        rs.getString("receiver_address1"),
                        rs.getString("receiver_address2"),
                        rs.getString("receiver_mobile"),
                        rs.getString("receiver_tel"))))
        .findOne();
  }
}
