package io.qconnect.hub.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.hub.sync.Alerts;
import io.qconnect.hub.sync.Backfills;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncService;
import java.util.Map;

/**
 * {@code POST /api/shops/{id}/sync} (Sync now; or a backfill with {@code {"from","to"}}, queued as
 * a background job and answered 202), {@code /api/backfills} (follow, cancel), {@code
 * /api/sync-runs}, {@code /api/alerts}. A sync that cannot start because the shop is being synced
 * answers 409.
 */
final class SyncRoutes {
  private final SyncService sync;
  private final Backfills backfills;
  private final Alerts alerts;

  SyncRoutes(SyncService sync, Backfills backfills, Alerts alerts) {
    this.sync = sync;
    this.backfills = backfills;
    this.alerts = alerts;
  }

  void mount(RoutesConfig routes, ApiGuard g) {
    routes.post("/api/shops/{id}/sync", g.guard(this::syncNow));
    routes.get(
        "/api/backfills",
        g.guard(
            ctx ->
                ApiJson.send(
                    ctx,
                    200,
                    backfills.list(
                        OrderRoutes.blankToNull(ctx.queryParam("shop")),
                        OrderRoutes.limit(ctx.queryParam("limit"))))));
    routes.get(
        "/api/backfills/{id}",
        g.guard(ctx -> ApiJson.send(ctx, 200, backfills.get(backfillId(ctx)))));
    routes.post(
        "/api/backfills/{id}/cancel",
        g.guard(ctx -> ApiJson.send(ctx, 200, backfills.cancel(backfillId(ctx)))));
    routes.get(
        "/api/sync-runs",
        g.guard(
            ctx ->
                ApiJson.send(
                    ctx,
                    200,
                    sync.runs(
                        OrderRoutes.blankToNull(ctx.queryParam("shop")),
                        OrderRoutes.limit(ctx.queryParam("limit"))))));
    routes.get(
        "/api/alerts",
        g.guard(
            ctx ->
                ApiJson.send(
                    ctx,
                    200,
                    alerts
                        .page(
                            OrderRoutes.blankToNull(ctx.queryParam("shop")),
                            "true".equals(ctx.queryParam("open")),
                            OrderRoutes.limit(ctx.queryParam("limit")),
                            0)
                        .alerts())));
    routes.post("/api/alerts/{id}/ack", g.guard(this::acknowledge));
  }

  /** An alert seen: stored with who ({@code {"by":"..."}}, else "api") and when. */
  private void acknowledge(Context ctx) {
    Bodies.AckBody b = ApiJson.read(ctx, Bodies.AckBody.class, "acknowledgement");
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new io.qconnect.hub.core.NotFoundException("no alert " + ctx.pathParam("id"));
    }
    ApiJson.send(ctx, 200, alerts.acknowledge(id, b.by() == null ? "api" : b.by()));
  }

  private void syncNow(Context ctx) {
    String shop = ctx.pathParam("id");
    Bodies.SyncBody b = ApiJson.read(ctx, Bodies.SyncBody.class, "sync");
    if (b.from() != null) {
      // a backfill runs in the background: the answer is the queued job, to follow or cancel
      ApiJson.send(ctx, 202, backfills.start(shop, b.from(), b.to()));
      return;
    }
    switch (sync.syncNow(shop)) {
      case SyncOutcome.Ran r -> ApiJson.send(ctx, 200, r.run());
      case SyncOutcome.Busy busy ->
          ApiJson.send(
              ctx,
              409,
              Map.of(
                  "error",
                  "shop " + busy.shopId() + " is being synced right now; try again shortly"));
    }
  }

  private static long backfillId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new io.qconnect.hub.core.NotFoundException("no backfill " + ctx.pathParam("id"));
    }
  }
}
