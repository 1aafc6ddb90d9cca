package io.qconnect.hub.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.hub.fulfilment.FulfilmentPatch;
import io.qconnect.hub.fulfilment.FulfilmentService;
import io.qconnect.hub.fulfilment.ShopFulfilment;

/**
 * {@code GET|PUT /api/shops/{id}/fulfilment} (storage status of new lines, automatic shipping
 * instructions, the warehouse webhook and CSV export) and {@code POST /api/orders/release} (lines
 * held on import go into the workflow), {@code GET /api/shops/{id}/instructions} and {@code POST
 * /api/shops/{id}/instructions/export} (the instructions not exported yet, as CSV, once), {@code
 * GET /api/shops/{id}/instructions/waiting} (confirmed lines waiting for a SKU mapping).
 */
final class FulfilmentRoutes {
  private final ShopFulfilment settings;
  private final FulfilmentService fulfilment;

  FulfilmentRoutes(ShopFulfilment settings, FulfilmentService fulfilment) {
    this.settings = settings;
    this.fulfilment = fulfilment;
  }

  void mount(RoutesConfig routes, ApiGuard g) {
    routes.get(
        "/api/shops/{id}/fulfilment",
        g.guard(ctx -> ApiJson.send(ctx, 200, settings.get(ctx.pathParam("id")))));
    routes.put("/api/shops/{id}/fulfilment", g.guard(this::update));
    routes.post("/api/orders/release", g.guard(this::release));
    routes.get(
        "/api/shops/{id}/instructions",
        g.guard(
            ctx ->
                ApiJson.send(
                    ctx,
                    200,
                    fulfilment.instructions(
                        ctx.pathParam("id"), OrderRoutes.limit(ctx.queryParam("limit"))))));
    routes.get(
        "/api/shops/{id}/instructions/waiting",
        g.guard(
            ctx ->
                ApiJson.send(
                    ctx,
                    200,
                    fulfilment.waitingForSku(
                        ctx.pathParam("id"), OrderRoutes.limit(ctx.queryParam("limit"))))));
    routes.post(
        "/api/shops/{id}/instructions/export",
        g.guard(
            ctx ->
                ctx.status(200)
                    .contentType("text/csv; charset=utf-8")
                    .header(
                        "Content-Disposition",
                        "attachment; filename=\"instructions-" + ctx.pathParam("id") + ".csv\"")
                    .result(fulfilment.exportCsv(ctx.pathParam("id")))));
  }

  private void update(Context ctx) {
    FulfilmentPatch p = ApiJson.read(ctx, FulfilmentPatch.class, "fulfilment settings");
    ApiJson.send(ctx, 200, settings.update(ctx.pathParam("id"), p));
  }

  private void release(Context ctx) {
    Bodies.Instruction b = ApiJson.read(ctx, Bodies.Instruction.class, "release");
    ApiJson.send(
        ctx,
        200,
        fulfilment.release(b.shop(), b.orderNos().stream().map(OrderRoutes::orderNo).toList()));
  }
}
