package io.qconnect.protocol.order;

import static io.qconnect.protocol.order.Cells.date;
import static io.qconnect.protocol.order.Cells.num;
import static io.qconnect.protocol.order.Cells.yen;

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
    OrderKey k = v.key();
    Progress p = v.progress();
    Buyer b = v.buyer();
    LineItem i = v.item();
    Amounts a = v.amounts();
    Receiver r = v.receiver();
    Shipping s = v.shipping();
    Delivery d = v.delivery();
    return new ShippingInfoV2Row(
        p.status().label(),
        k.sellerId(),
        k.orderNo(),
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
        b.paymentNation(),
        i.gift(),
        BigDecimal.valueOf(s.codPrice()),
        BigDecimal.valueOf(a.cartDiscountSeller()),
        BigDecimal.valueOf(a.cartDiscountQoo10()),
        BigDecimal.valueOf(a.settlePrice()),
        k.branchName(),
        d.trackingNo(),
        "",
        "",
        "",
        "",
        "",
        "");
  }

  /**
   * Reads this row back into the semantic view (v2 rows carry no claim).
   *
   * @param fallback the status to assume when the row's label cannot be read
   */
  public OrderLineView toView(ShippingStatus fallback) {
    return new OrderLineView(
        new OrderKey(sellerID, num(orderNo), num(packNo), relatedOrder, "", branchName),
        asProgress(fallback),
        new Buyer(
            buyer, buyerGata, buyerTel, buyerMobile, buyerEmail, paymentMethod, paymentNation),
        new LineItem(
            itemCode, sellerItemCode, itemTitle, option, optionCode, num(orderQty), "", gift),
        asAmounts(),
        new Receiver(
            receiver,
            receiverGata,
            receiverTel,
            receiverMobile,
            shippingCountry,
            zipCode,
            shippingAddr,
            addr1,
            addr2),
        asShipping(),
        asDelivery(),
        Claim.NONE);
  }

  private Progress asProgress(ShippingStatus fallback) {
    return new Progress(
        ShippingStatus.parse(shippingStatus).orElse(fallback),
        date(orderDate),
        date(paymentDate),
        date(estShippingDate),
        date(shippingDate),
        date(deliveredDate));
  }

  private Amounts asAmounts() {
    return new Amounts(
        num(orderPrice),
        num(discount),
        num(total),
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
        shippingMsg,
        hopeDate,
        shippingRateType,
        yen(shippingRate),
        yen(codPrice),
        "",
        "");
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
}
