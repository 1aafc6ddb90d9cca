package io.qconnect.protocol.order;

import java.time.LocalDateTime;

/**
 * A cancellation, return or exchange of the line. {@code status} and the dates are null when the
 * line has no claim.
 *
 * @param cancelRefundDate when the claim was completed
 * @param deliveryCompanyReturn the carrier of a return, with {@code trackingNoReturn}
 * @param itemCondition the returned item's condition
 */
public record Claim(
    ClaimStatus status,
    LocalDateTime cancelRefundDate,
    String reason,
    LocalDateTime requestDate,
    String deliveryCompanyReturn,
    String trackingNoReturn,
    String pickupAddress,
    String itemCondition) {

  /** No claim. */
  public static final Claim NONE = new Claim(null, null, "", null, "", "", "", "");

  public Claim {
    reason = Text.orEmpty(reason);
    deliveryCompanyReturn = Text.orEmpty(deliveryCompanyReturn);
    trackingNoReturn = Text.orEmpty(trackingNoReturn);
    pickupAddress = Text.orEmpty(pickupAddress);
    itemCondition = Text.orEmpty(itemCondition);
  }

  /** A claim at {@code status} for {@code reason}, requested and completed when given. */
  public static Claim of(
      ClaimStatus status, String reason, LocalDateTime requestDate, LocalDateTime completedDate) {
    return new Claim(status, completedDate, reason, requestDate, "", "", "", "");
  }

  /** The claim's numeric code as the rows send it; "" without a claim. */
  String wireStatus() {
    return status == null ? "" : Integer.toString(status.code());
  }
}
