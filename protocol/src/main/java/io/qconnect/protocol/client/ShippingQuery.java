package io.qconnect.protocol.client;

import io.qconnect.protocol.order.ShippingSearchCondition;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A GetShippingInfo_v2/v3 search. The service takes one status per call; no status means 1–3.
 *
 * @param status the status to list, or null for 1–3
 * @param from start of the range (JST)
 * @param to end of the range (JST); longer ranges are split into calls of at most 90 days
 * @param condition which date the range applies to
 */
public record ShippingQuery(
    ShippingStatus status,
    LocalDateTime from,
    LocalDateTime to,
    ShippingSearchCondition condition) {

  public ShippingQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(condition, "condition");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends before it starts");
    }
  }

  /** Orders of one status by order date. */
  public static ShippingQuery byOrderDate(
      ShippingStatus status, LocalDateTime from, LocalDateTime to) {
    return new ShippingQuery(status, from, to, ShippingSearchCondition.ORDER_DATE);
  }

  public Optional<ShippingStatus> statusFilter() {
    return Optional.ofNullable(status);
  }
}
