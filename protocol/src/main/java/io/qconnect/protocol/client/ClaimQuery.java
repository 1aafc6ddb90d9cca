package io.qconnect.protocol.client;

import io.qconnect.protocol.order.ClaimSearchCondition;
import io.qconnect.protocol.order.ClaimStatus;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A GetClaimInfo_V3 search.
 *
 * @param status the claim status to list, or null for all
 * @param from start of the range (JST)
 * @param to end of the range (JST); longer ranges are split into calls of at most 90 days
 * @param condition which date the range applies to
 */
public record ClaimQuery(
    ClaimStatus status, LocalDateTime from, LocalDateTime to, ClaimSearchCondition condition) {

  public ClaimQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(condition, "condition");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends before it starts");
    }
  }
}
