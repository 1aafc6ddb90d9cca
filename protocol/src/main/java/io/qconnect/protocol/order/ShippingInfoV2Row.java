package io.qconnect.protocol.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.qconnect.protocol.wire.QapiDates;
import java.math.BigDecimal;

/**
 * A row of ShippingBasic.GetShippingInfo_v2 (docs/qapi.md §5.2), with the service's mixed casing
 * kept exactly: {@code buyer_gata}, {@code Addr1}, {@code zipCode}, {@code PaymentDate}, {@code
 * cod_price}, {@code Cart_Discount_Seller}. The OverseaConsignment fields are always empty here.
 */
public record ShippingInfoV2Row(
    @JsonProperty("shippingStatus") String shippingStatus,
    @JsonProperty("sellerID") String sellerID,
    @JsonProperty("orderNo") Long orderNo,
    @JsonProperty("packNo") Long packNo,
    @JsonProperty("orderDate") String orderDate,
    @JsonProperty("PaymentDate") String paymentDate,
    @JsonProperty("EstShippingDate") String estShippingDate,
    @JsonProperty("ShippingDate") String shippingDate,
    @JsonProperty("DeliveredDate") String deliveredDate,
    @JsonProperty("buyer") String buyer,
    @JsonProperty("buyer_gata") String buyerGata,
    @JsonProperty("buyerTel") String buyerTel,
    @JsonProperty("buyerMobile") String buyerMobile,
    @JsonProperty("buyerEmail") String buyerEmail,
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
    @JsonProperty("Addr1") String addr1,
    @JsonProperty("Addr2") String addr2,
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
    @JsonProperty("PaymentMethod") String paymentMethod,
    @JsonProperty("SellerDiscount") BigDecimal sellerDiscount,
    @JsonProperty("Currency") String currency,
    @JsonProperty("ShippingRate") BigDecimal shippingRate,
    @JsonProperty("RelatedOrder") String relatedOrder,
    @JsonProperty("shippingRateType") String shippingRateType,
    @JsonProperty("DeliveryCompany") String deliveryCompany,
    @JsonProperty("VoucherCode") String voucherCode,
    @JsonProperty("PackingNo") String packingNo,
    @JsonProperty("SellerDeliveryNo") String sellerDeliveryNo,
    @JsonProperty("PaymentNation") String paymentNation,
    @JsonProperty("Gift") String gift,
    @JsonProperty("cod_price") BigDecimal codPrice,
    @JsonProperty("Cart_Discount_Seller") BigDecimal cartDiscountSeller,
    @JsonProperty("Cart_Discount_Qoo10") BigDecimal cartDiscountQoo10,
    @JsonProperty("SettlePrice") BigDecimal settlePrice,
    @JsonProperty("BranchName") String branchName,
    @JsonProperty("TrackingNo") String trackingNo,
    @JsonProperty("OverseaConsignment") String overseaConsignment,
    @JsonProperty("OverseaConsignment_receiver") String overseaConsignmentReceiver,
    @JsonProperty("OverseaConsignment_Country") String overseaConsignmentCountry,
    @JsonProperty("OverseaConsignment_zipCode") String overseaConsignmentZipCode,
    @JsonProperty("OverseaConsignment_Addr1") String overseaConsignmentAddr1,
    @JsonProperty("OverseaConsignment_Addr2") String overseaConsignmentAddr2) {

  /** Renders a line with this method's field names and formats. */
  public static ShippingInfoV2Row from(OrderLineView v) {
    return new ShippingInfoV2Row(
        v.status().label(),
        v.sellerId(),
        v.orderNo(),
        v.packNo(),
        QapiDates.wire(v.orderDate()),
        QapiDates.wire(v.paymentDate()),
        QapiDates.wire(v.estimatedShippingDate()),
        QapiDates.wire(v.shippingDate()),
        QapiDates.wire(v.deliveredDate()),
        v.buyer(),
        v.buyerKana(),
        v.buyerTel(),
        v.buyerMobile(),
        v.buyerEmail(),
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
        v.address1(),
        v.address2(),
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
        v.paymentMethod(),
        BigDecimal.valueOf(v.sellerDiscount()),
        v.currency(),
        BigDecimal.valueOf(v.shippingRate()),
        v.relatedOrder(),
        v.shippingRateType(),
        v.deliveryCompany(),
        v.voucherCode(),
        v.packingNo(),
        v.sellerDeliveryNo(),
        v.paymentNation(),
        v.gift(),
        BigDecimal.valueOf(v.codPrice()),
        BigDecimal.valueOf(v.cartDiscountSeller()),
        BigDecimal.valueOf(v.cartDiscountQoo10()),
        BigDecimal.valueOf(v.settlePrice()),
        v.branchName(),
        v.trackingNo(),
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
        .orderNo(orderNo == null ? 0L : orderNo)
        .packNo(packNo == null ? 0L : packNo)
        .orderDate(QapiDates.parseWire(orderDate).orElse(null))
        .paymentDate(QapiDates.parseWire(paymentDate).orElse(null))
        .estimatedShippingDate(QapiDates.parseWire(estShippingDate).orElse(null))
        .shippingDate(QapiDates.parseWire(shippingDate).orElse(null))
        .deliveredDate(QapiDates.parseWire(deliveredDate).orElse(null))
        .buyer(buyer)
        .buyerKana(buyerGata)
        .buyerTel(buyerTel)
        .buyerMobile(buyerMobile)
        .buyerEmail(buyerEmail)
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
        .address1(addr1)
        .address2(addr2)
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
        .paymentMethod(paymentMethod)
        .sellerDiscount(sellerDiscount == null ? 0L : sellerDiscount.longValue())
        .currency(currency)
        .shippingRate(shippingRate == null ? 0L : shippingRate.longValue())
        .relatedOrder(relatedOrder)
        .shippingRateType(shippingRateType)
        .deliveryCompany(deliveryCompany)
        .voucherCode(voucherCode)
        .packingNo(packingNo)
        .sellerDeliveryNo(sellerDeliveryNo)
        .paymentNation(paymentNation)
        .gift(gift)
        .codPrice(codPrice == null ? 0L : codPrice.longValue())
        .cartDiscountSeller(cartDiscountSeller == null ? 0L : cartDiscountSeller.longValue())
        .cartDiscountQoo10(cartDiscountQoo10 == null ? 0L : cartDiscountQoo10.longValue())
        .settlePrice(settlePrice == null ? 0L : settlePrice.longValue())
        .branchName(branchName)
        .trackingNo(trackingNo)
        .build();
  }
}
