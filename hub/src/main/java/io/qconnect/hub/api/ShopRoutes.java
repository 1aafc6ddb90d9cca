package io.qconnect.hub.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.hub.mail.MailIntake;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.hub.sync.Jobs;
import java.time.Clock;

/**
 * {@code /api/shops}: connect (Get Auth first; without a password the shop is saved pending and the
 * answer carries the {@code authorizationUrl} of the marketplace's window), list, show, change
 * (credentials too: Get Auth again), remove (soft: its orders and history stay), Renew Tokens
 * ({@code /auth}), Test Connection ({@code /test}). Each shop comes with its {@code mailIntake}:
 * the address to register in QSM's 通知管理, with the template group and kind.
 */
final class ShopRoutes {
  private final ShopService shops;
  private final Jobs jobs;
  private final MailIntake mail;
  private final Clock clock;

  ShopRoutes(ShopService shops, Jobs jobs, MailIntake mail, Clock clock) {
    this.shops = shops;
    this.jobs = jobs;
    this.mail = mail;
    this.clock = clock;
  }

  void mount(RoutesConfig routes, ApiGuard g) {
    routes.get(
        "/api/shops",
        g.guard(ctx -> ApiJson.send(ctx, 200, shops.list().stream().map(this::json).toList())));
    routes.post("/api/shops", g.guard(this::create));
    routes.get(
        "/api/shops/{id}",
        g.guard(ctx -> ApiJson.send(ctx, 200, json(shops.get(ctx.pathParam("id"))))));
    routes.patch("/api/shops/{id}", g.guard(this::update));
    routes.delete("/api/shops/{id}", g.guard(this::delete));
    routes.post("/api/shops/{id}/auth", g.guard(this::renew));
    routes.post(
        "/api/shops/{id}/test",
        g.guard(ctx -> ApiJson.send(ctx, 200, shops.testConnection(ctx.pathParam("id")))));
  }

  /** With a password: Get Auth by CreateCertificationKey; without: the window's URL to open. */
  private void create(Context ctx) {
    Bodies.NewShopBody b = ApiJson.read(ctx, Bodies.NewShopBody.class, "shop");
    NewShop n = b.toNewShop();
    if (n.withPassword()) {
      ApiJson.send(ctx, 201, json(shops.connect(n)));
      return;
    }
    ShopService.Pending p = shops.connectWithGetAuth(n);
    ApiJson.send(ctx, 201, json(p.shop()).withAuthorizationUrl(p.authorizationUrl()));
  }

  /** Renew Tokens: a new key, or for a Get Auth shop the window's URL to open again. */
  private void renew(Context ctx) {
    String id = ctx.pathParam("id");
    Shop shop = shops.get(id);
    if (shop.getAuth()) {
      ApiJson.send(ctx, 200, json(shop).withAuthorizationUrl(shops.authorizationUrl(id)));
      return;
    }
    ApiJson.send(ctx, 200, json(shops.renew(id, "Renew Tokens")));
  }

  private void update(Context ctx) {
    Bodies.ShopChangeBody b = ApiJson.read(ctx, Bodies.ShopChangeBody.class, "shop change");
    ApiJson.send(ctx, 200, json(shops.update(ctx.pathParam("id"), b.toPatch())));
  }

  private void delete(Context ctx) {
    shops.remove(ctx.pathParam("id"), "api");
    ctx.status(204);
  }

  private ShopJson json(Shop s) {
    return ShopJson.of(
        s, clock.instant(), jobs.nextImport(s.shopId()).orElse(null), mail.address(s.shopId()));
  }
}
