package io.qconnect.hub.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.hub.sync.Alerts;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncService;
import java.util.Map;

/**
 * {@code POST /api/shops/{id}/sync} (Sync now, or a backfill with {@code {"from","to"}}), {@code
 * /api/sync-runs}, {@code /api/alerts}. A sync that cannot start because the shop is being synced
 * answers 409.
 */
final class SyncRoutes {
  private final SyncService sync;
  private final Alerts alerts;

  SyncRoutes(SyncService sync, Alerts alerts) {
    this.sync = sync;
    this.alerts = alerts;
  }

  void mount(RoutesConfig routes, ApiGuard g) {
    routes.post("/api/shops/{id}/sync", g.guard(this::syncNow));
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
                    ctx, 200, alerts.list(OrderRoutes.blankToNull(ctx.queryParam("shop"))))));
  }

  private void syncNow(Context ctx) {
    String shop = ctx.pathParam("id");
    Bodies.SyncBody b = ApiJson.read(ctx, Bodies.SyncBody.class, "sync");
    SyncOutcome outcome =
        b.from() == null ? sync.syncNow(shop) : sync.backfill(shop, b.from(), b.to());
    switch (outcome) {
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
}
