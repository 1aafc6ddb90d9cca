package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.sync.Alert;
import io.qconnect.hub.sync.Alerts;
import java.util.List;

/**
 * Every alert, 50 a page, open ones only or all (with who acknowledged each and when, and when the
 * hub saw its condition recover); acknowledging one.
 */
public final class AlertRoutes {
  static final int PAGE = 50;
  private final Hub hub;

  AlertRoutes(Hub hub) {
    this.hub = hub;
  }

  /**
   * The alerts page.
   *
   * @param open whether only open alerts are listed
   * @param page 1-based
   */
  public record AlertsPage(
      String shop, List<String> shops, boolean open, int page, int pages, Alerts.Page alerts) {}

  void mount(Router r) {
    r.page("/hub/alerts", Role.OPERATOR, this::list);
    r.action("/hub/alerts/{id}/ack", Role.OPERATOR, this::acknowledge);
  }

  private void list(Call c) {
    String shop = c.query("shop");
    List<String> shops = HubConsole.shopIds(hub);
    String selected = shops.contains(shop) ? shop : "";
    boolean open = !"all".equals(c.query("state"));
    int page = page(c.query("page"));
    Alerts.Page found =
        hub.alerts().page(selected.isEmpty() ? null : selected, open, PAGE, (page - 1) * PAGE);
    int pages = Math.max(1, (found.total() + PAGE - 1) / PAGE);
    c.render(
        "hub/alertlist.jte",
        c.shell("hub.alerts"),
        new AlertsPage(selected, shops, open, Math.min(page, pages), pages, found));
  }

  /** A page number: 1 for anything that is not one (1–100000). */
  private static int page(String text) {
    if (!text.matches("[0-9]{1,6}")) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(text));
  }

  private String acknowledge(Call c) {
    long id;
    try {
      id = Long.parseLong(c.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new io.qconnect.hub.core.NotFoundException("no alert " + c.pathParam("id"));
    }
    Alert a = hub.alerts().acknowledge(id, c.login());
    c.flash(Flash.Kind.OK, c.t().f("hub.alerts.acked", a.shopId(), c.t().at(a.acknowledgedAt())));
    return Router.back(c);
  }
}
