package io.qconnect.marketplace.order;

/** A QAPI-style outcome of an order action: 0 for success, else a method-specific code. */
public record OrderOutcome(int code, String message) {
  public static final OrderOutcome OK = new OrderOutcome(0, "SUCCESS");

  public boolean isSuccess() {
    return code == 0;
  }
}
