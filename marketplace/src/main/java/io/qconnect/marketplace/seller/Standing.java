package io.qconnect.marketplace.seller;

/**
 * The counts of unprocessed items that block permissions: shipping delays (発送遅延), unanswered
 * inquiries (問合せ未回答) and unresolved claims (クレーム).
 */
public record Standing(int shippingDelays, int unansweredInquiries, int unresolvedClaims) {
  public static final Standing CLEAN = new Standing(0, 0, 0);

  public Standing {
    if (shippingDelays < 0 || unansweredInquiries < 0 || unresolvedClaims < 0) {
      throw new IllegalArgumentException("standing counts cannot be negative");
    }
  }

  public Standing plus(Standing other) {
    return new Standing(
        shippingDelays + other.shippingDelays,
        unansweredInquiries + other.unansweredInquiries,
        unresolvedClaims + other.unresolvedClaims);
  }
}
