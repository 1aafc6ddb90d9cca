package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderQuery;
import io.qconnect.hub.sync.SyncRun;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Sync runs (timeline, counts, errors, Sync now) and the charts of orders and import lag. */
public final class RunRoutes {
  private final Hub hub;
  private final Clock clock;

  RunRoutes(Hub hub, Clock clock) {
    this.hub = hub;
    this.clock = clock;
  }

  /** The run log, newest first. */
  public record RunsPage(String shop, List<String> shops, List<SyncRun> runs) {}

  /** The charts page. */
  public record ChartsPage(
      String shop,
      List<String> shops,
      Charts.BarChart orders,
      Charts.BarChart lag,
      Charts.LagSummary summary,
      int lines) {}

  void mount(Router r) {
    r.page("/hub/runs", Role.OPERATOR, this::runs);
    r.page("/hub/charts", Role.OPERATOR, this::charts);
  }

  private void runs(Call c) {
    String shop = c.query("shop");
    List<SyncRun> runs = hub.sync().runs(shop.isEmpty() ? null : shop, 100);
    c.render(
        "hub/runs.jte",
        c.shell("hub.runs.title"),
        new RunsPage(shop, HubConsole.shopIds(hub), runs));
  }

  private void charts(Call c) {
    String shop = c.query("shop");
    Instant now = clock.instant();
    var from = Charts.windowStart(now).toLocalDate();
    List<OrderLine> lines =
        hub.orders()
            .list(
                new OrderQuery(shop.isEmpty() ? null : shop, null, from.minusDays(1), null, 5000));
    ChartsPage m =
        new ChartsPage(
            shop,
            HubConsole.shopIds(hub),
            Charts.ordersPerHour(lines, now),
            Charts.lagPerHour(lines, now),
            Charts.lagSummary(lines, now),
            lines.size());
    c.render("hub/charts.jte", c.shell("hub.charts.title"), m);
  }
}
