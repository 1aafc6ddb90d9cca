package io.qconnect.hub.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopPatch;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.Jobs;
import java.net.URI;
import java.time.Clock;
import java.util.Set;

/**
 * {@code /api/shops}: connect (Get Auth first), list, show, change, delete, Renew Tokens ({@code
 * /auth}), Test Connection ({@code /test}).
 */
final class ShopRoutes {
  private static final Set<String> SETTINGS =
      Set.of(
          "statuses",
          "lookbackDays",
          "intervalMinutes",
          "autoImport",
          "autoConfirm",
          "confirmBusinessDays",
          "renewBeforeDays");
  private static final Set<String> CREDENTIALS = Set.of("apiKey", "password", "baseUrl");

  private final ShopService shops;
  private final Jobs jobs;
  private final Clock clock;

  ShopRoutes(ShopService shops, Jobs jobs, Clock clock) {
    this.shops = shops;
    this.jobs = jobs;
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
    routes.post(
        "/api/shops/{id}/auth",
        g.guard(
            ctx -> ApiJson.send(ctx, 200, json(shops.renew(ctx.pathParam("id"), "Renew Tokens")))));
    routes.post(
        "/api/shops/{id}/test",
        g.guard(ctx -> ApiJson.send(ctx, 200, shops.testConnection(ctx.pathParam("id")))));
  }

  private void create(Context ctx) {
    JsonNode b =
        ApiJson.object(ApiJson.body(ctx), "shop", union(Set.of("shopId"), CREDENTIALS, SETTINGS));
    NewShop n =
        new NewShop(
            ApiJson.text(b, "shopId").orElse(null),
            ApiJson.text(b, "apiKey").orElse(null),
            ApiJson.text(b, "password").orElse(null),
            ApiJson.text(b, "baseUrl").map(ShopRoutes::url).orElse(null),
            patch(b).apply(ShopSettings.defaults()));
    ApiJson.send(ctx, 201, json(shops.connect(n)));
  }

  private void update(Context ctx) {
    JsonNode b =
        ApiJson.object(ApiJson.body(ctx), "shop change", union(Set.of(), CREDENTIALS, SETTINGS));
    ApiJson.send(ctx, 200, json(shops.update(ctx.pathParam("id"), patch(b))));
  }

  private void delete(Context ctx) {
    shops.delete(ctx.pathParam("id"));
    ctx.status(204);
  }

  private static ShopPatch patch(JsonNode b) {
    return new ShopPatch(
        ApiJson.text(b, "apiKey").orElse(null),
        ApiJson.text(b, "password").orElse(null),
        ApiJson.text(b, "baseUrl").map(ShopRoutes::url).orElse(null),
        ApiJson.integers(b, "statuses").orElse(null),
        ApiJson.integer(b, "lookbackDays").orElse(null),
        ApiJson.integer(b, "intervalMinutes").orElse(null),
        ApiJson.bool(b, "autoImport").orElse(null),
        ApiJson.bool(b, "autoConfirm").orElse(null),
        ApiJson.integer(b, "confirmBusinessDays").orElse(null),
        ApiJson.integer(b, "renewBeforeDays").orElse(null));
  }

  private ShopJson json(Shop s) {
    return ShopJson.of(s, clock.instant(), jobs.nextImport(s.shopId()).orElse(null));
  }

  private static URI url(String text) {
    try {
      return URI.create(text.trim());
    } catch (IllegalArgumentException e) {
      throw new HubException("\"baseUrl\" is not a URL: '" + text + "'");
    }
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    java.util.HashSet<String> all = new java.util.HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return all;
  }
}
