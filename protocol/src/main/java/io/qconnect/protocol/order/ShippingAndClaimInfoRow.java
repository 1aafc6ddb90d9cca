package io.qconnect.protocol.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.qconnect.protocol.wire.QapiDates;
import java.math.BigDecimal;

/**
 * The row of ShippingBasic.GetShippingAndClaimInfoByOrderNo_V2 (docs/qapi.md §5.3): v2-style casing
 * plus the claim fields ({@code claimStatus} is sent as its numeric code). The cash-on-delivery and
 * non-receipt fields are always empty here.
 */
public record ShippingAndClaimInfoRow(
    @JsonProperty("shippingStatus") String shippingStatus,
    @JsonProperty("sellerID") String sellerID,
    @JsonProperty("packNo") Long packNo,
    @JsonProperty("orderDate") String orderDate,
    @JsonProperty("PaymentDate") String paymentDate,
    @JsonProperty("DeliveredDate") String deliveredDate,
    @JsonProperty("buyer") String buyer,
    @JsonProperty("buyer_gata") String buyerGata,
    @JsonProperty("buyerTel") String buyerTel,
    @JsonProperty("buyerMobile") String buyerMobile,
    @JsonProperty("buyerEmail") String buyerEmail,
    @JsonProperty("OrderType") String orderType,
    @JsonProperty("orderNo") Long orderNo,
    @JsonProperty("itemCode") String itemCode,
    @JsonProperty("sellerItemCode") String sellerItemCode,
    @JsonProperty("itemTitle") String itemTitle,
    @JsonProperty("option") String option,
    @JsonProperty("optionCode") String optionCode,
    @JsonProperty("orderPrice") Long orderPrice,
    @JsonProperty("orderQty") Integer orderQty,
    @JsonProperty("discount") Long discount,
    @JsonProperty("total") Long total,
    @JsonProperty("receiver") String receiver,
    @JsonProperty("receiver_gata") String receiverGata,
    @JsonProperty("shippingCountry") String shippingCountry,
    @JsonProperty("zipCode") String zipCode,
    @JsonProperty("shippingAddr") String shippingAddr,
    @JsonProperty("receiverTel") String receiverTel,
    @JsonProperty("receiverMobile") String receiverMobile,
    @JsonProperty("hopeDate") String hopeDate,
    @JsonProperty("senderName") String senderName,
    @JsonProperty("senderTel") String senderTel,
    @JsonProperty("senderNation") String senderNation,
    @JsonProperty("senderZipCode") String senderZipCode,
    @JsonProperty("senderAddr") String senderAddr,
    @JsonProperty("ShippingWay") String shippingWay,
    @JsonProperty("ShippingMsg") String shippingMsg,
    @JsonProperty("shippingRateType") String shippingRateType,
    @JsonProperty("PackingNo") String packingNo,
    @JsonProperty("SellerDeliveryNo") String sellerDeliveryNo,
    @JsonProperty("VoucherCode") String voucherCode,
    @JsonProperty("paymentNation") String paymentNation,
    @JsonProperty("PaymentMethod") String paymentMethod,
    @JsonProperty("Gift") String gift,
    @JsonProperty("cod_price") BigDecimal codPrice,
    @JsonProperty("Cart_Discount_Seller") BigDecimal cartDiscountSeller,
    @JsonProperty("Cart_Discount_Qoo10") BigDecimal cartDiscountQoo10,
    @JsonProperty("claimStatus") String claimStatus,
    @JsonProperty("cancelRefundDate") String cancelRefundDate,
    @JsonProperty("reason") String reason,
    @JsonProperty("requestDate") String requestDate,
    @JsonProperty("shippingDate") String shippingDate,
    @JsonProperty("currency") String currency,
    @JsonProperty("deliveryCompany") String deliveryCompany,
    @JsonProperty("trackingNo") String trackingNo,
    @JsonProperty("deliveryCompanyReturn") String deliveryCompanyReturn,
    @JsonProperty("trackingNoReturn") String trackingNoReturn,
    @JsonProperty("pickupAddress") String pickupAddress,
    @JsonProperty("pickupzipCode") String pickupzipCode,
    @JsonProperty("paymentReturnShipping") String paymentReturnShipping,
    @JsonProperty("itemCondition") String itemCondition,
    @JsonProperty("CODCancelPrice") String cODCancelPrice,
    @JsonProperty("CODQrefundPrice") String cODQrefundPrice,
    @JsonProperty("CODCancelRelatedOrder") String cODCancelRelatedOrder,
    @JsonProperty("nrDutyTarget") String nrDutyTarget,
    @JsonProperty("nrSolType") String nrSolType,
    @JsonProperty("nrPartRefundCnt") String nrPartRefundCnt,
    @JsonProperty("nrPartRefundBalance") String nrPartRefundBalance) {

  /** Renders a line with this method's field names and formats. */
  public static ShippingAndClaimInfoRow from(OrderLineView v) {
    return new ShippingAndClaimInfoRow(
        v.status().label(),
        v.sellerId(),
        v.packNo(),
        QapiDates.wire(v.orderDate()),
        QapiDates.wire(v.paymentDate()),
        QapiDates.wire(v.deliveredDate()),
        v.buyer(),
        v.buyerKana(),
        v.buyerTel(),
        v.buyerMobile(),
        v.buyerEmail(),
        v.orderType(),
        v.orderNo(),
        v.itemCode(),
        v.sellerItemCode(),
        v.itemTitle(),
        v.option(),
        v.optionCode(),
        v.orderPrice(),
        v.orderQty(),
        v.discount(),
        v.total(),
        v.receiver(),
        v.receiverKana(),
        v.shippingCountry(),
        v.zipCode(),
        v.shippingAddress(),
        v.receiverTel(),
        v.receiverMobile(),
        v.desiredDeliveryDate(),
        v.senderName(),
        v.senderTel(),
        v.senderNation(),
        v.senderZipCode(),
        v.senderAddress(),
        v.shippingWay(),
        v.shippingMessage(),
        v.shippingRateType(),
        v.packingNo(),
        v.sellerDeliveryNo(),
        v.voucherCode(),
        v.paymentNation(),
        v.paymentMethod(),
        v.gift(),
        BigDecimal.valueOf(v.codPrice()),
        BigDecimal.valueOf(v.cartDiscountSeller()),
        BigDecimal.valueOf(v.cartDiscountQoo10()),
        v.claimStatus() == null ? "" : Integer.toString(v.claimStatus().code()),
        QapiDates.wire(v.cancelRefundDate()),
        v.claimReason(),
        QapiDates.wire(v.claimRequestDate()),
        QapiDates.wire(v.shippingDate()),
        v.currency(),
        v.deliveryCompany(),
        v.trackingNo(),
        v.deliveryCompanyReturn(),
        v.trackingNoReturn(),
        v.pickupAddress(),
        "",
        "",
        v.itemCondition(),
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
   * @param fallback the status to assume when the row's label cannot be read
   */
  public OrderLineView toView(ShippingStatus fallback) {
    return OrderLineView.builder()
        .status(ShippingStatus.parse(shippingStatus).orElse(fallback))
        .sellerId(sellerID)
        .packNo(packNo == null ? 0L : packNo)
        .orderDate(QapiDates.parseWire(orderDate).orElse(null))
        .paymentDate(QapiDates.parseWire(paymentDate).orElse(null))
        .deliveredDate(QapiDates.parseWire(deliveredDate).orElse(null))
        .buyer(buyer)
        .buyerKana(buyerGata)
        .buyerTel(buyerTel)
        .buyerMobile(buyerMobile)
        .buyerEmail(buyerEmail)
        .orderType(orderType)
        .orderNo(orderNo == null ? 0L : orderNo)
        .itemCode(itemCode)
        .sellerItemCode(sellerItemCode)
        .itemTitle(itemTitle)
        .option(option)
        .optionCode(optionCode)
        .orderPrice(orderPrice == null ? 0L : orderPrice)
        .orderQty(orderQty == null ? 0 : orderQty)
        .discount(discount == null ? 0L : discount)
        .total(total == null ? 0L : total)
        .receiver(receiver)
        .receiverKana(receiverGata)
        .shippingCountry(shippingCountry)
        .zipCode(zipCode)
        .shippingAddress(shippingAddr)
        .receiverTel(receiverTel)
        .receiverMobile(receiverMobile)
        .desiredDeliveryDate(hopeDate)
        .senderName(senderName)
        .senderTel(senderTel)
        .senderNation(senderNation)
        .senderZipCode(senderZipCode)
        .senderAddress(senderAddr)
        .shippingWay(shippingWay)
        .shippingMessage(shippingMsg)
        .shippingRateType(shippingRateType)
        .packingNo(packingNo)
        .sellerDeliveryNo(sellerDeliveryNo)
        .voucherCode(voucherCode)
        .paymentNation(paymentNation)
        .paymentMethod(paymentMethod)
        .gift(gift)
        .codPrice(codPrice == null ? 0L : codPrice.longValue())
        .cartDiscountSeller(cartDiscountSeller == null ? 0L : cartDiscountSeller.longValue())
        .cartDiscountQoo10(cartDiscountQoo10 == null ? 0L : cartDiscountQoo10.longValue())
        .claimStatus(ClaimStatus.parse(claimStatus).orElse(null))
        .cancelRefundDate(QapiDates.parseWire(cancelRefundDate).orElse(null))
        .claimReason(reason)
        .claimRequestDate(QapiDates.parseWire(requestDate).orElse(null))
        .shippingDate(QapiDates.parseWire(shippingDate).orElse(null))
        .currency(currency)
        .deliveryCompany(deliveryCompany)
        .trackingNo(trackingNo)
        .deliveryCompanyReturn(deliveryCompanyReturn)
        .trackingNoReturn(trackingNoReturn)
        .pickupAddress(pickupAddress)
        .itemCondition(itemCondition)
        .build();
  }
}
