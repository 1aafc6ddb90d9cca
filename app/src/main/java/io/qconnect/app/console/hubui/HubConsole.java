package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.shop.Shop;
import java.time.Clock;
import java.util.List;

/** Mounts the hub operator's screens. */
public final class HubConsole {
  private HubConsole() {}

  public static void mount(Router r, Hub hub, Clock clock) {
    r.nav(Role.OPERATOR, "/hub", "nav.hub.shops");
    r.nav(Role.OPERATOR, "/hub/shops/new", "nav.hub.add");
    r.nav(Role.OPERATOR, "/hub/orders", "nav.hub.orders");
    r.nav(Role.OPERATOR, "/hub/items", "nav.hub.items");
    r.nav(Role.OPERATOR, "/hub/stock", "nav.hub.stock");
    r.nav(Role.OPERATOR, "/hub/runs", "nav.hub.runs");
    r.nav(Role.OPERATOR, "/hub/alerts", "nav.hub.alerts");
    r.nav(Role.OPERATOR, "/hub/charts", "nav.hub.charts");
    new ShopRoutes(hub, clock).mount(r);
    new HubOrderRoutes(hub).mount(r);
    new HubShipRoutes(hub).mount(r);
    new RunRoutes(hub, clock).mount(r);
    new FulfilmentRoutes(hub).mount(r);
    new StockScreens(hub).mount(r);
  }

  /** The IDs of the connected shops, as the shop filters offer them. */
  static List<String> shopIds(Hub hub) {
    return hub.shops().list().stream().map(Shop::shopId).toList();
  }
}
