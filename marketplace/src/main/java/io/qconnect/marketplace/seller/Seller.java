package io.qconnect.marketplace.seller;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A seller account. The password hash is deliberately not part of this record.
 *
 * @param sellerId the QSM login ID, also called shop ID or 販売者アカウントID
 * @param reviewCompleted the shop-opening review (出店審査) is complete
 * @param servicePoints may be negative
 * @param standing the counts staff set; counts computed from orders are added by {@link
 *     StandingSource}
 * @param passwordChangedAt when the password was last set
 * @param passwordGeneration counts password changes; certification keys issued under an older
 *     generation are no longer valid (a counter, so that moving the sandbox clock cannot revive or
 *     kill keys)
 */
public record Seller(
    String sellerId,
    String email,
    String mainCategory,
    boolean reviewCompleted,
    int servicePoints,
    Standing standing,
    boolean apiSuspended,
    boolean ftpSuspended,
    String suspensionReason,
    LocalDateTime passwordChangedAt,
    int passwordGeneration,
    LocalDateTime createdAt) {

  public Seller {
    Objects.requireNonNull(sellerId, "sellerId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(mainCategory, "mainCategory");
    Objects.requireNonNull(standing, "standing");
    suspensionReason = suspensionReason == null ? "" : suspensionReason;
  }

  public Seller withStanding(boolean review, int points, Standing s) {
    return new Seller(
        sellerId,
        email,
        mainCategory,
        review,
        points,
        s,
        apiSuspended,
        ftpSuspended,
        suspensionReason,
        passwordChangedAt,
        passwordGeneration,
        createdAt);
  }

  public Seller withSuspension(boolean api, boolean ftp, String reason) {
    return new Seller(
        sellerId,
        email,
        mainCategory,
        reviewCompleted,
        servicePoints,
        standing,
        api,
        ftp,
        reason,
        passwordChangedAt,
        passwordGeneration,
        createdAt);
  }
}
