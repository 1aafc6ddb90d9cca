package io.qconnect.protocol.order;

import java.time.LocalDateTime;

/**
 * Collects the many fields of an {@link OrderLineView}; unset text is "", unset dates null. Start
 * with {@link OrderLineView#builder()} or {@link OrderLineView#toBuilder()}.
 */
public final class OrderLineViewBuilder {
  private ShippingStatus status;
  private String sellerId = "";
  private long packNo;
  private long orderNo;
  private LocalDateTime orderDate;
  private LocalDateTime paymentDate;
  private LocalDateTime estimatedShippingDate;
  private LocalDateTime shippingDate;
  private LocalDateTime deliveredDate;
  private String buyer = "";
  private String buyerKana = "";
  private String buyerTel = "";
  private String buyerMobile = "";
  private String buyerEmail = "";
  private String itemCode = "";
  private String sellerItemCode = "";
  private String itemTitle = "";
  private String option = "";
  private String optionCode = "";
  private long orderPrice;
  private int orderQty;
  private long discount;
  private long total;
  private String receiver = "";
  private String receiverKana = "";
  private String shippingCountry = "";
  private String zipCode = "";
  private String shippingAddress = "";
  private String address1 = "";
  private String address2 = "";
  private String receiverTel = "";
  private String receiverMobile = "";
  private String desiredDeliveryDate = "";
  private String senderName = "";
  private String senderTel = "";
  private String senderNation = "";
  private String senderZipCode = "";
  private String senderAddress = "";
  private String shippingWay = "";
  private String shippingMessage = "";
  private String paymentMethod = "";
  private String paymentNation = "";
  private long sellerDiscount;
  private String currency = "";
  private long shippingRate;
  private String relatedOrder = "";
  private String shippingRateType = "";
  private String deliveryCompany = "";
  private String trackingNo = "";
  private String voucherCode = "";
  private String packingNo = "";
  private String sellerDeliveryNo = "";
  private String gift = "";
  private long codPrice;
  private long cartDiscountSeller;
  private long cartDiscountQoo10;
  private long settlePrice;
  private String branchName = "";
  private String material = "";
  private String availableSendType = "";
  private String availableShippingDate = "";
  private String orderType = "";
  private ClaimStatus claimStatus;
  private LocalDateTime cancelRefundDate;
  private String claimReason = "";
  private LocalDateTime claimRequestDate;
  private String deliveryCompanyReturn = "";
  private String trackingNoReturn = "";
  private String pickupAddress = "";
  private long paymentAmount;
  private String itemCondition = "";

  OrderLineViewBuilder() {}

  public OrderLineViewBuilder status(ShippingStatus v) {
    this.status = v;
    return this;
  }

  public OrderLineViewBuilder sellerId(String v) {
    this.sellerId = v;
    return this;
  }

  public OrderLineViewBuilder packNo(long v) {
    this.packNo = v;
    return this;
  }

  public OrderLineViewBuilder orderNo(long v) {
    this.orderNo = v;
    return this;
  }

  public OrderLineViewBuilder orderDate(LocalDateTime v) {
    this.orderDate = v;
    return this;
  }

  public OrderLineViewBuilder paymentDate(LocalDateTime v) {
    this.paymentDate = v;
    return this;
  }

  public OrderLineViewBuilder estimatedShippingDate(LocalDateTime v) {
    this.estimatedShippingDate = v;
    return this;
  }

  public OrderLineViewBuilder shippingDate(LocalDateTime v) {
    this.shippingDate = v;
    return this;
  }

  public OrderLineViewBuilder deliveredDate(LocalDateTime v) {
    this.deliveredDate = v;
    return this;
  }

  public OrderLineViewBuilder buyer(String v) {
    this.buyer = v;
    return this;
  }

  public OrderLineViewBuilder buyerKana(String v) {
    this.buyerKana = v;
    return this;
  }

  public OrderLineViewBuilder buyerTel(String v) {
    this.buyerTel = v;
    return this;
  }

  public OrderLineViewBuilder buyerMobile(String v) {
    this.buyerMobile = v;
    return this;
  }

  public OrderLineViewBuilder buyerEmail(String v) {
    this.buyerEmail = v;
    return this;
  }

  public OrderLineViewBuilder itemCode(String v) {
    this.itemCode = v;
    return this;
  }

  public OrderLineViewBuilder sellerItemCode(String v) {
    this.sellerItemCode = v;
    return this;
  }

  public OrderLineViewBuilder itemTitle(String v) {
    this.itemTitle = v;
    return this;
  }

  public OrderLineViewBuilder option(String v) {
    this.option = v;
    return this;
  }

  public OrderLineViewBuilder optionCode(String v) {
    this.optionCode = v;
    return this;
  }

  public OrderLineViewBuilder orderPrice(long v) {
    this.orderPrice = v;
    return this;
  }

  public OrderLineViewBuilder orderQty(int v) {
    this.orderQty = v;
    return this;
  }

  public OrderLineViewBuilder discount(long v) {
    this.discount = v;
    return this;
  }

  public OrderLineViewBuilder total(long v) {
    this.total = v;
    return this;
  }

  public OrderLineViewBuilder receiver(String v) {
    this.receiver = v;
    return this;
  }

  public OrderLineViewBuilder receiverKana(String v) {
    this.receiverKana = v;
    return this;
  }

  public OrderLineViewBuilder shippingCountry(String v) {
    this.shippingCountry = v;
    return this;
  }

  public OrderLineViewBuilder zipCode(String v) {
    this.zipCode = v;
    return this;
  }

  public OrderLineViewBuilder shippingAddress(String v) {
    this.shippingAddress = v;
    return this;
  }

  public OrderLineViewBuilder address1(String v) {
    this.address1 = v;
    return this;
  }

  public OrderLineViewBuilder address2(String v) {
    this.address2 = v;
    return this;
  }

  public OrderLineViewBuilder receiverTel(String v) {
    this.receiverTel = v;
    return this;
  }

  public OrderLineViewBuilder receiverMobile(String v) {
    this.receiverMobile = v;
    return this;
  }

  public OrderLineViewBuilder desiredDeliveryDate(String v) {
    this.desiredDeliveryDate = v;
    return this;
  }

  public OrderLineViewBuilder senderName(String v) {
    this.senderName = v;
    return this;
  }

  public OrderLineViewBuilder senderTel(String v) {
    this.senderTel = v;
    return this;
  }

  public OrderLineViewBuilder senderNation(String v) {
    this.senderNation = v;
    return this;
  }

  public OrderLineViewBuilder senderZipCode(String v) {
    this.senderZipCode = v;
    return this;
  }

  public OrderLineViewBuilder senderAddress(String v) {
    this.senderAddress = v;
    return this;
  }

  public OrderLineViewBuilder shippingWay(String v) {
    this.shippingWay = v;
    return this;
  }

  public OrderLineViewBuilder shippingMessage(String v) {
    this.shippingMessage = v;
    return this;
  }

  public OrderLineViewBuilder paymentMethod(String v) {
    this.paymentMethod = v;
    return this;
  }

  public OrderLineViewBuilder paymentNation(String v) {
    this.paymentNation = v;
    return this;
  }

  public OrderLineViewBuilder sellerDiscount(long v) {
    this.sellerDiscount = v;
    return this;
  }

  public OrderLineViewBuilder currency(String v) {
    this.currency = v;
    return this;
  }

  public OrderLineViewBuilder shippingRate(long v) {
    this.shippingRate = v;
    return this;
  }

  public OrderLineViewBuilder relatedOrder(String v) {
    this.relatedOrder = v;
    return this;
  }

  public OrderLineViewBuilder shippingRateType(String v) {
    this.shippingRateType = v;
    return this;
  }

  public OrderLineViewBuilder deliveryCompany(String v) {
    this.deliveryCompany = v;
    return this;
  }

  public OrderLineViewBuilder trackingNo(String v) {
    this.trackingNo = v;
    return this;
  }

  public OrderLineViewBuilder voucherCode(String v) {
    this.voucherCode = v;
    return this;
  }

  public OrderLineViewBuilder packingNo(String v) {
    this.packingNo = v;
    return this;
  }

  public OrderLineViewBuilder sellerDeliveryNo(String v) {
    this.sellerDeliveryNo = v;
    return this;
  }

  public OrderLineViewBuilder gift(String v) {
    this.gift = v;
    return this;
  }

  public OrderLineViewBuilder codPrice(long v) {
    this.codPrice = v;
    return this;
  }

  public OrderLineViewBuilder cartDiscountSeller(long v) {
    this.cartDiscountSeller = v;
    return this;
  }

  public OrderLineViewBuilder cartDiscountQoo10(long v) {
    this.cartDiscountQoo10 = v;
    return this;
  }

  public OrderLineViewBuilder settlePrice(long v) {
    this.settlePrice = v;
    return this;
  }

  public OrderLineViewBuilder branchName(String v) {
    this.branchName = v;
    return this;
  }

  public OrderLineViewBuilder material(String v) {
    this.material = v;
    return this;
  }

  public OrderLineViewBuilder availableSendType(String v) {
    this.availableSendType = v;
    return this;
  }

  public OrderLineViewBuilder availableShippingDate(String v) {
    this.availableShippingDate = v;
    return this;
  }

  public OrderLineViewBuilder orderType(String v) {
    this.orderType = v;
    return this;
  }

  public OrderLineViewBuilder claimStatus(ClaimStatus v) {
    this.claimStatus = v;
    return this;
  }

  public OrderLineViewBuilder cancelRefundDate(LocalDateTime v) {
    this.cancelRefundDate = v;
    return this;
  }

  public OrderLineViewBuilder claimReason(String v) {
    this.claimReason = v;
    return this;
  }

  public OrderLineViewBuilder claimRequestDate(LocalDateTime v) {
    this.claimRequestDate = v;
    return this;
  }

  public OrderLineViewBuilder deliveryCompanyReturn(String v) {
    this.deliveryCompanyReturn = v;
    return this;
  }

  public OrderLineViewBuilder trackingNoReturn(String v) {
    this.trackingNoReturn = v;
    return this;
  }

  public OrderLineViewBuilder pickupAddress(String v) {
    this.pickupAddress = v;
    return this;
  }

  public OrderLineViewBuilder paymentAmount(long v) {
    this.paymentAmount = v;
    return this;
  }

  public OrderLineViewBuilder itemCondition(String v) {
    this.itemCondition = v;
    return this;
  }

  public OrderLineView build() {
    return new OrderLineView(
        status,
        sellerId,
        packNo,
        orderNo,
        orderDate,
        paymentDate,
        estimatedShippingDate,
        shippingDate,
        deliveredDate,
        buyer,
        buyerKana,
        buyerTel,
        buyerMobile,
        buyerEmail,
        itemCode,
        sellerItemCode,
        itemTitle,
        option,
        optionCode,
        orderPrice,
        orderQty,
        discount,
        total,
        receiver,
        receiverKana,
        shippingCountry,
        zipCode,
        shippingAddress,
        address1,
        address2,
        receiverTel,
        receiverMobile,
        desiredDeliveryDate,
        senderName,
        senderTel,
        senderNation,
        senderZipCode,
        senderAddress,
        shippingWay,
        shippingMessage,
        paymentMethod,
        paymentNation,
        sellerDiscount,
        currency,
        shippingRate,
        relatedOrder,
        shippingRateType,
        deliveryCompany,
        trackingNo,
        voucherCode,
        packingNo,
        sellerDeliveryNo,
        gift,
        codPrice,
        cartDiscountSeller,
        cartDiscountQoo10,
        settlePrice,
        branchName,
        material,
        availableSendType,
        availableShippingDate,
        orderType,
        claimStatus,
        cancelRefundDate,
        claimReason,
        claimRequestDate,
        deliveryCompanyReturn,
        trackingNoReturn,
        pickupAddress,
        paymentAmount,
        itemCondition);
  }
}
