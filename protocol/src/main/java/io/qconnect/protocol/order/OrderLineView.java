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

  public static OrderLineViewBuilder builder() {
    return new OrderLineViewBuilder();
  }

  /** A builder preloaded with this line's values. */
  public OrderLineViewBuilder toBuilder() {
    return new OrderLineViewBuilder()
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
}
