package io.qconnect.marketplace.order;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A checkout ({@code PackNo}): one buyer, one receiver, one payment, one seller, several lines.
 *
 * @param paymentDeadline for prepayments, when the order is cancelled if still unpaid; else null
 */
public record Cart(
    long packNo,
    String sellerId,
    Buyer buyer,
    Receiver receiver,
    String desiredDelivery,
    String shippingMessage,
    PaymentMethod paymentMethod,
    long shippingFee,
    String shippingRateType,
    LocalDateTime orderedAt,
    LocalDateTime paymentDeadline) {

  public Cart {
    Objects.requireNonNull(sellerId, "sellerId");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    Objects.requireNonNull(orderedAt, "orderedAt");
    desiredDelivery = desiredDelivery == null ? "" : desiredDelivery;
    shippingMessage = shippingMessage == null ? "" : shippingMessage;
    shippingRateType = shippingRateType == null ? "Free" : shippingRateType;
  }
}
