package io.qconnect.hub.orders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The hub's attempts to confirm a line on Qoo10 (SetSellerCheckYN_V2).
 *
 * @param code the last result code, or null before the first attempt
 * @param message the last result message
 * @param attempts how many times the hub tried
 * @param estShipDate the estimated ship date last sent, or null
 * @param confirmedAt when Qoo10 accepted it, or null
 */
public record Confirmation(
    Integer code, String message, int attempts, LocalDate estShipDate, Instant confirmedAt) {

  public static final Confirmation NONE = new Confirmation(null, "", 0, null, null);

  public Confirmation {
    message = message == null ? "" : message;
  }
}
