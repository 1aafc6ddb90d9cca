package io.qconnect.marketplace.sandbox;

import io.qconnect.marketplace.core.MarketplaceException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The request bodies of {@code /sandbox}, bound strictly by {@link SandboxRoutes#read}; an absent
 * field takes the default the sandbox documents.
 */
final class SandboxBodies {
  private SandboxBodies() {}

  static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new MarketplaceException("\"" + field + "\" is required");
    }
    return value;
  }

  static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }

  /** {@code POST /sandbox/sellers}. */
  record SellerBody(
      String sellerId,
      String password,
      String email,
      String mainCategory,
      Boolean reviewCompleted,
      Integer servicePoints,
      Boolean ftp) {}

  /** {@code POST /sandbox/integrators}. */
  record IntegratorBody(String name, String redirectUri) {}

  /** {@code POST /sandbox/seed}. */
  record SeedBody(Long seed, Integer sellers, Integer items) {}

  /** {@code PUT /sandbox/items/{itemCode}/status}. */
  record ItemStatusBody(String status) {}

  /** {@code PUT /sandbox/clock}: one of the three. */
  record ClockBody(OffsetDateTime now, Duration advance, Boolean reset) {}

  /** {@code POST /sandbox/faults}. */
  record FaultBody(
      String method,
      String fault,
      Integer resultCode,
      Long delayMs,
      Integer times,
      Double probability,
      Long seed) {}

  /** {@code POST /sandbox/orders}. */
  record OrderBody(
      String sellerId,
      List<LineBody> lines,
      BuyerBody buyer,
      String payment,
      Boolean paid,
      String desiredDelivery,
      String message,
      Long shippingFee) {}

  /** A line of {@link OrderBody}: the item by its code or the seller's code. */
  record LineBody(String itemCode, String sellerCode, String optionCode, Integer qty) {}

  /** The buyer of {@link OrderBody}; with a {@code zipCode}, also the receiver. */
  record BuyerBody(
      String name,
      String kana,
      String tel,
      String mobile,
      String email,
      String zipCode,
      String receiverName,
      String receiverKana,
      String address1,
      String address2) {}

  /** {@code POST /sandbox/orders/{orderNo}/cancel-request} and {@code return-request}. */
  record ReasonBody(String reason) {}

  /** {@code POST /sandbox/simulator}. */
  record SimulatorBody(Double ordersPerMinute, Long seed) {}

  /** {@code POST /sandbox/simulator/orders}. */
  record CountBody(Integer count) {}

  /** {@code POST /sandbox/notices}: a notification setting, as the 通知管理 form registers it. */
  record NoticeBody(
      String sellerId,
      String group,
      Integer template,
      String to,
      String use,
      String standby,
      String certKey,
      String subject,
      String sender,
      String detail) {}
}
