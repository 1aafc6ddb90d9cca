package io.qconnect.protocol.order;

import java.util.Optional;

/** Which date GetShippingInfo_v2/v3 search on ({@code SearchCondition}, docs/qapi.md §9.2). */
public enum ShippingSearchCondition {
  ORDER_DATE(1),
  PAYMENT_DATE(2),
  SHIPPING_DATE(3),
  DELIVERED_DATE(4);

  private final int code;

  ShippingSearchCondition(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<ShippingSearchCondition> fromCode(int code) {
    for (ShippingSearchCondition c : values()) {
      if (c.code == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
