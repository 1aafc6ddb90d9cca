package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Kept;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.app.console.Shell;
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

  /**
   * The charts page.
   *
   * @param runs sync runs per hour, failures stacked in red
   * @param failedRuns how many of the window's runs failed
   * @param keys each shop's days left before its key expires
   */
  public record ChartsPage(
      String shop,
      List<String> shops,
      Charts.BarChart orders,
      Charts.BarChart lag,
      Charts.LagSummary summary,
      int lines,
      Charts.BarChart runs,
      long failedRuns,
      RunCharts.KeyChart keys) {}

  /** One run: its state, which a running badge polls until the run ends. */
  public record RunPage(SyncRun run) {}

  void mount(Router r) {
    r.page("/hub/runs", Role.OPERATOR, this::runs);
    r.page("/hub/runs/{id}", Role.OPERATOR, this::run);
    r.page("/hub/runs/{id}/state", Role.OPERATOR, this::state);
    r.page("/hub/charts", Role.OPERATOR, this::charts);
  }

  private void run(Call c) {
    c.render("hub/run.jte", c.shell("hub.run.title"), new RunPage(hub.sync().run(runId(c))));
  }

  /**
   * The run's badge alone, for the badge that polls it: without the page's layout, so that it never
   * takes the messages meant for the next page (a Sync now's answer).
   */
  private void state(Call c) {
    Shell bare = new Shell(c.t(), "", c.viewer(), "", "", List.of(), List.of(), Kept.NONE);
    c.render("hub/runpart.jte", bare, new RunPage(hub.sync().run(runId(c))));
  }

  private static long runId(Call c) {
    try {
      return Long.parseLong(c.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new io.qconnect.hub.core.NotFoundException("no sync run " + c.pathParam("id"));
    }
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
    String selected = shop.isEmpty() ? null : shop;
    List<SyncRun> runs =
        hub.sync().runs(selected, 1000).stream()
            .filter(r -> r.startedAt() != null && !r.startedAt().isBefore(now.minusSeconds(86_400)))
            .toList();
    ChartsPage m =
        new ChartsPage(
            shop,
            HubConsole.shopIds(hub),
            Charts.ordersPerHour(lines, now),
            Charts.lagPerHour(lines, now),
            Charts.lagSummary(lines, now),
            lines.size(),
            RunCharts.runsPerHour(runs, now),
            runs.stream().filter(r -> r.outcome() == SyncRun.Outcome.FAILED).count(),
            RunCharts.keys(
                hub.shops().list().stream()
                    .filter(s -> selected == null || s.shopId().equals(selected))
                    .toList(),
                now));
    c.render("hub/charts.jte", c.shell("hub.charts.title"), m);
  }
}
