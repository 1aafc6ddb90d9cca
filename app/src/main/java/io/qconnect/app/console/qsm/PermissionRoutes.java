package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.Condition;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.PermissionRequest;
import io.qconnect.marketplace.access.RequestForm;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.Standing;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seller's home (基本情報), 販売者権限の管理 (my permissions: state, requests, processing days, every
 * failed condition) and the request form of API・FTP・QSM権限.
 */
public final class PermissionRoutes {
  private final Marketplace market;

  PermissionRoutes(Marketplace market) {
    this.market = market;
  }

  /** The seller's home: 販売者の基本情報 and what needs doing. */
  public record HomePage(
      Seller seller, Standing standing, Map<Integer, Integer> orderCounts, boolean apiKey) {
    public int count(int status) {
      return orderCounts.getOrDefault(status, 0);
    }
  }

  /** One permission and where it stands. */
  public record PermissionRow(PermissionKind kind, String state, PermissionRequest latest) {}

  /** 販売者権限の管理. */
  public record PermissionsPage(
      Seller seller,
      List<PermissionRow> permissions,
      List<PermissionRequest> requests,
      List<Condition> blockingApi,
      List<Condition> blockingFtp,
      Rules rules) {}

  /** The conditions and the business-day rule, as every permission screen explains them. */
  public record Rules(
      List<Condition> conditions, LocalDate today, boolean businessDay, LocalDate processingDay) {}

  /** API・FTP・QSM権限: the request form. */
  public record RequestPage(Seller seller, String kind, Rules rules) {}

  void mount(Router r) {
    r.page("/qsm", Role.SELLER, this::home);
    r.page("/qsm/permissions", Role.SELLER, this::permissions);
    r.page("/qsm/permissions/request", Role.SELLER, this::requestForm);
    r.action("/qsm/permissions/request", Role.SELLER, this::file);
  }

  private void home(Call c) {
    Seller s = market.sellers().get(c.login());
    HomePage m =
        new HomePage(
            s,
            market.sellers().standing(s),
            market.orderQueries().countsOfSeller(s.sellerId()),
            market.keys().apiKey(s.sellerId()).isPresent());
    c.render("qsm/home.jte", c.shell("qsm.home.title"), m);
  }

  private void permissions(Call c) {
    String id = c.login();
    Seller s = market.sellers().get(id);
    Standing standing = market.sellers().standing(s);
    List<PermissionRequest> requests =
        market.access().requestsOf(id).stream()
            .sorted(Comparator.comparingLong(PermissionRequest::id).reversed())
            .toList();
    List<PermissionRow> rows =
        List.of(row(PermissionKind.API_KEY, requests, id), row(PermissionKind.FTP, requests, id));
    PermissionsPage m =
        new PermissionsPage(
            s,
            rows,
            requests,
            market.access().blockingConditions(s, standing, PermissionKind.API_KEY),
            market.access().blockingConditions(s, standing, PermissionKind.FTP),
            rules(market));
    c.render("qsm/permissions.jte", c.shell("qsm.permissions.title"), m);
  }

  private PermissionRow row(PermissionKind kind, List<PermissionRequest> requests, String id) {
    Optional<PermissionRequest> latest =
        requests.stream().filter(r -> r.kind() == kind).findFirst();
    boolean granted =
        kind == PermissionKind.API_KEY
            ? market.keys().apiKey(id).isPresent()
            : PermissionRequest.anyApproved(requests, kind);
    String state = granted ? "APPROVED" : latest.map(r -> r.status().name()).orElse("NONE");
    return new PermissionRow(kind, state, latest.orElse(null));
  }

  private void requestForm(Call c) {
    Seller s = market.sellers().get(c.login());
    String kind = c.query("kind").equals("FTP") ? "FTP" : "API_KEY";
    c.render(
        "qsm/request.jte", c.shell("qsm.request.title"), new RequestPage(s, kind, rules(market)));
  }

  private String file(Call c) {
    Fields f = c.fields();
    PermissionKind kind = f.choice("kind", "qsm.form.kind", PermissionKind.class);
    String email = f.email("email", "qsm.form.email", RequestForm.MAX_EMAIL, true);
    String category = f.required("category", "qsm.form.category", RequestForm.MAX_CATEGORY);
    String purpose = f.lines("purpose", "qsm.form.purpose", RequestForm.MAX_PURPOSE, false);
    String company = f.text("company", "qsm.form.company", RequestForm.MAX_COMPANY);
    f.check();
    PermissionRequest r =
        market.access().file(new RequestForm(kind, c.login(), email, category, purpose, company));
    c.flash(Flash.Kind.OK, c.t().f("qsm.request.filed", r.id(), c.t().date(r.processOn())));
    return "/qsm/permissions";
  }

  /** The rules as of now: today is a business day exactly when it is its own processing day. */
  static Rules rules(Marketplace market) {
    LocalDate today = market.clock().nowJst().toLocalDate();
    LocalDate processingDay = market.calendar().onOrAfter(today);
    return new Rules(
        List.of(Condition.values()), today, processingDay.equals(today), processingDay);
  }
}
