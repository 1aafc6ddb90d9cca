package io.qconnect.marketplace.order;

import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.order.Amounts;
import io.qconnect.protocol.order.Buyer;
import io.qconnect.protocol.order.Claim;
import io.qconnect.protocol.order.Delivery;
import io.qconnect.protocol.order.LineItem;
import io.qconnect.protocol.order.OrderKey;
import io.qconnect.protocol.order.OrderLineView;
import io.qconnect.protocol.order.Progress;
import io.qconnect.protocol.order.Receiver;
import io.qconnect.protocol.order.Shipping;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders a placed line as the protocol's semantic view, from which every order row is made. */
final class OrderRows {
  private final JapaneseBusinessCalendar calendar;

  /**
   * Ship-by days already counted, per payment day and number of days: a search answers many lines
   * paid on the same days, and counting business days walks the holiday table day by day.
   */
  private final Map<Due, LocalDate> dues = new ConcurrentHashMap<>();

  private record Due(LocalDate paid, int days) {}

  OrderRows(JapaneseBusinessCalendar calendar) {
    this.calendar = calendar;
  }

  OrderLineView view(PlacedLine p) {
    OrderLine l = p.line();
    Cart c = p.cart();
    return new OrderLineView(
        new OrderKey(l.sellerId(), l.orderNo(), l.packNo(), relatedOrder(p), "", ""),
        progress(l),
        buyer(c),
        new LineItem(
            l.itemCode(),
            l.sellerItemCode(),
            l.itemTitle(),
            l.optionLabel(),
            l.optionCode(),
            l.qty(),
            "",
            ""),
        new Amounts(
            l.unitPrice(),
            l.discount(),
            l.total(),
            l.sellerDiscount(),
            0,
            0,
            l.settlePrice(),
            l.total(),
            "JPY"),
        receiver(c),
        shipping(p, c),
        new Delivery(l.carrier(), l.trackingNo(), "", "", "", "", "", "JP", "", ""),
        Claim.of(l.claimStatus(), l.claimReason(), l.claimRequestedAt(), l.claimCompletedAt()));
  }

  private static String relatedOrder(PlacedLine p) {
    List<Long> orders = p.relatedOrders();
    if (orders.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(orders.size() * 11); // a loop: once per line of an answer
    for (Long o : orders) {
      (b.isEmpty() ? b : b.append(',')).append(o.longValue());
    }
    return b.toString();
  }

  private static Progress progress(OrderLine l) {
    return new Progress(
        l.status(),
        l.orderDate(),
        l.paymentDate(),
        l.estShipDate() == null ? null : l.estShipDate().atStartOfDay(),
        l.shippingDate(),
        l.deliveredDate());
  }

  private static Buyer buyer(Cart c) {
    var b = c.buyer(); // the marketplace's buyer, rendered as the protocol's
    return new Buyer(
        b.name(), b.kana(), b.tel(), b.mobile(), b.email(), c.paymentMethod().wire(), "JP");
  }

  private static Receiver receiver(Cart c) {
    var r = c.receiver();
    return new Receiver(
        r.name(),
        r.kana(),
        r.tel(),
        r.mobile(),
        "JP",
        r.zipCode(),
        r.fullAddress(),
        r.address1(),
        r.address2());
  }

  private Shipping shipping(PlacedLine p, Cart c) {
    OrderLine l = p.line();
    boolean first = !p.relatedOrders().isEmpty() && p.relatedOrders().get(0) == l.orderNo();
    LocalDate due = dueDate(l);
    return new Shipping(
        "1",
        c.shippingMessage(),
        c.desiredDelivery(),
        c.shippingRateType(),
        first ? c.shippingFee() : 0,
        0,
        "0",
        due == null ? "" : due.toString());
  }

  /**
   * The day the seller should ship by: the estimated ship date when set, else the item's ship-by
   * business days counted from payment; null while unpaid.
   */
  LocalDate dueDate(OrderLine l) {
    if (l.estShipDate() != null) {
      return l.estShipDate();
    }
    if (l.paymentDate() == null) {
      return null;
    }
    Due key = new Due(l.paymentDate().toLocalDate(), l.shipByDays());
    LocalDate due = dues.get(key);
    if (due == null) {
      due = calendar.plusBusinessDays(key.paid(), key.days());
      if (dues.size() >= 10_000) {
        dues.clear(); // years of distinct days: start again rather than grow
      }
      dues.put(key, due);
    }
    return due;
  }
}
