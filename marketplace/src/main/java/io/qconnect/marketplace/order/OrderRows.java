package io.qconnect.marketplace.order;

import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.order.OrderLineView;
import io.qconnect.protocol.order.OrderLineViewBuilder;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Renders a placed line as the protocol's semantic view, from which every order row is made. */
final class OrderRows {
  private final JapaneseBusinessCalendar calendar;

  OrderRows(JapaneseBusinessCalendar calendar) {
    this.calendar = calendar;
  }

  OrderLineView view(PlacedLine p) {
    OrderLine l = p.line();
    Cart c = p.cart();
    boolean first = !p.relatedOrders().isEmpty() && p.relatedOrders().get(0) == l.orderNo();
    OrderLineViewBuilder b =
        OrderLineView.builder()
            .status(l.status())
            .sellerId(l.sellerId())
            .packNo(l.packNo())
            .orderNo(l.orderNo())
            .orderDate(l.orderDate())
            .paymentDate(l.paymentDate())
            .estimatedShippingDate(l.estShipDate() == null ? null : l.estShipDate().atStartOfDay())
            .shippingDate(l.shippingDate())
            .deliveredDate(l.deliveredDate())
            .itemCode(l.itemCode())
            .sellerItemCode(l.sellerItemCode())
            .itemTitle(l.itemTitle())
            .option(l.optionLabel())
            .optionCode(l.optionCode())
            .orderPrice(l.unitPrice())
            .orderQty(l.qty())
            .discount(l.discount())
            .total(l.total())
            .sellerDiscount(l.sellerDiscount())
            .settlePrice(l.settlePrice())
            .currency("JPY")
            .shippingRate(first ? c.shippingFee() : 0)
            .shippingRateType(c.shippingRateType())
            .relatedOrder(
                p.relatedOrders().stream().map(String::valueOf).collect(Collectors.joining(",")))
            .deliveryCompany(l.carrier())
            .trackingNo(l.trackingNo())
            .paymentMethod(c.paymentMethod().wire())
            .paymentNation("JP")
            .shippingWay("1")
            .availableSendType("0")
            .availableShippingDate(dueDate(l) == null ? "" : dueDate(l).toString());
    buyer(b, c);
    claim(b, l);
    return b.build();
  }

  private static void buyer(OrderLineViewBuilder b, Cart c) {
    b.buyer(c.buyer().name())
        .buyerKana(c.buyer().kana())
        .buyerTel(c.buyer().tel())
        .buyerMobile(c.buyer().mobile())
        .buyerEmail(c.buyer().email())
        .receiver(c.receiver().name())
        .receiverKana(c.receiver().kana())
        .receiverTel(c.receiver().tel())
        .receiverMobile(c.receiver().mobile())
        .shippingCountry("JP")
        .zipCode(c.receiver().zipCode())
        .shippingAddress(c.receiver().fullAddress())
        .address1(c.receiver().address1())
        .address2(c.receiver().address2())
        .desiredDeliveryDate(c.desiredDelivery())
        .shippingMessage(c.shippingMessage())
        .senderNation("JP");
  }

  private static void claim(OrderLineViewBuilder b, OrderLine l) {
    b.claimStatus(l.claimStatus())
        .claimReason(l.claimReason())
        .claimRequestDate(l.claimRequestedAt())
        .cancelRefundDate(l.claimCompletedAt())
        .paymentAmount(l.total());
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
    return calendar.plusBusinessDays(l.paymentDate().toLocalDate(), l.shipByDays());
  }
}
