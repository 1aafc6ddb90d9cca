package io.qconnect.marketplace.access;

import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.Standing;
import java.util.ArrayList;
import java.util.List;

/** Checks the issuance conditions; the same rules for API keys and FTP. */
final class Eligibility {
  private Eligibility() {}

  /** Every condition that fails, in the guides' order; empty when the request may be approved. */
  static List<Condition> failed(Seller seller, Standing standing, RequestForm form) {
    List<Condition> out = new ArrayList<>();
    if (!seller.reviewCompleted()) {
      out.add(Condition.REVIEW_COMPLETED);
    }
    if (seller.servicePoints() < 0) {
      out.add(Condition.SERVICE_POINTS);
    }
    if (standing.shippingDelays() > 0) {
      out.add(Condition.NO_SHIPPING_DELAYS);
    }
    if (standing.unansweredInquiries() > 0) {
      out.add(Condition.NO_UNANSWERED_INQUIRIES);
    }
    if (standing.unresolvedClaims() > 0) {
      out.add(Condition.NO_UNRESOLVED_CLAIMS);
    }
    if (form.purpose().isBlank()) {
      out.add(Condition.PURPOSE_GIVEN);
    }
    if (form.integrationCompany().isBlank()) {
      out.add(Condition.INTEGRATION_COMPANY_GIVEN);
    }
    boolean suspended =
        form.kind() == PermissionKind.API_KEY ? seller.apiSuspended() : seller.ftpSuspended();
    if (suspended) {
      out.add(Condition.NOT_SUSPENDED);
    }
    return out;
  }
}
