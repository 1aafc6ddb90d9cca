package io.qconnect.hub.api;

import io.javalin.config.RoutesConfig;
import io.qconnect.hub.fulfilment.FulfilmentService;
import io.qconnect.hub.fulfilment.ShopFulfilment;
import io.qconnect.hub.mail.MailIntake;
import io.qconnect.hub.orders.OrderService;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.hub.stock.ItemImporter;
import io.qconnect.hub.stock.MappingService;
import io.qconnect.hub.stock.Reconciler;
import io.qconnect.hub.stock.StockService;
import io.qconnect.hub.sync.Alerts;
import io.qconnect.hub.sync.Backfills;
import io.qconnect.hub.sync.Jobs;
import io.qconnect.hub.sync.SyncService;
import io.qconnect.hub.tracking.ShipmentService;
import java.time.Clock;
import java.util.function.BiFunction;

/**
 * The hub's JSON API under {@code /api}, every route behind the bearer token; and the public Get
 * Auth callback (its single-use state is what protects it).
 */
public final class HubRoutes {
  private final ApiGuard guard;
  private final ShopRoutes shops;
  private final OrderRoutes orders;
  private final SyncRoutes sync;
  private final GetAuthRoutes getAuth;
  private final FulfilmentRoutes fulfilment;
  private StockRoutes stock;

  public HubRoutes(
      String apiToken,
      ShopService shops,
      OrderService orders,
      ShipmentService shipments,
      FulfilmentService fulfilment,
      ShopFulfilment shopFulfilment,
      SyncService sync,
      Backfills backfills,
      Alerts alerts,
      Jobs jobs,
      MailIntake mail,
      Clock clock) {
    this.guard = new ApiGuard(apiToken);
    this.shops = new ShopRoutes(shops, jobs, mail, clock);
    this.orders = new OrderRoutes(orders, shipments, fulfilment);
    this.sync = new SyncRoutes(sync, backfills, alerts);
    this.getAuth = new GetAuthRoutes(shops);
    this.fulfilment = new FulfilmentRoutes(shopFulfilment, fulfilment);
  }

  /** Adds the items, mappings and stock routes (mounted with the rest). */
  public HubRoutes withStock(
      StockService stock,
      MappingService mappings,
      ItemImporter items,
      BiFunction<String, Boolean, Reconciler.Report> reconcile) {
    this.stock = new StockRoutes(stock, mappings, items, reconcile);
    return this;
  }

  public void mount(RoutesConfig routes) {
    if (stock != null) {
      stock.mount(routes, guard);
    }
    shops.mount(routes, guard);
    orders.mount(routes, guard);
    sync.mount(routes, guard);
    getAuth.mount(routes);
    fulfilment.mount(routes, guard);
  }
}
