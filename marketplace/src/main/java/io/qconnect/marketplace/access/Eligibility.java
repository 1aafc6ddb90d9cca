package io.qconnect.marketplace.access;

import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.Standing;
import java.util.ArrayList;
import java.util.List;

/** Checks the issuance conditions; the same rules for API keys and FTP. */
final class Eligibility {
  private Eligibility() {}

  /**
   * Every condition that fails, in the guides' order, each with the value that failed it; empty
   * when the request may be approved.
   */
  static List<Failure> failed(Seller seller, Standing standing, RequestForm form) {
    List<Failure> out = new ArrayList<>();
    if (!seller.reviewCompleted()) {
      out.add(Failure.of(Condition.REVIEW_COMPLETED));
    }
    if (seller.servicePoints() < 0) {
      out.add(Failure.of(Condition.SERVICE_POINTS, seller.servicePoints()));
    }
    if (standing.shippingDelays() > 0) {
      out.add(Failure.of(Condition.NO_SHIPPING_DELAYS, standing.shippingDelays()));
    }
    if (standing.unansweredInquiries() > 0) {
      out.add(Failure.of(Condition.NO_UNANSWERED_INQUIRIES, standing.unansweredInquiries()));
    }
    if (standing.unresolvedClaims() > 0) {
      out.add(Failure.of(Condition.NO_UNRESOLVED_CLAIMS, standing.unresolvedClaims()));
    }
    if (form.purpose().isBlank()) {
      out.add(Failure.of(Condition.PURPOSE_GIVEN));
    }
    if (form.integrationCompany().isBlank()) {
      out.add(Failure.of(Condition.INTEGRATION_COMPANY_GIVEN));
    }
    boolean api = form.kind() == PermissionKind.API_KEY;
    if (api ? seller.apiSuspended() : seller.ftpSuspended()) {
      out.add(new Failure(Condition.NOT_SUSPENDED, api ? "API" : "FTP"));
    }
    return out;
  }
}
