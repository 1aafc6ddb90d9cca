package io.qconnect.protocol.order;

import java.util.Optional;

/**
 * Why shipping is later than usual ({@code DelayType} of SetSellerCheckYN_V2, docs/qapi.md §9.4).
 */
public enum DelayType {
  PREPARING(1),
  MADE_TO_ORDER(2),
  CUSTOMER_REQUEST(3),
  OTHER(4);

  private final int code;

  DelayType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<DelayType> fromCode(int code) {
    for (DelayType d : values()) {
      if (d.code == code) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
