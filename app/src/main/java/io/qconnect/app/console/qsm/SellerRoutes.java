package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.Failure;
import io.qconnect.marketplace.access.KeyInfo;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.PermissionRequest;
import io.qconnect.marketplace.core.ListPage;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.marketplace.seller.Standing;
import java.util.List;

/**
 * Staff: the sellers with their standing and the conditions that block them; one seller's page to
 * set the standing values and to suspend or restore API/FTP use with a reason.
 */
public final class SellerRoutes {
  private final Marketplace market;

  SellerRoutes(Marketplace market) {
    this.market = market;
  }

  /** A seller with the totals that decide requests. */
  public record SellerRow(
      Seller seller, Standing total, List<Failure> blockingApi, List<Failure> blockingFtp) {}

  /** A page of the seller list with its search. */
  public record SellersPage(
      List<SellerRow> sellers, ListParams params, int total, int page, int pages) {}

  /**
   * One seller.
   *
   * @param computed the counts that come from orders and claims (added to the manual ones)
   */
  public record SellerPage(
      SellerRow row,
      Standing computed,
      KeyInfo apiKey,
      List<KeyInfo> certKeys,
      List<PermissionRequest> requests) {}

  /** The largest count (and service points either way) staff may set by hand. */
  private static final long MAX_COUNT = 1_000_000;

  void mount(Router r) {
    r.page("/staff/sellers", Role.STAFF, this::list);
    r.page("/staff/sellers/{id}", Role.STAFF, this::seller);
    r.action("/staff/sellers/{id}/standing", Role.STAFF, this::standing);
    r.action("/staff/sellers/{id}/suspension", Role.STAFF, this::suspension);
  }

  private void list(Call c) {
    ListParams p = ListParams.read(c);
    ListPage<Seller> found = market.sellers().search(p.q(), p.page(), ListParams.PAGE_SIZE);
    List<SellerRow> rows =
        found.rows().stream().map(s -> row(s, market.sellers().standing(s))).toList();
    c.render(
        "staff/sellers.jte",
        c.shell("staff.sellers.title"),
        new SellersPage(rows, p, found.total(), found.page(), found.pages(ListParams.PAGE_SIZE)));
  }

  private SellerRow row(Seller s, Standing total) {
    return new SellerRow(
        s,
        total,
        market.access().blockingConditions(s, total, PermissionKind.API_KEY),
        market.access().blockingConditions(s, total, PermissionKind.FTP));
  }

  private void seller(Call c) {
    Seller s = market.sellers().get(c.pathParam("id"));
    Standing computed = market.standing().computed(s.sellerId());
    SellerPage m =
        new SellerPage(
            row(s, s.standing().plus(computed)), // = sellers().standing(s), without a second count
            computed,
            market.keys().apiKey(s.sellerId()).orElse(null),
            market.keys().certificationKeys(s.sellerId()),
            market.access().requestsOf(s.sellerId()));
    c.render("staff/seller.jte", c.shell("staff.seller.title"), m);
  }

  private String standing(Call c) {
    String id = c.pathParam("id");
    Fields f = c.fields();
    int points = (int) f.whole("servicePoints", "standing.points", -MAX_COUNT, MAX_COUNT, null);
    Standing manual =
        new Standing(
            (int) f.whole("shippingDelays", "standing.delays", 0, MAX_COUNT, null),
            (int) f.whole("unansweredInquiries", "standing.inquiries", 0, MAX_COUNT, null),
            (int) f.whole("unresolvedClaims", "standing.claims", 0, MAX_COUNT, null));
    f.check();
    market.sellers().setStanding(id, c.checked("reviewCompleted"), points, manual);
    c.flash(Flash.Kind.OK, c.t().f("staff.seller.standingSaved", id));
    return "/staff/sellers/" + id;
  }

  private String suspension(Call c) {
    String id = c.pathParam("id");
    Fields f = c.fields();
    boolean api = c.checked("api");
    boolean ftp = c.checked("ftp");
    String reason =
        api || ftp
            ? f.required(
                "reason", "form.label.suspensionReason", SellerService.MAX_SUSPENSION_REASON)
            : f.text("reason", "form.label.suspensionReason", SellerService.MAX_SUSPENSION_REASON);
    f.check();
    Seller s = market.sellers().suspend(id, api, ftp, reason);
    boolean any = s.apiSuspended() || s.ftpSuspended();
    c.flash(Flash.Kind.OK, c.t().f(any ? "staff.seller.suspended" : "staff.seller.restored", id));
    return "/staff/sellers/" + id;
  }
}
