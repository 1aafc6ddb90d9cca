package io.qconnect.protocol.order;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One order line (one item or option of a cart), in semantic form: typed dates (JST, no offset),
 * yen amounts as {@code long}, statuses as enums. Text fields are never null ("" when unknown);
 * dates and {@code claimStatus} are null when not set.
 *
 * <p>The wire rows ({@link ShippingInfoV3Row}, {@link ShippingInfoV2Row}, {@link
 * ShippingAndClaimInfoRow}, {@link ClaimInfoRow}) are renderings of this view; build one with
 * {@link #builder()}.
 */
public record OrderLineView(
    ShippingStatus status,
    String sellerId,
    long packNo,
    long orderNo,
    LocalDateTime orderDate,
    LocalDateTime paymentDate,
    LocalDateTime estimatedShippingDate,
    LocalDateTime shippingDate,
    LocalDateTime deliveredDate,
    String buyer,
    String buyerKana,
    String buyerTel,
    String buyerMobile,
    String buyerEmail,
    String itemCode,
    String sellerItemCode,
    String itemTitle,
    String option,
    String optionCode,
    long orderPrice,
    int orderQty,
    long discount,
    long total,
    String receiver,
    String receiverKana,
    String shippingCountry,
    String zipCode,
    String shippingAddress,
    String address1,
    String address2,
    String receiverTel,
    String receiverMobile,
    String desiredDeliveryDate,
    String senderName,
    String senderTel,
    String senderNation,
    String senderZipCode,
    String senderAddress,
    String shippingWay,
    String shippingMessage,
    String paymentMethod,
    String paymentNation,
    long sellerDiscount,
    String currency,
    long shippingRate,
    String relatedOrder,
    String shippingRateType,
    String deliveryCompany,
    String trackingNo,
    String voucherCode,
    String packingNo,
    String sellerDeliveryNo,
    String gift,
    long codPrice,
    long cartDiscountSeller,
    long cartDiscountQoo10,
    long settlePrice,
    String branchName,
    String material,
    String availableSendType,
    String availableShippingDate,
    String orderType,
    ClaimStatus claimStatus,
    LocalDateTime cancelRefundDate,
    String claimReason,
    LocalDateTime claimRequestDate,
    String deliveryCompanyReturn,
    String trackingNoReturn,
    String pickupAddress,
    long paymentAmount,
    String itemCondition) {

  public OrderLineView {
    Objects.requireNonNull(status, "status");
    sellerId = sellerId == null ? "" : sellerId;
    buyer = buyer == null ? "" : buyer;
    buyerKana = buyerKana == null ? "" : buyerKana;
    buyerTel = buyerTel == null ? "" : buyerTel;
    buyerMobile = buyerMobile == null ? "" : buyerMobile;
    buyerEmail = buyerEmail == null ? "" : buyerEmail;
    itemCode = itemCode == null ? "" : itemCode;
    sellerItemCode = sellerItemCode == null ? "" : sellerItemCode;
    itemTitle = itemTitle == null ? "" : itemTitle;
    option = option == null ? "" : option;
    optionCode = optionCode == null ? "" : optionCode;
    receiver = receiver == null ? "" : receiver;
    receiverKana = receiverKana == null ? "" : receiverKana;
    shippingCountry = shippingCountry == null ? "" : shippingCountry;
    zipCode = zipCode == null ? "" : zipCode;
    shippingAddress = shippingAddress == null ? "" : shippingAddress;
    address1 = address1 == null ? "" : address1;
    address2 = address2 == null ? "" : address2;
    receiverTel = receiverTel == null ? "" : receiverTel;
    receiverMobile = receiverMobile == null ? "" : receiverMobile;
    desiredDeliveryDate = desiredDeliveryDate == null ? "" : desiredDeliveryDate;
    senderName = senderName == null ? "" : senderName;
    senderTel = senderTel == null ? "" : senderTel;
    senderNation = senderNation == null ? "" : senderNation;
    senderZipCode = senderZipCode == null ? "" : senderZipCode;
    senderAddress = senderAddress == null ? "" : senderAddress;
    shippingWay = shippingWay == null ? "" : shippingWay;
    shippingMessage = shippingMessage == null ? "" : shippingMessage;
    paymentMethod = paymentMethod == null ? "" : paymentMethod;
    paymentNation = paymentNation == null ? "" : paymentNation;
    currency = currency == null ? "" : currency;
    relatedOrder = relatedOrder == null ? "" : relatedOrder;
    shippingRateType = shippingRateType == null ? "" : shippingRateType;
    deliveryCompany = deliveryCompany == null ? "" : deliveryCompany;
    trackingNo = trackingNo == null ? "" : trackingNo;
    voucherCode = voucherCode == null ? "" : voucherCode;
    packingNo = packingNo == null ? "" : packingNo;
    sellerDeliveryNo = sellerDeliveryNo == null ? "" : sellerDeliveryNo;
    gift = gift == null ? "" : gift;
    branchName = branchName == null ? "" : branchName;
    material = material == null ? "" : material;
    availableSendType = availableSendType == null ? "" : availableSendType;
    availableShippingDate = availableShippingDate == null ? "" : availableShippingDate;
    orderType = orderType == null ? "" : orderType;
    claimReason = claimReason == null ? "" : claimReason;
    deliveryCompanyReturn = deliveryCompanyReturn == null ? "" : deliveryCompanyReturn;
    trackingNoReturn = trackingNoReturn == null ? "" : trackingNoReturn;
    pickupAddress = pickupAddress == null ? "" : pickupAddress;
    itemCondition = itemCondition == null ? "" : itemCondition;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder preloaded with this line's values. */
  public Builder toBuilder() {
    return new Builder()
        .status(status)
        .sellerId(sellerId)
        .packNo(packNo)
        .orderNo(orderNo)
        .orderDate(orderDate)
        .paymentDate(paymentDate)
        .estimatedShippingDate(estimatedShippingDate)
        .shippingDate(shippingDate)
        .deliveredDate(deliveredDate)
        .buyer(buyer)
        .buyerKana(buyerKana)
        .buyerTel(buyerTel)
        .buyerMobile(buyerMobile)
        .buyerEmail(buyerEmail)
        .itemCode(itemCode)
        .sellerItemCode(sellerItemCode)
        .itemTitle(itemTitle)
        .option(option)
        .optionCode(optionCode)
        .orderPrice(orderPrice)
        .orderQty(orderQty)
        .discount(discount)
        .total(total)
        .receiver(receiver)
        .receiverKana(receiverKana)
        .shippingCountry(shippingCountry)
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
        .paymentNation(paymentNation)
        .sellerDiscount(sellerDiscount)
        .currency(currency)
        .shippingRate(shippingRate)
        .relatedOrder(relatedOrder)
        .shippingRateType(shippingRateType)
        .deliveryCompany(deliveryCompany)
        .trackingNo(trackingNo)
        .voucherCode(voucherCode)
        .packingNo(packingNo)
        .sellerDeliveryNo(sellerDeliveryNo)
        .gift(gift)
        .codPrice(codPrice)
        .cartDiscountSeller(cartDiscountSeller)
        .cartDiscountQoo10(cartDiscountQoo10)
        .settlePrice(settlePrice)
        .branchName(branchName)
        .material(material)
        .availableSendType(availableSendType)
        .availableShippingDate(availableShippingDate)
        .orderType(orderType)
        .claimStatus(claimStatus)
        .cancelRefundDate(cancelRefundDate)
        .claimReason(claimReason)
        .claimRequestDate(claimRequestDate)
        .deliveryCompanyReturn(deliveryCompanyReturn)
        .trackingNoReturn(trackingNoReturn)
        .pickupAddress(pickupAddress)
        .paymentAmount(paymentAmount)
        .itemCondition(itemCondition);
  }

  /** Collects the many fields of an order line; unset text is "", unset dates null. */
  public static final class Builder {
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

    private Builder() {}

    public Builder status(ShippingStatus v) {
      this.status = v;
      return this;
    }

    public Builder sellerId(String v) {
      this.sellerId = v;
      return this;
    }

    public Builder packNo(long v) {
      this.packNo = v;
      return this;
    }

    public Builder orderNo(long v) {
      this.orderNo = v;
      return this;
    }

    public Builder orderDate(LocalDateTime v) {
      this.orderDate = v;
      return this;
    }

    public Builder paymentDate(LocalDateTime v) {
      this.paymentDate = v;
      return this;
    }

    public Builder estimatedShippingDate(LocalDateTime v) {
      this.estimatedShippingDate = v;
      return this;
    }

    public Builder shippingDate(LocalDateTime v) {
      this.shippingDate = v;
      return this;
    }

    public Builder deliveredDate(LocalDateTime v) {
      this.deliveredDate = v;
      return this;
    }

    public Builder buyer(String v) {
      this.buyer = v;
      return this;
    }

    public Builder buyerKana(String v) {
      this.buyerKana = v;
      return this;
    }

    public Builder buyerTel(String v) {
      this.buyerTel = v;
      return this;
    }

    public Builder buyerMobile(String v) {
      this.buyerMobile = v;
      return this;
    }

    public Builder buyerEmail(String v) {
      this.buyerEmail = v;
      return this;
    }

    public Builder itemCode(String v) {
      this.itemCode = v;
      return this;
    }

    public Builder sellerItemCode(String v) {
      this.sellerItemCode = v;
      return this;
    }

    public Builder itemTitle(String v) {
      this.itemTitle = v;
      return this;
    }

    public Builder option(String v) {
      this.option = v;
      return this;
    }

    public Builder optionCode(String v) {
      this.optionCode = v;
      return this;
    }

    public Builder orderPrice(long v) {
      this.orderPrice = v;
      return this;
    }

    public Builder orderQty(int v) {
      this.orderQty = v;
      return this;
    }

    public Builder discount(long v) {
      this.discount = v;
      return this;
    }

    public Builder total(long v) {
      this.total = v;
      return this;
    }

    public Builder receiver(String v) {
      this.receiver = v;
      return this;
    }

    public Builder receiverKana(String v) {
      this.receiverKana = v;
      return this;
    }

    public Builder shippingCountry(String v) {
      this.shippingCountry = v;
      return this;
    }

    public Builder zipCode(String v) {
      this.zipCode = v;
      return this;
    }

    public Builder shippingAddress(String v) {
      this.shippingAddress = v;
      return this;
    }

    public Builder address1(String v) {
      this.address1 = v;
      return this;
    }

    public Builder address2(String v) {
      this.address2 = v;
      return this;
    }

    public Builder receiverTel(String v) {
      this.receiverTel = v;
      return this;
    }

    public Builder receiverMobile(String v) {
      this.receiverMobile = v;
      return this;
    }

    public Builder desiredDeliveryDate(String v) {
      this.desiredDeliveryDate = v;
      return this;
    }

    public Builder senderName(String v) {
      this.senderName = v;
      return this;
    }

    public Builder senderTel(String v) {
      this.senderTel = v;
      return this;
    }

    public Builder senderNation(String v) {
      this.senderNation = v;
      return this;
    }

    public Builder senderZipCode(String v) {
      this.senderZipCode = v;
      return this;
    }

    public Builder senderAddress(String v) {
      this.senderAddress = v;
      return this;
    }

    public Builder shippingWay(String v) {
      this.shippingWay = v;
      return this;
    }

    public Builder shippingMessage(String v) {
      this.shippingMessage = v;
      return this;
    }

    public Builder paymentMethod(String v) {
      this.paymentMethod = v;
      return this;
    }

    public Builder paymentNation(String v) {
      this.paymentNation = v;
      return this;
    }

    public Builder sellerDiscount(long v) {
      this.sellerDiscount = v;
      return this;
    }

    public Builder currency(String v) {
      this.currency = v;
      return this;
    }

    public Builder shippingRate(long v) {
      this.shippingRate = v;
      return this;
    }

    public Builder relatedOrder(String v) {
      this.relatedOrder = v;
      return this;
    }

    public Builder shippingRateType(String v) {
      this.shippingRateType = v;
      return this;
    }

    public Builder deliveryCompany(String v) {
      this.deliveryCompany = v;
      return this;
    }

    public Builder trackingNo(String v) {
      this.trackingNo = v;
      return this;
    }

    public Builder voucherCode(String v) {
      this.voucherCode = v;
      return this;
    }

    public Builder packingNo(String v) {
      this.packingNo = v;
      return this;
    }

    public Builder sellerDeliveryNo(String v) {
      this.sellerDeliveryNo = v;
      return this;
    }

    public Builder gift(String v) {
      this.gift = v;
      return this;
    }

    public Builder codPrice(long v) {
      this.codPrice = v;
      return this;
    }

    public Builder cartDiscountSeller(long v) {
      this.cartDiscountSeller = v;
      return this;
    }

    public Builder cartDiscountQoo10(long v) {
      this.cartDiscountQoo10 = v;
      return this;
    }

    public Builder settlePrice(long v) {
      this.settlePrice = v;
      return this;
    }

    public Builder branchName(String v) {
      this.branchName = v;
      return this;
    }

    public Builder material(String v) {
      this.material = v;
      return this;
    }

    public Builder availableSendType(String v) {
      this.availableSendType = v;
      return this;
    }

    public Builder availableShippingDate(String v) {
      this.availableShippingDate = v;
      return this;
    }

    public Builder orderType(String v) {
      this.orderType = v;
      return this;
    }

    public Builder claimStatus(ClaimStatus v) {
      this.claimStatus = v;
      return this;
    }

    public Builder cancelRefundDate(LocalDateTime v) {
      this.cancelRefundDate = v;
      return this;
    }

    public Builder claimReason(String v) {
      this.claimReason = v;
      return this;
    }

    public Builder claimRequestDate(LocalDateTime v) {
      this.claimRequestDate = v;
      return this;
    }

    public Builder deliveryCompanyReturn(String v) {
      this.deliveryCompanyReturn = v;
      return this;
    }

    public Builder trackingNoReturn(String v) {
      this.trackingNoReturn = v;
      return this;
    }

    public Builder pickupAddress(String v) {
      this.pickupAddress = v;
      return this;
    }

    public Builder paymentAmount(long v) {
      this.paymentAmount = v;
      return this;
    }

    public Builder itemCondition(String v) {
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
}
