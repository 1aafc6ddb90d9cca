package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.AccessRefused;
import io.qconnect.marketplace.access.AutoApproval;
import io.qconnect.marketplace.access.Failure;
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
   * The queue page.
   *
   * @param nextBusinessDay the day decisions can be made again when today is not a business day
   */
  public record QueuePage(
      List<Day> days,
      List<PermissionRequest> recent,
      PermissionRoutes.Rules rules,
      AutoApproval autoApproval,
      LocalDate nextBusinessDay) {
    /** True when decisions can be made today. */
    public boolean open() {
      return rules.businessDay();
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
            market.access().autoApproval(),
            market.calendar().nextBusinessDay(rules.today()));
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
    try {
      market.access().reject(id, c.login(), c.form("reason"));
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
