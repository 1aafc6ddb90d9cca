package io.qconnect.protocol.order;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Where a line stands: its shipping status and the dates (JST, no offset) it reached each step; a
 * date is null until the line gets there.
 */
public record Progress(
    ShippingStatus status,
    LocalDateTime orderDate,
    LocalDateTime paymentDate,
    LocalDateTime estimatedShippingDate,
    LocalDateTime shippingDate,
    LocalDateTime deliveredDate) {

  public Progress {
    Objects.requireNonNull(status, "status");
  }

  /** A line at {@code status} with no dates yet. */
  public static Progress of(ShippingStatus status) {
    return new Progress(status, null, null, null, null, null);
  }

  public Progress withStatus(ShippingStatus status) {
    return new Progress(
        status, orderDate, paymentDate, estimatedShippingDate, shippingDate, deliveredDate);
  }

  public Progress withEstimatedShippingDate(LocalDateTime estimatedShippingDate) {
    return new Progress(
        status, orderDate, paymentDate, estimatedShippingDate, shippingDate, deliveredDate);
  }

  public Progress withShippingDate(LocalDateTime shippingDate) {
    return new Progress(
        status, orderDate, paymentDate, estimatedShippingDate, shippingDate, deliveredDate);
  }

  public Progress withDeliveredDate(LocalDateTime deliveredDate) {
    return new Progress(
        status, orderDate, paymentDate, estimatedShippingDate, shippingDate, deliveredDate);
  }
}
