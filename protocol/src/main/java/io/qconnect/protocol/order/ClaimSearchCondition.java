package io.qconnect.protocol.order;

import java.util.Optional;

/** Which date GetClaimInfo_V3 searches on ({@code search_condition}, docs/qapi.md §9.2). */
public enum ClaimSearchCondition {
  ORDER_DATE(1),
  CLAIM_REQUEST_DATE(2),
  COMPLETED_DATE(3);

  private final int code;

  ClaimSearchCondition(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<ClaimSearchCondition> fromCode(int code) {
    for (ClaimSearchCondition c : values()) {
      if (c.code == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
