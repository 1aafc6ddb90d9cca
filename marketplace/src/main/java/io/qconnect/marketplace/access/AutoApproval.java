package io.qconnect.marketplace.access;

import java.time.LocalDateTime;

/**
 * Whether due requests are decided automatically on business days, and who said so.
 *
 * @param on automatic approval is on
 * @param changedBy the staff login that switched it in the console; "" when it comes from the start
 *     option ({@code --[no-]auto-approve})
 * @param changedAt when staff switched it (marketplace time, JST); null when from the start option
 */
public record AutoApproval(boolean on, String changedBy, LocalDateTime changedAt) {
  public AutoApproval {
    changedBy = changedBy == null ? "" : changedBy;
  }

  /** True when staff switched it, false when it is the start option. */
  public boolean switched() {
    return !changedBy.isEmpty();
  }
}
