package io.qconnect.hub.orders;

/** What Qoo10 must be told when a line enters a hub status. */
public enum Qoo10Action {
  NONE(""),
  /** Confirm with an estimated ship date: status 2 → 3. */
  CONFIRM("ShippingBasic.SetSellerCheckYN_V2"),
  /** Register carrier and tracking number: status 2/3 → 4. */
  SEND_TRACKING("ShippingBasic.SetSendingInfo");

  private final String method;

  Qoo10Action(String method) {
    this.method = method;
  }

  /** The QAPI method that carries it out, or "". */
  public String method() {
    return method;
  }
}
