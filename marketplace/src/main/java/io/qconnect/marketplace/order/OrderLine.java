package io.qconnect.marketplace.order;

import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One order line ({@code OrderNo}): one item or option of a cart, with its own status, claim,
 * estimated ship date and tracking.
 *
 * @param unitPrice item price plus option delta at order time, yen
 * @param discount the Qoo10-borne discount on the line, yen
 * @param settlePrice what the seller is paid for the line, yen
 * @param shipByDays business days the seller has to ship when no estimated date is set
 * @param claimStatus the claim, or null
 */
public record OrderLine(
    long orderNo,
    long packNo,
    String sellerId,
    String itemCode,
    String sellerItemCode,
    String itemTitle,
    String optionLabel,
    String optionCode,
    int qty,
    long unitPrice,
    long discount,
    long sellerDiscount,
    long settlePrice,
    int shipByDays,
    ShippingStatus status,
    LocalDateTime orderDate,
    LocalDateTime paymentDate,
    LocalDate estShipDate,
    String delayType,
    String delayMemo,
    LocalDateTime shippingDate,
    LocalDateTime deliveredDate,
    String carrier,
    String trackingNo,
    ClaimStatus claimStatus,
    String claimReason,
    LocalDateTime claimRequestedAt,
    LocalDateTime claimCompletedAt) {

  public OrderLine {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(orderDate, "orderDate");
    if (qty < 1) {
      throw new IllegalArgumentException("an order line has at least one piece");
    }
  }

  /** Price × quantity − Qoo10's discount (the {@code Total} of order rows). */
  public long total() {
    return unitPrice * qty - discount;
  }

  /** Cancelled for good (claim 3 or 16): gone from the order lists. */
  public boolean isCancelled() {
    return claimStatus == ClaimStatus.CANCEL_COMPLETE
        || claimStatus == ClaimStatus.UNPAID_CANCELLATION;
  }

  /** Awaiting shipment: status 2 or 3 and not cancelled. */
  public boolean awaitsShipment() {
    return !isCancelled()
        && (status == ShippingStatus.ON_REQUEST || status == ShippingStatus.SELLER_CONFIRM);
  }
}
