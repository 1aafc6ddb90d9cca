package io.qconnect.hub.tracking;

import java.time.Instant;
import java.util.Objects;

/**
 * One order line's tracking write-back (SetSendingInfo).
 *
 * @param carrierGiven the carrier as it was given to the hub
 * @param carrier the name sent to Qoo10 ({@link CarrierTable})
 * @param attempts how many times the hub tried
 * @param lastCode Qoo10's last result code, or null (no answer, or not yet tried)
 * @param lastError why the last attempt failed; "" otherwise
 * @param nextAttemptAt when it is due (again)
 */
public record Shipment(
    long id,
    String shopId,
    long orderNo,
    String carrierGiven,
    String carrier,
    String trackingNo,
    ShipmentState state,
    int attempts,
    Integer lastCode,
    String lastError,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant updatedAt,
    Instant sentAt) {

  public Shipment {
    Objects.requireNonNull(shopId, "shopId");
    Objects.requireNonNull(state, "state");
    lastError = lastError == null ? "" : lastError;
  }
}
