package io.qconnect.marketplace.order;

import io.qconnect.marketplace.core.MarketplaceException;
import java.time.Duration;
import java.util.Locale;

/**
 * How the buyer pays. Prepayments (konbini, bank transfer) leave the order in status 1 until paid,
 * and cancel it (claim 16) when the deadline passes.
 */
public enum PaymentMethod {
  CREDIT_CARD("Credit Card", null),
  QOO10_BALANCE("Qpost", null),
  CONVENIENCE_STORE("Convenience Store", Duration.ofDays(3)),
  BANK_TRANSFER("Bank Transfer", Duration.ofDays(5));

  private final String wire;
  private final Duration deadline;

  PaymentMethod(String wire, Duration deadline) {
    this.wire = wire;
    this.deadline = deadline;
  }

  /** The value of the PaymentMethod field in order rows. */
  public String wire() {
    return wire;
  }

  public boolean isPrepayment() {
    return deadline != null;
  }

  /** How long a prepayment may take before the order is cancelled. */
  public Duration deadline() {
    return deadline;
  }

  public static PaymentMethod parse(String s) {
    String v = s == null ? "" : s.strip();
    for (PaymentMethod m : values()) {
      if (m.name().equalsIgnoreCase(v.replace(' ', '_')) || m.wire.equalsIgnoreCase(v)) {
        return m;
      }
    }
    throw new MarketplaceException(
        "unknown payment method '"
            + s
            + "': use "
            + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
  }
}
