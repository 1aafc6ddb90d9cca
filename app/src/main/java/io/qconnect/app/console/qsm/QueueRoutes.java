package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.AccessRefused;
import io.qconnect.marketplace.access.AccessService;
import io.qconnect.marketplace.access.AutoApproval;
import io.qconnect.marketplace.access.Failure;
import io.qconnect.marketplace.access.PermissionRequest;
import io.qconnect.marketplace.core.ListPage;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Staff: the permission-request queue by processing day, with each seller's standing and the
 * conditions that fail now; approve (offered only when every condition holds, and checked again) or
 * reject with a reason the seller reads. On Saturdays, Sundays and holidays nothing is decided: the
 * buttons are disabled with the reason and the next business day. The automatic-approval switch is
 * shown and can be flipped (stored; who and when are shown and logged).
 */
public final class QueueRoutes {
  private final Marketplace market;

  QueueRoutes(Marketplace market) {
    this.market = market;
  }

  /**
   * A queued request with its seller's standing.
   *
   * @param failing the conditions that fail for this request now: no 「承認」 while not empty
   */
  public record QueueRow(
      PermissionRequest request, Seller seller, Standing standing, List<Failure> failing) {}

  /** The requests due on one processing day. */
  public record Day(LocalDate processOn, boolean due, List<QueueRow> rows) {}

  /**
   * The queue page: a page of the waiting requests (by processing day) and a page of the decided
   * ones, both narrowed by a part of the seller ID.
   *
   * @param nextBusinessDay the day decisions can be made again when today is not a business day
   * @param waiting the waiting requests that match, over every page
   * @param decidedPage the page of decided requests shown ({@code rpage})
   */
  public record QueuePage(
      List<Day> days,
      List<PermissionRequest> recent,
      PermissionRoutes.Rules rules,
      AutoApproval autoApproval,
      LocalDate nextBusinessDay,
      ListParams params,
      int waiting,
      int pages,
      int decided,
      int decidedPage,
      int decidedPages) {
    /** True when decisions can be made today. */
    public boolean open() {
      return rules.businessDay();
    }

    /** The link to another page of the decided requests, keeping the rest. */
    public String decidedBase() {
      return params.base("/staff") + "page=" + params.page() + "&r";
    }
  }

  void mount(Router r) {
    r.page("/staff", Role.STAFF, this::queue);
    r.action("/staff/requests/{id}/approve", Role.STAFF, this::approve);
    r.action("/staff/requests/{id}/reject", Role.STAFF, this::reject);
    r.action("/staff/auto-approve", Role.STAFF, this::switchAuto);
  }

  private void queue(Call c) {
    PermissionRoutes.Rules rules = PermissionRoutes.rules(market);
    ListParams p = ListParams.read(c);
    int rpage = c.query("rpage").isEmpty() ? 1 : Math.max(1, c.number(c.query("rpage"), "rpage"));
    String part = p.q().toLowerCase(Locale.ROOT);
    // the waiting requests are few (decided every business day), so they are narrowed here
    List<PermissionRequest> waiting =
        market.access().queue().stream()
            .filter(r -> r.sellerId().toLowerCase(Locale.ROOT).contains(part))
            .toList();
    int size = ListParams.PAGE_SIZE;
    int page = ListPage.clamp(p.page(), waiting.size(), size);
    Map<LocalDate, List<QueueRow>> byDay = new LinkedHashMap<>();
    for (PermissionRequest r :
        waiting.subList((page - 1) * size, Math.min(waiting.size(), page * size))) {
      byDay.computeIfAbsent(r.processOn(), d -> new ArrayList<>()).add(row(r));
    }
    ListPage<PermissionRequest> decided = market.access().decided(p.q(), rpage, size);
    List<Day> days = new ArrayList<>();
    byDay.forEach((d, rows) -> days.add(new Day(d, !d.isAfter(rules.today()), rows)));
    QueuePage m =
        new QueuePage(
            days,
            decided.rows(),
            rules,
            market.access().autoApproval(),
            market.calendar().nextBusinessDay(rules.today()),
            new ListParams(p.q(), page),
            waiting.size(),
            Math.max(1, (waiting.size() + size - 1) / size),
            decided.total(),
            decided.page(),
            decided.pages(size));
    c.render("staff/queue.jte", c.shell("staff.queue.title"), m);
  }

  private QueueRow row(PermissionRequest r) {
    Seller s = market.sellers().get(r.sellerId());
    Standing standing = market.sellers().standing(s);
    return new QueueRow(r, s, standing, market.access().failing(r));
  }

  private String approve(Call c) {
    long id = c.longNumber(c.pathParam("id"), "ID");
    try {
      market.access().approve(id, c.login());
    } catch (AccessRefused e) {
      throw new ConsoleInputException(AccessTexts.refused(c.t(), e));
    }
    c.flash(Flash.Kind.OK, c.t().f("staff.queue.approved", id));
    return "/staff";
  }

  private String reject(Call c) {
    long id = c.longNumber(c.pathParam("id"), "ID");
    Fields f = c.fields();
    String reason =
        f.lines("reason", "form.label.rejectReason", AccessService.MAX_REJECTION_REASON, true);
    f.check();
    try {
      market.access().reject(id, c.login(), reason);
    } catch (AccessRefused e) {
      throw new ConsoleInputException(AccessTexts.refused(c.t(), e));
    }
    c.flash(Flash.Kind.OK, c.t().f("staff.queue.rejected", id));
    return "/staff";
  }

  /** 自動承認 on or off: the form says which ({@code on=true|false}); anything else is refused. */
  private String switchAuto(Call c) {
    String on = c.form("on");
    if (!on.equals("true") && !on.equals("false")) {
      throw new ConsoleInputException(
          c.t().f("error.choice", c.t().t("staff.queue.auto"), on, "true, false"));
    }
    AutoApproval a = market.access().switchAutoApprove(on.equals("true"), c.login());
    c.flash(
        Flash.Kind.OK,
        c.t().t(a.on() ? "staff.queue.autoSwitchedOn" : "staff.queue.autoSwitchedOff"));
    return "/staff";
  }
}
