package io.qconnect.protocol.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One shipment registration: SetSendingInfo's parameters, and one element of SetSendingInfoBulk's
 * {@code ShippingInfoJson} array (docs/qapi.md §5.6, 5.7).
 *
 * @param orderNo the order line shipped
 * @param shippingCorp the carrier name as Qoo10 knows it, e.g. ヤマト宅急便 (at most 200 characters)
 * @param trackingNo the tracking number (at most 50 characters)
 */
public record Sending(
    @JsonProperty("OrderNo") String orderNo,
    @JsonProperty("ShippingCorp") String shippingCorp,
    @JsonProperty("TrackingNo") String trackingNo) {

  public Sending {
    Objects.requireNonNull(orderNo, "orderNo");
    Objects.requireNonNull(shippingCorp, "shippingCorp");
    Objects.requireNonNull(trackingNo, "trackingNo");
    if (orderNo.isBlank() || shippingCorp.isBlank() || trackingNo.isBlank()) {
      throw new IllegalArgumentException("OrderNo, ShippingCorp and TrackingNo are all required");
    }
    if (shippingCorp.length() > 200) {
      throw new IllegalArgumentException("ShippingCorp is longer than 200 characters");
    }
    if (trackingNo.length() > 50) {
      throw new IllegalArgumentException("TrackingNo is longer than 50 characters");
    }
  }
}
