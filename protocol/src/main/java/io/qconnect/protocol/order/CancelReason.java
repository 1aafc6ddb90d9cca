package io.qconnect.protocol.order;

import java.util.Optional;

/** {@code CancelReason} of Claim.SetCancelProcess (docs/qapi.md §6.2); blank means out of stock. */
public enum CancelReason {
  OUT_OF_STOCK(""),
  ORDER_CHANGE("1"),
  UNDELIVERABLE_AREA("2"),
  SHIPPING_DELAY("3");

  private final String wire;

  CancelReason(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<CancelReason> parse(String value) {
    String v = value == null ? "" : value.trim();
    for (CancelReason r : values()) {
      if (r.wire.equals(v)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
