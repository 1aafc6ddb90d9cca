package io.qconnect.hub.tracking;

import java.util.Objects;

/**
 * "This line has shipped with this carrier and tracking number", checked. Fields are checked where
 * they are read ({@link ShipmentInput}), so that a refusal names the row and the column.
 *
 * @param carrierGiven the carrier as given
 * @param carrier Qoo10's name for it ({@link CarrierTable})
 */
public record ShipmentRequest(
    String shopId, long orderNo, String carrierGiven, String carrier, String trackingNo) {
  public ShipmentRequest {
    Objects.requireNonNull(shopId, "shopId");
    Objects.requireNonNull(carrierGiven, "carrierGiven");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(trackingNo, "trackingNo");
    if (orderNo <= 0) {
      throw new IllegalArgumentException("orderNo must be positive");
    }
  }

  /** The same shipment for another line of the cart. */
  ShipmentRequest forLine(long otherOrderNo) {
    return new ShipmentRequest(shopId, otherOrderNo, carrierGiven, carrier, trackingNo);
  }
}
