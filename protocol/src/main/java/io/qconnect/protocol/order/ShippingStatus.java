package io.qconnect.protocol.order;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order line's shipping status (docs/qapi.md §9.1). The response carries the English label with
 * the code in parentheses, exactly as below; clients extract the digit.
 */
public enum ShippingStatus {
  /** In practice awaiting payment (konbini or bank prepayment). */
  AWAITING_SHIPPING(1, "Awaiting shipping(1)", "入金待ち", "Awaiting payment"),
  /** Paid: a new order awaiting the seller's confirmation (QSM 配送要請/新規注文). */
  ON_REQUEST(2, "On request(2)", "配送要請/新規注文", "New order"),
  /** Confirmed with an estimated ship date (QSM 配送要請/配送準備). */
  SELLER_CONFIRM(3, "Seller confirm(3)", "配送要請/配送準備", "Order confirmed"),
  /** Carrier and tracking number registered. */
  ON_DELIVERY(4, "On delivery(4)", "配送中", "On delivery"),
  DELIVERED(5, "Delivered(5)", "配送完了", "Delivered");

  private static final Pattern CODE_IN_LABEL = Pattern.compile("\\((\\d+)\\)");

  private final int code;
  private final String label;
  private final String qsmJa;
  private final String qsmEn;

  ShippingStatus(int code, String label, String qsmJa, String qsmEn) {
    this.code = code;
    this.label = label;
    this.qsmJa = qsmJa;
    this.qsmEn = qsmEn;
  }

  public int code() {
    return code;
  }

  /** The wire label, e.g. {@code On request(2)}. */
  public String label() {
    return label;
  }

  /** The QSM screen name in Japanese, e.g. 配送要請/新規注文. */
  public String qsmJa() {
    return qsmJa;
  }

  /** The screen name in English. */
  public String qsmEn() {
    return qsmEn;
  }

  public static Optional<ShippingStatus> fromCode(int code) {
    for (ShippingStatus s : values()) {
      if (s.code == code) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a response value: a label such as {@code Seller confirm(3)} (any variant spelling, the
   * digit decides), or a bare code.
   */
  public static Optional<ShippingStatus> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = CODE_IN_LABEL.matcher(value);
    String digits = m.find() ? m.group(1) : value.trim();
    try {
      return fromCode(Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
