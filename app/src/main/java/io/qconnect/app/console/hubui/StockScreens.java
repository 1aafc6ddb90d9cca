package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.stock.ItemImporter;
import io.qconnect.hub.stock.Listing;
import io.qconnect.hub.stock.MappingService;
import io.qconnect.hub.stock.Reconciler;
import io.qconnect.hub.stock.StockLevel;
import io.qconnect.hub.stock.StockService;
import java.util.List;

/**
 * Items and stock: the shops' Qoo10 units with their SKUs (the unlinked queue; map by hand, import
 * items now), the SKUs with on hand, reserved and available (set, adjust), one SKU with where it is
 * sold and every movement, and reconciliation with its drift report.
 */
public final class StockScreens {
  /** The sizes of the SKU and the adjustment reason columns. */
  private static final int MAX_SKU = 100;

  private static final int MAX_REASON = 200;

  private static final int PAGE = 100;

  private final Hub hub;

  StockScreens(Hub hub) {
    this.hub = hub;
  }

  /** The units of a shop, a page at a time; with the unlinked order lines and item changes. */
  public record ItemsPage(
      String shop,
      List<String> shops,
      String mapped,
      List<Listing> units,
      String next,
      MappingService.Unlinked unlinked) {}

  /** The SKUs, a page at a time, and the last drift report. */
  public record StockPage(
      List<StockLevel> skus, String next, List<String> shops, Reconciler.Report report) {}

  void mount(Router r) {
    r.page("/hub/items", Role.OPERATOR, this::items);
    r.page("/hub/stock", Role.OPERATOR, this::stock);
    r.page("/hub/stock/{sku}", Role.OPERATOR, this::sku);
    r.action("/hub/shops/{id}/items/sync", Role.OPERATOR, this::syncItems);
    r.action("/hub/items/map", Role.OPERATOR, this::map);
    r.action("/hub/shops/{id}/items/csv", Role.OPERATOR, this::importCsv);
    r.action("/hub/stock/set", Role.OPERATOR, this::set);
    r.action("/hub/stock/adjust", Role.OPERATOR, this::adjust);
    r.action("/hub/shops/{id}/reconcile", Role.OPERATOR, this::reconcile);
  }

  private void items(Call c) {
    String shop = c.query("shop");
    String mapped = c.query("mapped");
    Boolean m =
        mapped.equals("true") ? Boolean.TRUE : mapped.equals("false") ? Boolean.FALSE : null;
    long after = c.query("after").isEmpty() ? 0 : c.longNumber(c.query("after"), "after");
    String s = shop.isEmpty() ? null : shop;
    List<Listing> units = hub.stock().mappings().units(s, m, after, PAGE);
    String next = units.size() < PAGE ? "" : Long.toString(units.get(units.size() - 1).id());
    c.render(
        "hub/items.jte",
        c.shell("hub.items.title"),
        new ItemsPage(
            shop,
            HubConsole.shopIds(hub),
            mapped,
            units,
            next,
            hub.stock().mappings().unlinked(s, 50)));
  }

  private void stock(Call c) {
    List<StockLevel> skus = hub.stock().service().list(c.query("after"), PAGE);
    String next = skus.size() < PAGE ? "" : skus.get(skus.size() - 1).sku();
    Reconciler.Report report = c.takeOnce("drift", Reconciler.Report.class).orElse(null);
    c.render(
        "hub/stock.jte",
        c.shell("hub.stock.title"),
        new StockPage(skus, next, HubConsole.shopIds(hub), report));
  }

  private void sku(Call c) {
    StockService.StockView v = hub.stock().service().view(c.pathParam("sku"));
    c.render("hub/sku.jte", c.shell("hub.stock.title"), v);
  }

  private String syncItems(Call c) {
    String id = c.pathParam("id");
    ItemImporter.ItemSyncReport r = hub.stock().items().sync(id);
    c.flash(
        Flash.Kind.OK,
        c.t().f("hub.items.synced", id, r.items(), r.units(), r.mapped(), r.changes()));
    return "/hub/items?shop=" + id + "&mapped=false";
  }

  private String importCsv(Call c) {
    String id = c.pathParam("id");
    ItemImporter.ItemSyncReport r =
        hub.stock().items().importFiles(id, c.upload("goodsList"), c.upload("inventory"));
    c.flash(
        Flash.Kind.OK,
        c.t().f("hub.items.synced", id, r.items(), r.units(), r.mapped(), r.changes()));
    return "/hub/items?shop=" + id + "&mapped=false";
  }

  private String map(Call c) {
    hub.stock()
        .mappings()
        .map(
            List.of(
                new MappingService.Mapping(
                    c.form("sku"), c.form("shop"), c.form("itemCode"), c.form("optionCode"))));
    c.flash(Flash.Kind.OK, c.t().f("hub.items.mappedTo", c.form("itemCode"), c.form("sku")));
    return Router.back(c);
  }

  private String set(Call c) {
    Fields f = c.fields();
    String sku = f.required("sku", "hub.stock.sku", MAX_SKU);
    int onHand = (int) f.whole("onHand", "hub.stock.onHand", 0, Integer.MAX_VALUE, null);
    f.check();
    hub.stock().service().set(sku, onHand, "console");
    c.flash(Flash.Kind.OK, c.t().f("hub.stock.saved", sku));
    return "/hub/stock/" + java.net.URLEncoder.encode(sku, java.nio.charset.StandardCharsets.UTF_8);
  }

  private String adjust(Call c) {
    Fields f = c.fields();
    String sku = f.required("sku", "hub.stock.sku", MAX_SKU);
    int delta =
        (int) f.whole("delta", "hub.stock.delta", -Integer.MAX_VALUE, Integer.MAX_VALUE, null);
    String reason = f.text("reason", "hub.stock.reason", MAX_REASON);
    f.check();
    hub.stock().service().adjust(List.of(new StockService.Adjustment(sku, delta, reason)));
    c.flash(Flash.Kind.OK, c.t().f("hub.stock.saved", sku));
    return "/hub/stock/" + java.net.URLEncoder.encode(sku, java.nio.charset.StandardCharsets.UTF_8);
  }

  private String reconcile(Call c) {
    String id = c.pathParam("id");
    Reconciler.Report r = hub.reconcile(id, true);
    c.once("drift", r);
    c.flash(
        Flash.Kind.OK,
        c.t().f("hub.stock.reconciled", id, r.checked(), r.drifted().size(), r.fixed()));
    return "/hub/stock#drift";
  }
}
