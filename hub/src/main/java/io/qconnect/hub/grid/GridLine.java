package io.qconnect.hub.grid;

import io.qconnect.hub.fulfilment.Instruction;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.tracking.ShipmentState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the order grid.
 *
 * @param parties buyer and receiver from the line's Qoo10 data
 * @param writeBack the tracking write-back, or null when none was reported
 * @param instruction the shipping instruction, or null when none was given
 */
public record GridLine(
    OrderLine line, Parties parties, WriteBack writeBack, InstructionState instruction) {

  public GridLine {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(parties, "parties");
  }

  /** The estimated ship date without a time of day (Qoo10 sends it at 00:00). */
  public LocalDate estShipDay() {
    return line.estShipDate() == null ? null : line.estShipDate().toLocalDate();
  }

  /** Carrier and tracking number: the write-back's, else what Qoo10 shows. */
  public String carrier() {
    return writeBack != null ? writeBack.carrier() : line.carrier();
  }

  public String trackingNo() {
    return writeBack != null ? writeBack.trackingNo() : line.trackingNo();
  }

  /**
   * Buyer and receiver ("" when Qoo10 did not send them).
   *
   * @param address prefecture, city and street in one line
   */
  public record Parties(String buyer, String receiver, String zipCode, String address) {
    public static final Parties NONE = new Parties("", "", "", "");
  }

  /** Where the tracking write-back stands. */
  public record WriteBack(
      ShipmentState state, String carrier, String trackingNo, int attempts, String lastError) {}

  /** Where the shipping instruction stands. */
  public record InstructionState(
      Instruction.WebhookState webhookState,
      Instant createdAt,
      Instant exportedAt,
      String lastError) {}
}
