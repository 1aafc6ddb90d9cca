package io.qconnect.protocol.order;

import static io.qconnect.protocol.order.Cells.date;
import static io.qconnect.protocol.order.Cells.num;
import static io.qconnect.protocol.order.Cells.yen;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.qconnect.protocol.wire.QapiDates;
import java.math.BigDecimal;

/**
 * A row of ShippingBasic.GetShippingInfo_v3 (docs/qapi.md §5.1): PascalCase field names, prices as
 * decimals, dates as {@code yyyy-MM-dd HH:mm:ss} JST text.
 */
@JsonSerialize(using = ShippingInfoV3RowJson.class)
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
    @JsonProperty("AvailableShippingDate") String availableShippingDate)
    implements io.qconnect.protocol.wire.QapiRow {

  /** By order number and status: a line's status is what changes most between two polls. */
  @Override
  public int rowHash() {
    return java.util.Objects.hash(orderNo, shippingStatus);
  }

  /** Renders a line with this method's field names and formats. */
  public static ShippingInfoV3Row from(OrderLineView v) {
    OrderKey k = v.key();
    Progress p = v.progress();
    Buyer b = v.buyer();
    LineItem i = v.item();
    Amounts a = v.amounts();
    Receiver r = v.receiver();
    Shipping s = v.shipping();
    Delivery d = v.delivery();
    return new ShippingInfoV3Row(
        p.status().label(),
        k.sellerId(),
        k.packNo(),
        QapiDates.wire(p.orderDate()),
        QapiDates.wire(p.paymentDate()),
        QapiDates.wire(p.estimatedShippingDate()),
        QapiDates.wire(p.shippingDate()),
        QapiDates.wire(p.deliveredDate()),
        b.name(),
        b.kana(),
        b.tel(),
        b.mobile(),
        b.email(),
        k.orderNo(),
        i.itemCode(),
        i.sellerItemCode(),
        i.itemTitle(),
        i.option(),
        i.optionCode(),
        BigDecimal.valueOf(a.orderPrice()),
        i.orderQty(),
        BigDecimal.valueOf(a.discount()),
        BigDecimal.valueOf(a.total()),
        r.name(),
        r.kana(),
        r.zipCode(),
        r.shippingAddress(),
        r.address1(),
        r.address2(),
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
        b.paymentMethod(),
        BigDecimal.valueOf(a.sellerDiscount()),
        a.currency(),
        BigDecimal.valueOf(s.shippingRate()),
        k.relatedOrder(),
        s.shippingRateType(),
        d.deliveryCompany(),
        d.voucherCode(),
        d.packingNo(),
        d.sellerDeliveryNo(),
        i.gift(),
        BigDecimal.valueOf(a.cartDiscountSeller()),
        BigDecimal.valueOf(a.cartDiscountQoo10()),
        BigDecimal.valueOf(a.settlePrice()),
        k.branchName(),
        d.trackingNo(),
        i.material(),
        s.availableSendType(),
        s.availableShippingDate());
  }

  /**
   * Reads this row back into the semantic view (v3 rows carry no claim).
   *
   * @param fallback the status to assume when the row's label cannot be read
   */
  public OrderLineView toView(ShippingStatus fallback) {
    return new OrderLineView(
        new OrderKey(sellerID, num(orderNo), num(packNo), relatedOrder, "", branchName),
        asProgress(fallback),
        new Buyer(buyer, buyerKana, buyerTel, buyerMobile, buyerEmail, paymentMethod, ""),
        new LineItem(
            itemNo, sellerItemCode, itemTitle, option, optionCode, num(orderQty), material, gift),
        asAmounts(),
        new Receiver(
            receiver,
            receiverKana,
            receiverTel,
            receiverMobile,
            "",
            zipCode,
            shippingAddress,
            address1,
            address2),
        asShipping(),
        asDelivery(),
        Claim.NONE);
  }

  private Progress asProgress(ShippingStatus fallback) {
    return new Progress(
        ShippingStatus.parse(shippingStatus).orElse(fallback),
        date(orderDate),
        date(paymentDate),
        date(estimatedShippingDate),
        date(shippingDate),
        date(deliveredDate));
  }

  private Amounts asAmounts() {
    return new Amounts(
        yen(orderPrice),
        yen(discount),
        yen(total),
        yen(sellerDiscount),
        yen(cartDiscountSeller),
        yen(cartDiscountQoo10),
        yen(settlePrice),
        0,
        currency);
  }

  private Shipping asShipping() {
    return new Shipping(
        shippingWay,
        shippingMessage,
        desiredDeliveryDate,
        shippingRateType,
        yen(shippingRate),
        0,
        availableSendType,
        availableShippingDate);
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
        senderAddress);
  }
}
