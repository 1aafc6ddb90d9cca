package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.Condition;
import io.qconnect.marketplace.access.Decision;
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
 * conditions that would refuse the request now; approve (the conditions are checked again) or
 * reject with a reason the seller reads.
 */
public final class QueueRoutes {
  private final Marketplace market;

  QueueRoutes(Marketplace market) {
    this.market = market;
  }

  /** A queued request with its seller's standing. */
  public record QueueRow(
      PermissionRequest request, Seller seller, Standing standing, List<Condition> blocking) {}

  /** The requests due on one processing day. */
  public record Day(LocalDate processOn, boolean due, List<QueueRow> rows) {}

  /**
   * The queue page: a page of the waiting requests (by processing day) and a page of the decided
   * ones, both narrowed by a part of the seller ID.
   *
   * @param waiting the waiting requests that match, over every page
   * @param decidedPage the page of decided requests shown ({@code rpage})
   */
  public record QueuePage(
      List<Day> days,
      List<PermissionRequest> recent,
      PermissionRoutes.Rules rules,
      boolean autoApprove,
      ListParams params,
      int waiting,
      int pages,
      int decided,
      int decidedPage,
      int decidedPages) {
    /** The link to another page of the decided requests, keeping the rest. */
    public String decidedBase() {
      return params.base("/staff") + "page=" + params.page() + "&r";
    }
  }

  void mount(Router r) {
    r.page("/staff", Role.STAFF, this::queue);
    r.action("/staff/requests/{id}/approve", Role.STAFF, this::approve);
    r.action("/staff/requests/{id}/reject", Role.STAFF, this::reject);
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
            market.access().settings().autoApprove(),
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
    return new QueueRow(r, s, standing, market.access().blockingConditions(s, standing, r.kind()));
  }

  private String approve(Call c) {
    long id = c.longNumber(c.pathParam("id"), "ID");
    Decision d = market.access().approve(id, c.login());
    switch (d) {
      case Decision.Approved a -> c.flash(Flash.Kind.OK, c.t().f("staff.queue.approved", id));
      case Decision.Rejected r ->
          c.flash(
              Flash.Kind.ERROR,
              c.t().f("staff.queue.refusedByConditions", id, conditions(c, r.request())));
    }
    return "/staff";
  }

  private String reject(Call c) {
    long id = c.longNumber(c.pathParam("id"), "ID");
    market.access().reject(id, c.login(), c.form("reason"));
    c.flash(Flash.Kind.OK, c.t().f("staff.queue.rejected", id));
    return "/staff";
  }

  private static String conditions(Call c, PermissionRequest r) {
    return String.join(
        c.t().ja() ? "、" : ", ", r.failed().stream().map(x -> c.t().pick(x.ja(), x.en())).toList());
  }
}
