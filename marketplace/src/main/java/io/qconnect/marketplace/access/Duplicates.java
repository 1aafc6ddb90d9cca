package io.qconnect.marketplace.access;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Refuses a request for a permission the seller holds or has asked for already: one request of a
 * kind waits at a time, and a held permission is not asked for again (staff lift a suspension; a
 * new request would not).
 */
final class Duplicates {
  private Duplicates() {}

  /** Runs in the filing's transaction, after the seller's row is locked. */
  static void refuse(Handle h, JdbcAccessStore store, KeyService keys, RequestForm form) {
    List<PermissionRequest> mine = store.ofSeller(h, form.sellerId());
    for (PermissionRequest r : mine) {
      if (r.kind() == form.kind() && r.status() == RequestStatus.PENDING) {
        throw AccessRefused.of(
            AccessRefused.Reason.ALREADY_PENDING,
            "a "
                + form.kind()
                + " request is waiting already: #"
                + r.id()
                + " due on "
                + r.processOn(),
            form.kind(),
            r.id(),
            r.processOn());
      }
    }
    boolean held =
        form.kind() == PermissionKind.API_KEY
            ? keys.apiKey(form.sellerId()).isPresent()
            : PermissionRequest.anyApproved(mine, PermissionKind.FTP)
                || keys.hasFtpAccount(form.sellerId());
    if (held) {
      throw AccessRefused.of(
          AccessRefused.Reason.ALREADY_HELD,
          form.sellerId() + " holds " + form.kind() + " already",
          form.kind());
    }
  }
}
