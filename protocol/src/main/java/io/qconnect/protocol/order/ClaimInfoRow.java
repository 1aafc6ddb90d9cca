package io.qconnect.protocol.order;

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
    return new ClaimInfoRow(
        v.claimStatus() == null ? "" : Integer.toString(v.claimStatus().code()),
        QapiDates.wire(v.cancelRefundDate()),
        v.claimReason(),
        QapiDates.wire(v.claimRequestDate()),
        QapiDates.wire(v.orderDate()),
        QapiDates.wire(v.paymentDate()),
        QapiDates.wire(v.shippingDate()),
        QapiDates.wire(v.deliveredDate()),
        v.orderNo(),
        v.packNo(),
        v.itemCode(),
        v.sellerItemCode(),
        v.itemTitle(),
        v.orderQty(),
        v.paymentNation(),
        v.currency(),
        BigDecimal.valueOf(v.paymentAmount()),
        v.deliveryCompany(),
        v.trackingNo(),
        v.deliveryCompanyReturn(),
        v.trackingNoReturn(),
        v.pickupAddress(),
        v.zipCode(),
        "",
        v.itemCondition(),
        v.receiver(),
        v.receiverTel(),
        v.receiverMobile(),
        v.buyer(),
        v.buyerTel(),
        v.buyerMobile(),
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
    return OrderLineView.builder()
        .status(fallback)
        .claimStatus(ClaimStatus.parse(claimStatus).orElse(null))
        .cancelRefundDate(QapiDates.parseWire(cancelRefundDate).orElse(null))
        .claimReason(reason)
        .claimRequestDate(QapiDates.parseWire(requestDate).orElse(null))
        .orderDate(QapiDates.parseWire(orderDate).orElse(null))
        .paymentDate(QapiDates.parseWire(paymentDate).orElse(null))
        .shippingDate(QapiDates.parseWire(shippingDate).orElse(null))
        .deliveredDate(QapiDates.parseWire(deliveredDate).orElse(null))
        .orderNo(orderNo == null ? 0L : orderNo)
        .packNo(packNo == null ? 0L : packNo)
        .itemCode(itemCode)
        .sellerItemCode(sellerItemCode)
        .itemTitle(itemTitle)
        .orderQty(orderQty == null ? 0 : orderQty)
        .paymentNation(paymentNation)
        .currency(currency)
        .paymentAmount(paymentAmount == null ? 0L : paymentAmount.longValue())
        .deliveryCompany(deliveryCompany)
        .trackingNo(trackingNo)
        .deliveryCompanyReturn(deliveryCompanyReturn)
        .trackingNoReturn(trackingNoReturn)
        .pickupAddress(pickupAddress)
        .zipCode(zipCode)
        .itemCondition(itemCondition)
        .receiver(receiver)
        .receiverTel(receiverTel)
        .receiverMobile(receiverMobile)
        .buyer(buyer)
        .buyerTel(buyerTel)
        .buyerMobile(buyerMobile)
        .build();
  }
}
