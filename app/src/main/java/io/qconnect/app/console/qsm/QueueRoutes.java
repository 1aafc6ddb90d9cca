package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.AccessService;
import io.qconnect.marketplace.access.Condition;
import io.qconnect.marketplace.access.Decision;
import io.qconnect.marketplace.access.PermissionRequest;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** The queue page. */
  public record QueuePage(
      List<Day> days,
      List<PermissionRequest> recent,
      PermissionRoutes.Rules rules,
      boolean autoApprove) {}

  void mount(Router r) {
    r.page("/staff", Role.STAFF, this::queue);
    r.action("/staff/requests/{id}/approve", Role.STAFF, this::approve);
    r.action("/staff/requests/{id}/reject", Role.STAFF, this::reject);
  }

  private void queue(Call c) {
    PermissionRoutes.Rules rules = PermissionRoutes.rules(market);
    Map<LocalDate, List<QueueRow>> byDay = new LinkedHashMap<>();
    for (PermissionRequest r : market.access().queue()) {
      byDay.computeIfAbsent(r.processOn(), d -> new ArrayList<>()).add(row(r));
    }
    List<Day> days = new ArrayList<>();
    byDay.forEach((d, rows) -> days.add(new Day(d, !d.isAfter(rules.today()), rows)));
    QueuePage m =
        new QueuePage(
            days,
            market.access().recent(20).stream().filter(r -> r.decidedAt() != null).toList(),
            rules,
            market.access().settings().autoApprove());
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
    Fields f = c.fields();
    String reason =
        f.lines("reason", "form.label.rejectReason", AccessService.MAX_REJECTION_REASON, true);
    f.check();
    market.access().reject(id, c.login(), reason);
    c.flash(Flash.Kind.OK, c.t().f("staff.queue.rejected", id));
    return "/staff";
  }

  private static String conditions(Call c, PermissionRequest r) {
    return String.join(
        c.t().ja() ? "、" : ", ", r.failed().stream().map(x -> c.t().pick(x.ja(), x.en())).toList());
  }
}
