package io.qconnect.hub.orders;

import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One imported Qoo10 order line (OrderNo) as the hub keeps it. Lines of one cart share {@code
 * packNo}. Qoo10's dates are Japan time without offset, as the service sends them.
 *
 * @param qoo10Status the last status Qoo10 showed (or the hub caused)
 * @param claimStatus the last claim seen, or null
 * @param hubStatus where the line is in the hub's workflow
 */
public record OrderLine(
    String shopId,
    long orderNo,
    long packNo,
    String relatedOrder,
    ShippingStatus qoo10Status,
    ClaimStatus claimStatus,
    HubStatus hubStatus,
    LocalDateTime orderDate,
    LocalDateTime paymentDate,
    LocalDateTime estShipDate,
    LocalDateTime shippingDate,
    LocalDateTime deliveredDate,
    LocalDateTime claimDate,
    String claimReason,
    String itemCode,
    String sellerItemCode,
    String itemTitle,
    String option,
    String optionCode,
    int qty,
    long total,
    String carrier,
    String trackingNo,
    Confirmation confirmation,
    Instant firstSeenAt,
    Instant updatedAt,
    int version) {

  public OrderLine {
    Objects.requireNonNull(shopId, "shopId");
    Objects.requireNonNull(qoo10Status, "qoo10Status");
    Objects.requireNonNull(hubStatus, "hubStatus");
    Objects.requireNonNull(confirmation, "confirmation");
  }

  /** This line as written at {@code now}: the next version. */
  public OrderLine stamped(Instant now) {
    return new OrderLine(
        shopId,
        orderNo,
        packNo,
        relatedOrder,
        qoo10Status,
        claimStatus,
        hubStatus,
        orderDate,
        paymentDate,
        estShipDate,
        shippingDate,
        deliveredDate,
        claimDate,
        claimReason,
        itemCode,
        sellerItemCode,
        itemTitle,
        option,
        optionCode,
        qty,
        total,
        carrier,
        trackingNo,
        confirmation,
        firstSeenAt,
        now,
        version + 1);
  }
}
