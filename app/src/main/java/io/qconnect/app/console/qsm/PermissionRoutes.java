package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.AccessRefused;
import io.qconnect.marketplace.access.Condition;
import io.qconnect.marketplace.access.Failure;
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

  /**
   * The seller's home: 販売者の基本情報 and what needs doing.
   *
   * @param apiState the API key's state: APPROVED, SUSPENDED (利用制限中), PENDING, REJECTED, NONE
   * @param ftpState the FTP permission's state, the same way
   */
  public record HomePage(
      Seller seller,
      Standing standing,
      Map<Integer, Integer> orderCounts,
      boolean apiKey,
      String apiState,
      String ftpState) {
    public int count(int status) {
      return orderCounts.getOrDefault(status, 0);
    }
  }

  /**
   * One permission and where it stands: APPROVED, SUSPENDED (held, but staff restrict its use),
   * PENDING, REJECTED or NONE.
   */
  public record PermissionRow(PermissionKind kind, String state, PermissionRequest latest) {}

  /** 販売者権限の管理. */
  public record PermissionsPage(
      Seller seller,
      List<PermissionRow> permissions,
      List<PermissionRequest> requests,
      List<Failure> blockingApi,
      List<Failure> blockingFtp,
      Rules rules) {}

  /** The conditions and the business-day rule, as every permission screen explains them. */
  public record Rules(
      List<Condition> conditions, LocalDate today, boolean businessDay, LocalDate processingDay) {}

  /**
   * API・FTP・QSM権限: the request form.
   *
   * @param refused per kind (API_KEY, FTP) that cannot be asked for now, why (held or waiting)
   */
  public record RequestPage(Seller seller, String kind, Rules rules, Map<String, String> refused) {
    /** True when no kind can be asked for: the form has no button. */
    public boolean closed() {
      return refused.size() == PermissionKind.values().length;
    }
  }

  void mount(Router r) {
    r.page("/qsm", Role.SELLER, this::home);
    r.page("/qsm/permissions", Role.SELLER, this::permissions);
    r.page("/qsm/permissions/request", Role.SELLER, this::requestForm);
    r.action("/qsm/permissions/request", Role.SELLER, this::file);
  }

  private void home(Call c) {
    Seller s = market.sellers().get(c.login());
    List<PermissionRequest> requests = market.access().requestsOf(s.sellerId());
    HomePage m =
        new HomePage(
            s,
            market.sellers().standing(s),
            market.orderQueries().countsOfSeller(s.sellerId()),
            market.keys().apiKey(s.sellerId()).isPresent(),
            row(PermissionKind.API_KEY, requests, s).state(),
            row(PermissionKind.FTP, requests, s).state());
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
        List.of(row(PermissionKind.API_KEY, requests, s), row(PermissionKind.FTP, requests, s));
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

  /** The row of one permission; {@code requests} newest first. */
  PermissionRow row(PermissionKind kind, List<PermissionRequest> requests, Seller s) {
    Optional<PermissionRequest> latest =
        requests.stream()
            .filter(r -> r.kind() == kind)
            .max(Comparator.comparingLong(PermissionRequest::id));
    boolean api = kind == PermissionKind.API_KEY;
    boolean granted =
        api
            ? market.keys().apiKey(s.sellerId()).isPresent()
            : PermissionRequest.anyApproved(requests, kind)
                || market.keys().hasFtpAccount(s.sellerId());
    boolean suspended = api ? s.apiSuspended() : s.ftpSuspended();
    String state =
        granted
            ? (suspended ? "SUSPENDED" : "APPROVED")
            : latest.map(r -> r.status().name()).orElse("NONE");
    return new PermissionRow(kind, state, latest.orElse(null));
  }

  private void requestForm(Call c) {
    Seller s = market.sellers().get(c.login());
    String kind = c.query("kind").isEmpty() ? "API_KEY" : kind(c, c.query("kind")).name();
    List<PermissionRequest> requests = market.access().requestsOf(s.sellerId());
    Map<String, String> refused = new java.util.LinkedHashMap<>();
    for (PermissionKind k : PermissionKind.values()) {
      PermissionRow row = row(k, requests, s);
      String what = c.t().t("perm.kind." + k.name());
      switch (row.state()) {
        case "APPROVED", "SUSPENDED" ->
            refused.put(k.name(), c.t().f("access.refused.ALREADY_HELD", what));
        case "PENDING" ->
            refused.put(
                k.name(),
                c.t()
                    .f(
                        "access.refused.ALREADY_PENDING",
                        what,
                        row.latest().id(),
                        c.t().date(row.latest().processOn())));
        default -> {}
      }
    }
    if (refused.containsKey(kind) && refused.size() < PermissionKind.values().length) {
      kind = refused.containsKey("API_KEY") ? "FTP" : "API_KEY";
    }
    c.render(
        "qsm/request.jte",
        c.shell("qsm.request.title"),
        new RequestPage(s, kind, rules(market), refused));
  }

  private String file(Call c) {
    Fields f = c.fields();
    PermissionKind kind = f.choice("kind", "qsm.form.kind", PermissionKind.class);
    String email = f.email("email", "qsm.form.email", RequestForm.MAX_EMAIL, true);
    String category = f.required("category", "qsm.form.category", RequestForm.MAX_CATEGORY);
    String purpose = f.lines("purpose", "qsm.form.purpose", RequestForm.MAX_PURPOSE, false);
    String company = f.text("company", "qsm.form.company", RequestForm.MAX_COMPANY);
    f.check();
    PermissionRequest r;
    try {
      r = market.access().file(new RequestForm(kind, c.login(), email, category, purpose, company));
    } catch (AccessRefused e) {
      throw new ConsoleInputException(AccessTexts.refused(c.t(), e));
    }
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

  /** The kind of the form: API_KEY or FTP; anything else is refused, not read as an API key. */
  private static PermissionKind kind(Call c, String kind) {
    for (PermissionKind k : PermissionKind.values()) {
      if (k.name().equals(kind)) {
        return k;
      }
    }
    throw new ConsoleInputException(
        c.t().f("error.choice", c.t().t("qsm.form.kind"), kind, "API_KEY, FTP"));
  }
}
