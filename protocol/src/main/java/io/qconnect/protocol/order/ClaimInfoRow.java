package io.qconnect.protocol.order;

import static io.qconnect.protocol.order.Cells.date;
import static io.qconnect.protocol.order.Cells.num;
import static io.qconnect.protocol.order.Cells.yen;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.qconnect.protocol.wire.QapiDates;
import java.math.BigDecimal;

/**
 * A row of ShippingBasic.GetClaimInfo_V3 (docs/qapi.md §6.1). {@code claimStatus} is sent as its
 * numeric code (the reference cannot say whether the service sends a number or a label; readers
 * accept both). The cash-on-delivery and non-receipt fields are always empty here.
 */
public record ClaimInfoRow(
    @JsonProperty("claimStatus") String claimStatus,
    @JsonProperty("cancelRefundDate") String cancelRefundDate,
    @JsonProperty("reason") String reason,
    @JsonProperty("requestDate") String requestDate,
    @JsonProperty("orderDate") String orderDate,
    @JsonProperty("PaymentDate") String paymentDate,
    @JsonProperty("shippingDate") String shippingDate,
    @JsonProperty("DeliveredDate") String deliveredDate,
    @JsonProperty("orderNo") Long orderNo,
    @JsonProperty("packNo") Long packNo,
    @JsonProperty("itemCode") String itemCode,
    @JsonProperty("sellerItemCode") String sellerItemCode,
    @JsonProperty("itemTitle") String itemTitle,
    @JsonProperty("orderQty") Integer orderQty,
    @JsonProperty("paymentNation") String paymentNation,
    @JsonProperty("currency") String currency,
    @JsonProperty("paymentAmount") BigDecimal paymentAmount,
    @JsonProperty("deliveryCompany") String deliveryCompany,
    @JsonProperty("trackingNo") String trackingNo,
    @JsonProperty("deliveryCompanyReturn") String deliveryCompanyReturn,
    @JsonProperty("trackingNoReturn") String trackingNoReturn,
    @JsonProperty("pickupAddress") String pickupAddress,
    @JsonProperty("zipCode") String zipCode,
    @JsonProperty("paymentReturnShipping") String paymentReturnShipping,
    @JsonProperty("itemCondition") String itemCondition,
    @JsonProperty("receiver") String receiver,
    @JsonProperty("receiverTel") String receiverTel,
    @JsonProperty("receiverMobile") String receiverMobile,
    @JsonProperty("buyer") String buyer,
    @JsonProperty("buyerTel") String buyerTel,
    @JsonProperty("buyerMobile") String buyerMobile,
    @JsonProperty("CODCancelPrice") String cODCancelPrice,
    @JsonProperty("CODQrefundPrice") String cODQrefundPrice,
    @JsonProperty("CODCancelRelatedOrder") String cODCancelRelatedOrder,
    @JsonProperty("nrDutyTarget") String nrDutyTarget,
    @JsonProperty("nrSolType") String nrSolType,
    @JsonProperty("nrPartRefundCnt") String nrPartRefundCnt,
    @JsonProperty("nrPartRefundBalance") String nrPartRefundBalance) {

  /** Renders a line with this method's field names and formats. */
  public static ClaimInfoRow from(OrderLineView v) {
    OrderKey k = v.key();
    Progress p = v.progress();
    Buyer b = v.buyer();
    LineItem i = v.item();
    Receiver r = v.receiver();
    Delivery d = v.delivery();
    Claim c = v.claim();
    return new ClaimInfoRow(
        c.wireStatus(),
        QapiDates.wire(c.cancelRefundDate()),
        c.reason(),
        QapiDates.wire(c.requestDate()),
        QapiDates.wire(p.orderDate()),
        QapiDates.wire(p.paymentDate()),
        QapiDates.wire(p.shippingDate()),
        QapiDates.wire(p.deliveredDate()),
        k.orderNo(),
        k.packNo(),
        i.itemCode(),
        i.sellerItemCode(),
        i.itemTitle(),
        i.orderQty(),
        b.paymentNation(),
        v.amounts().currency(),
        BigDecimal.valueOf(v.amounts().paymentAmount()),
        d.deliveryCompany(),
        d.trackingNo(),
        c.deliveryCompanyReturn(),
        c.trackingNoReturn(),
        c.pickupAddress(),
        r.zipCode(),
        "",
        c.itemCondition(),
        r.name(),
        r.tel(),
        r.mobile(),
        b.name(),
        b.tel(),
        b.mobile(),
        "",
        "",
        "",
        "",
        "",
        "",
        "");
  }

  /**
   * Reads this row back into the semantic view.
   *
   * @param fallback the shipping status to give the view; claim rows carry none
   */
  public OrderLineView toView(ShippingStatus fallback) {
    return new OrderLineView(
        OrderKey.of("", num(orderNo), num(packNo)),
        new Progress(
            fallback,
            date(orderDate),
            date(paymentDate),
            null,
            date(shippingDate),
            date(deliveredDate)),
        new Buyer(buyer, "", buyerTel, buyerMobile, "", "", paymentNation),
        new LineItem(itemCode, sellerItemCode, itemTitle, "", "", num(orderQty), "", ""),
        new Amounts(0, 0, 0, 0, 0, 0, 0, yen(paymentAmount), currency),
        new Receiver(receiver, "", receiverTel, receiverMobile, "", zipCode, "", "", ""),
        Shipping.NONE,
        Delivery.tracked(deliveryCompany, trackingNo),
        new Claim(
            ClaimStatus.parse(claimStatus).orElse(null),
            date(cancelRefundDate),
            reason,
            date(requestDate),
            deliveryCompanyReturn,
            trackingNoReturn,
            pickupAddress,
            itemCondition));
  }
}
