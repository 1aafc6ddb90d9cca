package io.qconnect.protocol.order;

import static io.qconnect.protocol.order.Cells.date;
import static io.qconnect.protocol.order.Cells.num;
import static io.qconnect.protocol.order.Cells.yen;

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
    OrderKey k = v.key();
    Progress p = v.progress();
    Buyer b = v.buyer();
    LineItem i = v.item();
    Amounts a = v.amounts();
    Receiver r = v.receiver();
    Shipping s = v.shipping();
    Delivery d = v.delivery();
    Claim c = v.claim();
    return new ShippingAndClaimInfoRow(
        p.status().label(),
        k.sellerId(),
        k.packNo(),
        QapiDates.wire(p.orderDate()),
        QapiDates.wire(p.paymentDate()),
        QapiDates.wire(p.deliveredDate()),
        b.name(),
        b.kana(),
        b.tel(),
        b.mobile(),
        b.email(),
        k.orderType(),
        k.orderNo(),
        i.itemCode(),
        i.sellerItemCode(),
        i.itemTitle(),
        i.option(),
        i.optionCode(),
        a.orderPrice(),
        i.orderQty(),
        a.discount(),
        a.total(),
        r.name(),
        r.kana(),
        r.country(),
        r.zipCode(),
        r.shippingAddress(),
        r.tel(),
        r.mobile(),
        s.desiredDeliveryDate(),
        d.senderName(),
        d.senderTel(),
        d.senderNation(),
        d.senderZipCode(),
        d.senderAddress(),
        s.shippingWay(),
        s.shippingMessage(),
        s.shippingRateType(),
        d.packingNo(),
        d.sellerDeliveryNo(),
        d.voucherCode(),
        b.paymentNation(),
        b.paymentMethod(),
        i.gift(),
        BigDecimal.valueOf(s.codPrice()),
        BigDecimal.valueOf(a.cartDiscountSeller()),
        BigDecimal.valueOf(a.cartDiscountQoo10()),
        c.wireStatus(),
        QapiDates.wire(c.cancelRefundDate()),
        c.reason(),
        QapiDates.wire(c.requestDate()),
        QapiDates.wire(p.shippingDate()),
        a.currency(),
        d.deliveryCompany(),
        d.trackingNo(),
        c.deliveryCompanyReturn(),
        c.trackingNoReturn(),
        c.pickupAddress(),
        "",
        "",
        c.itemCondition(),
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
    return new OrderLineView(
        new OrderKey(sellerID, num(orderNo), num(packNo), "", orderType, ""),
        new Progress(
            ShippingStatus.parse(shippingStatus).orElse(fallback),
            date(orderDate),
            date(paymentDate),
            null,
            date(shippingDate),
            date(deliveredDate)),
        new Buyer(
            buyer, buyerGata, buyerTel, buyerMobile, buyerEmail, paymentMethod, paymentNation),
        new LineItem(
            itemCode, sellerItemCode, itemTitle, option, optionCode, num(orderQty), "", gift),
        new Amounts(
            num(orderPrice),
            num(discount),
            num(total),
            0,
            yen(cartDiscountSeller),
            yen(cartDiscountQoo10),
            0,
            0,
            currency),
        new Receiver(
            receiver,
            receiverGata,
            receiverTel,
            receiverMobile,
            shippingCountry,
            zipCode,
            shippingAddr,
            "",
            ""),
        new Shipping(
            shippingWay, shippingMsg, hopeDate, shippingRateType, 0, yen(codPrice), "", ""),
        asDelivery(),
        asClaim());
  }

  private Delivery asDelivery() {
    return new Delivery(
        deliveryCompany,
        trackingNo,
        voucherCode,
        packingNo,
        sellerDeliveryNo,
        senderName,
        senderTel,
        senderNation,
        senderZipCode,
        senderAddr);
  }

  private Claim asClaim() {
    return new Claim(
        ClaimStatus.parse(claimStatus).orElse(null),
        date(cancelRefundDate),
        reason,
        date(requestDate),
        deliveryCompanyReturn,
        trackingNoReturn,
        pickupAddress,
        itemCondition);
  }
}
