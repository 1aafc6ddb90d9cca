package io.qconnect.protocol.order;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Claim status ({@code ClaimStat} / {@code claimStatus}, docs/qapi.md §9.3). */
public enum ClaimStatus {
  CANCEL_REQUESTED(1, "キャンセル要請", "Cancel requested"),
  CANCELLING(2, "キャンセル中", "Cancelling"),
  CANCEL_COMPLETE(3, "キャンセル完了", "Cancel complete"),
  RETURN_REQUESTED(4, "返品要請", "Return requested"),
  RETURNING(5, "返品中", "Returning"),
  RETURN_COMPLETE(6, "返品完了", "Return complete"),
  EXCHANGE_REQUESTED(11, "交換申請", "Exchange requested"),
  EXCHANGE_APPROVED(12, "交換承認", "Exchange approved"),
  REDELIVERING(13, "再配送中", "Re-delivering"),
  NON_RECEIPT_REFUND_COMPLETE(14, "未受取返金完了", "Non-receipt refund complete"),
  NON_RECEIPT_PARTIAL_REFUND_COMPLETE(15, "未受取部分返金完了", "Non-receipt partial refund complete"),
  UNPAID_CANCELLATION(16, "未納の注文のキャンセル", "Unpaid order cancellation");

  private static final Pattern CODE_IN_LABEL = Pattern.compile("\\((\\d+)\\)");

  private final int code;
  private final String ja;
  private final String en;

  ClaimStatus(int code, String ja, String en) {
    this.code = code;
    this.ja = ja;
    this.en = en;
  }

  public int code() {
    return code;
  }

  public String ja() {
    return ja;
  }

  public String en() {
    return en;
  }

  /** True for the states after which the line is gone for good (cancelled or refunded). */
  public boolean isFinalCancellation() {
    return this == CANCEL_COMPLETE
        || this == UNPAID_CANCELLATION
        || this == RETURN_COMPLETE
        || this == NON_RECEIPT_REFUND_COMPLETE;
  }

  public static Optional<ClaimStatus> fromCode(int code) {
    for (ClaimStatus s : values()) {
      if (s.code == code) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads {@code claimStatus} whether it arrives as a number, a numeric string, a label with the
   * code in parentheses, or the Japanese label (the reference cannot say which the service sends).
   */
  public static Optional<ClaimStatus> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    for (ClaimStatus s : values()) {
      if (s.ja.equals(v) || s.en.equalsIgnoreCase(v)) {
        return Optional.of(s);
      }
    }
    Matcher m = CODE_IN_LABEL.matcher(v);
    try {
      return fromCode(Integer.parseInt(m.find() ? m.group(1) : v));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
