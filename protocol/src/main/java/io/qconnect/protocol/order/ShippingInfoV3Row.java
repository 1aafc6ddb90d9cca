package io.qconnect.protocol.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.qconnect.protocol.wire.QapiDates;
import java.math.BigDecimal;

/**
 * A row of ShippingBasic.GetShippingInfo_v3 (docs/qapi.md §5.1): PascalCase field names, prices as
 * decimals, dates as {@code yyyy-MM-dd HH:mm:ss} JST text.
 */
public record ShippingInfoV3Row(
    @JsonProperty("ShippingStatus") String shippingStatus,
    @JsonProperty("SellerID") String sellerID,
    @JsonProperty("PackNo") Long packNo,
    @JsonProperty("OrderDate") String orderDate,
    @JsonProperty("PaymentDate") String paymentDate,
    @JsonProperty("EstimatedShippingDate") String estimatedShippingDate,
    @JsonProperty("ShippingDate") String shippingDate,
    @JsonProperty("DeliveredDate") String deliveredDate,
    @JsonProperty("Buyer") String buyer,
    @JsonProperty("BuyerKana") String buyerKana,
    @JsonProperty("BuyerTel") String buyerTel,
    @JsonProperty("BuyerMobile") String buyerMobile,
    @JsonProperty("BuyerEmail") String buyerEmail,
    @JsonProperty("OrderNo") Long orderNo,
    @JsonProperty("ItemNo") String itemNo,
    @JsonProperty("SellerItemCode") String sellerItemCode,
    @JsonProperty("ItemTitle") String itemTitle,
    @JsonProperty("Option") String option,
    @JsonProperty("OptionCode") String optionCode,
    @JsonProperty("OrderPrice") BigDecimal orderPrice,
    @JsonProperty("OrderQty") Integer orderQty,
    @JsonProperty("Discount") BigDecimal discount,
    @JsonProperty("Total") BigDecimal total,
    @JsonProperty("Receiver") String receiver,
    @JsonProperty("ReceiverKana") String receiverKana,
    @JsonProperty("ZipCode") String zipCode,
    @JsonProperty("ShippingAddress") String shippingAddress,
    @JsonProperty("Address1") String address1,
    @JsonProperty("Address2") String address2,
    @JsonProperty("ReceiverTel") String receiverTel,
    @JsonProperty("ReceiverMobile") String receiverMobile,
    @JsonProperty("DesiredDeliveryDate") String desiredDeliveryDate,
    @JsonProperty("SenderName") String senderName,
    @JsonProperty("SenderTel") String senderTel,
    @JsonProperty("SenderNation") String senderNation,
    @JsonProperty("SenderZipCode") String senderZipCode,
    @JsonProperty("SenderAddress") String senderAddress,
    @JsonProperty("ShippingWay") String shippingWay,
    @JsonProperty("ShippingMessage") String shippingMessage,
    @JsonProperty("PaymentMethod") String paymentMethod,
    @JsonProperty("SellerDiscount") BigDecimal sellerDiscount,
    @JsonProperty("Currency") String currency,
    @JsonProperty("ShippingRate") BigDecimal shippingRate,
    @JsonProperty("RelatedOrder") String relatedOrder,
    @JsonProperty("ShippingRateType") String shippingRateType,
    @JsonProperty("DeliveryCompany") String deliveryCompany,
    @JsonProperty("VoucherCode") String voucherCode,
    @JsonProperty("PackingNo") String packingNo,
    @JsonProperty("SellerDeliveryNo") String sellerDeliveryNo,
    @JsonProperty("Gift") String gift,
    @JsonProperty("CartDiscountSeller") BigDecimal cartDiscountSeller,
    @JsonProperty("CartDiscountQoo10") BigDecimal cartDiscountQoo10,
    @JsonProperty("SettlePrice") BigDecimal settlePrice,
    @JsonProperty("BranchName") String branchName,
    @JsonProperty("TrackingNo") String trackingNo,
    @JsonProperty("Material") String material,
    @JsonProperty("AvailableSendType") String availableSendType,
    @JsonProperty("AvailableShippingDate") String availableShippingDate) {

  /** Renders a line with this method's field names and formats. */
  public static ShippingInfoV3Row from(OrderLineView v) {
    return new ShippingInfoV3Row(
        v.status().label(),
        v.sellerId(),
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
        v.orderNo(),
        v.itemCode(),
        v.sellerItemCode(),
        v.itemTitle(),
        v.option(),
        v.optionCode(),
        BigDecimal.valueOf(v.orderPrice()),
        v.orderQty(),
        BigDecimal.valueOf(v.discount()),
        BigDecimal.valueOf(v.total()),
        v.receiver(),
        v.receiverKana(),
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
        v.gift(),
        BigDecimal.valueOf(v.cartDiscountSeller()),
        BigDecimal.valueOf(v.cartDiscountQoo10()),
        BigDecimal.valueOf(v.settlePrice()),
        v.branchName(),
        v.trackingNo(),
        v.material(),
        v.availableSendType(),
        v.availableShippingDate());
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
        .estimatedShippingDate(QapiDates.parseWire(estimatedShippingDate).orElse(null))
        .shippingDate(QapiDates.parseWire(shippingDate).orElse(null))
        .deliveredDate(QapiDates.parseWire(deliveredDate).orElse(null))
        .buyer(buyer)
        .buyerKana(buyerKana)
        .buyerTel(buyerTel)
        .buyerMobile(buyerMobile)
        .buyerEmail(buyerEmail)
        .orderNo(orderNo == null ? 0L : orderNo)
        .itemCode(itemNo)
        .sellerItemCode(sellerItemCode)
        .itemTitle(itemTitle)
        .option(option)
        .optionCode(optionCode)
        .orderPrice(orderPrice == null ? 0L : orderPrice.longValue())
        .orderQty(orderQty == null ? 0 : orderQty)
        .discount(discount == null ? 0L : discount.longValue())
        .total(total == null ? 0L : total.longValue())
        .receiver(receiver)
        .receiverKana(receiverKana)
        .zipCode(zipCode)
        .shippingAddress(shippingAddress)
        .address1(address1)
        .address2(address2)
        .receiverTel(receiverTel)
        .receiverMobile(receiverMobile)
        .desiredDeliveryDate(desiredDeliveryDate)
        .senderName(senderName)
        .senderTel(senderTel)
        .senderNation(senderNation)
        .senderZipCode(senderZipCode)
        .senderAddress(senderAddress)
        .shippingWay(shippingWay)
        .shippingMessage(shippingMessage)
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
        .gift(gift)
        .cartDiscountSeller(cartDiscountSeller == null ? 0L : cartDiscountSeller.longValue())
        .cartDiscountQoo10(cartDiscountQoo10 == null ? 0L : cartDiscountQoo10.longValue())
        .settlePrice(settlePrice == null ? 0L : settlePrice.longValue())
        .branchName(branchName)
        .trackingNo(trackingNo)
        .material(material)
        .availableSendType(availableSendType)
        .availableShippingDate(availableShippingDate)
        .build();
  }
}
