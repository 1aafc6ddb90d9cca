package io.qconnect.hub.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.stock.ItemImporter;
import io.qconnect.hub.stock.Listing;
import io.qconnect.hub.stock.MappingService;
import io.qconnect.hub.stock.PushMode;
import io.qconnect.hub.stock.Reconciler;
import io.qconnect.hub.stock.ShopStockRules;
import io.qconnect.hub.stock.StockLevel;
import io.qconnect.hub.stock.StockService;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Items, SKU mappings and stock: {@code /api/shops/{id}/items/sync}, {@code /api/items}, {@code
 * /api/mappings}, {@code /api/stock}, {@code /api/shops/{id}/reconcile} and {@code
 * /api/shops/{id}/stock-rules}.
 */
final class StockRoutes {
  private static final int PAGE = 200;

  private final StockService stock;
  private final MappingService mappings;
  private final ItemImporter items;
  private final BiFunction<String, Boolean, Reconciler.Report> reconcile;

  StockRoutes(
      StockService stock,
      MappingService mappings,
      ItemImporter items,
      BiFunction<String, Boolean, Reconciler.Report> reconcile) {
    this.stock = stock;
    this.mappings = mappings;
    this.items = items;
    this.reconcile = reconcile;
  }

  record OnHandBody(Integer onHand, String note) {}

  record AdjustBody(String sku, Integer delta, String reason) {}

  record MappingBody(String sku, String shop, String itemCode, String optionCode) {}

  record RulesBody(String mode, Integer keepBack, Integer keepBackPercent, Integer cap) {}

  /** A unit of a shop as the API shows it. */
  record Unit(
      long id,
      String shop,
      String itemCode,
      String sellerCode,
      String optionCode,
      String option,
      String title,
      String sku,
      String mappedBy,
      int qoo10Qty,
      Integer pushedQty,
      Instant pushedAt,
      boolean pushPending,
      String pushError) {
    static Unit of(Listing l) {
      return new Unit(
          l.id(),
          l.shopId(),
          l.itemCode(),
          l.sellerCode(),
          l.optionCode(),
          l.optionValue().replace("||*", " / "),
          l.title(),
          l.sku(),
          l.mappedBy(),
          l.qoo10Qty(),
          l.pushedQty(),
          l.pushedAt(),
          l.pushPending(),
          l.pushError());
    }
  }

  void mount(RoutesConfig routes, ApiGuard g) {
    routes.post("/api/shops/{id}/items/sync", g.guard(this::syncItems));
    routes.post("/api/shops/{id}/items/csv", g.guard(this::importCsv));
    routes.get("/api/items", g.guard(this::listItems));
    routes.get("/api/mappings", g.guard(this::listMappings));
    routes.put("/api/mappings", g.guard(this::putMappings));
    routes.get("/api/stock", g.guard(this::listStock));
    routes.put("/api/stock/{sku}", g.guard(this::setStock));
    routes.post("/api/stock/adjust", g.guard(this::adjust));
    routes.get("/api/stock/{sku}", g.guard(this::getStock));
    routes.post("/api/shops/{id}/reconcile", g.guard(this::reconcile));
    routes.get("/api/shops/{id}/stock-rules", g.guard(this::getRules));
    routes.put("/api/shops/{id}/stock-rules", g.guard(this::putRules));
  }

  private void syncItems(Context ctx) {
    ApiJson.send(ctx, 200, items.sync(ctx.pathParam("id")));
  }

  /**
   * QSM's downloads as multipart files {@code goodsList} (GoodsList.csv) and/or {@code inventory}
   * (InventoryManagement_gridInventory.csv).
   */
  private void importCsv(Context ctx) throws java.io.IOException {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (!type.startsWith("multipart/form-data")) {
      throw new HubException("send multipart/form-data with the files goodsList and/or inventory");
    }
    ApiJson.send(
        ctx,
        200,
        items.importFiles(ctx.pathParam("id"), file(ctx, "goodsList"), file(ctx, "inventory")));
  }

  private static byte[] file(Context ctx, String name) throws java.io.IOException {
    io.javalin.http.UploadedFile f = ctx.uploadedFile(name);
    if (f == null) {
      return null;
    }
    try (java.io.InputStream in = f.content()) {
      return in.readAllBytes();
    }
  }

  private void listItems(Context ctx) {
    String shop = blank(ctx.queryParam("shop"));
    Boolean mapped = bool(ctx.queryParam("mapped"), "mapped");
    long after = number(ctx.queryParam("after"), "after");
    List<Unit> page = mappings.units(shop, mapped, after, PAGE).stream().map(Unit::of).toList();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", page);
    out.put("next", page.size() < PAGE ? null : Long.toString(page.get(page.size() - 1).id()));
    if (Boolean.FALSE.equals(mapped)) {
      out.put("unmappedLines", mappings.unlinked(shop, PAGE).lines());
      out.put("changes", mappings.unlinked(shop, PAGE).changes());
    }
    ApiJson.send(ctx, 200, out);
  }

  private void listMappings(Context ctx) {
    long after = number(ctx.queryParam("after"), "after");
    List<Listing> page = mappings.units(blank(ctx.queryParam("shop")), true, after, PAGE);
    List<MappingService.Mapping> out =
        page.stream()
            .map(l -> new MappingService.Mapping(l.sku(), l.shopId(), l.itemCode(), l.optionCode()))
            .toList();
    ApiJson.send(ctx, 200, out);
  }

  private void putMappings(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    int n;
    if (type.startsWith("text/csv")) {
      n = mappings.mapCsv(new StringReader(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8)));
    } else {
      n =
          mappings.map(
              ApiJson.read(ctx, new TypeReference<List<MappingBody>>() {}).stream()
                  .map(
                      b ->
                          new MappingService.Mapping(
                              b.sku(), b.shop(), b.itemCode(), b.optionCode()))
                  .toList());
    }
    ApiJson.send(ctx, 200, Map.of("mapped", n));
  }

  private void listStock(Context ctx) {
    ApiJson.send(
        ctx,
        200,
        stock.list(ctx.queryParam("after"), PAGE).stream().map(StockRoutes::level).toList());
  }

  private void setStock(Context ctx) {
    OnHandBody b = ApiJson.read(ctx, OnHandBody.class, "stock");
    if (b.onHand() == null) {
      throw new HubException("\"onHand\" is required");
    }
    stock.set(ctx.pathParam("sku"), b.onHand(), b.note() == null ? "API" : b.note());
    ApiJson.send(ctx, 200, view(ctx.pathParam("sku")));
  }

  private void adjust(Context ctx) {
    List<StockService.Adjustment> list =
        ApiJson.read(ctx, new TypeReference<List<AdjustBody>>() {}).stream()
            .map(
                b -> {
                  if (b.delta() == null) {
                    throw new HubException("\"delta\" is required");
                  }
                  return new StockService.Adjustment(b.sku(), b.delta(), b.reason());
                })
            .toList();
    ApiJson.send(ctx, 200, stock.adjust(list).stream().map(StockRoutes::level).toList());
  }

  private void getStock(Context ctx) {
    ApiJson.send(ctx, 200, view(ctx.pathParam("sku")));
  }

  private void reconcile(Context ctx) {
    ApiJson.send(ctx, 200, reconcile.apply(ctx.pathParam("id"), true));
  }

  private void getRules(Context ctx) {
    ApiJson.send(ctx, 200, mappings.rules(ctx.pathParam("id")));
  }

  private void putRules(Context ctx) {
    RulesBody b = ApiJson.read(ctx, RulesBody.class, "stock rules");
    ShopStockRules rules;
    try {
      rules =
          new ShopStockRules(
              b.mode() == null ? null : OrderRoutes.enumValue(PushMode.class, b.mode(), "mode"),
              b.keepBack() == null ? 0 : b.keepBack(),
              b.keepBackPercent() == null ? 0 : b.keepBackPercent(),
              b.cap());
    } catch (IllegalArgumentException e) {
      throw new HubException(e.getMessage());
    }
    mappings.saveRules(ctx.pathParam("id"), rules);
    ApiJson.send(ctx, 200, rules);
  }

  private Map<String, Object> view(String sku) {
    StockService.StockView v = stock.view(sku);
    Map<String, Object> out = level(v.level());
    out.put(
        "shops",
        v.units().stream()
            .map(
                l -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("shop", l.shopId());
                  m.put("itemCode", l.itemCode());
                  m.put("optionCode", l.optionCode());
                  m.put("qoo10Qty", l.qoo10Qty());
                  m.put("pushedAt", l.pushedAt());
                  m.put("pushedQty", l.pushedQty());
                  m.put("pushPending", l.pushPending());
                  m.put("pushError", l.pushError());
                  return m;
                })
            .toList());
    out.put("moves", v.moves());
    return out;
  }

  private static Map<String, Object> level(StockLevel l) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sku", l.sku());
    out.put("onHand", l.onHand());
    out.put("reserved", l.reserved());
    out.put("available", l.available());
    out.put("short", l.shortfall());
    return out;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static Boolean bool(String s, String what) {
    String t = blank(s);
    if (t == null) {
      return null;
    }
    if (!t.equals("true") && !t.equals("false")) {
      throw new HubException(what + " must be true or false, not '" + s + "'");
    }
    return Boolean.valueOf(t);
  }

  private static long number(String s, String what) {
    String t = blank(s);
    try {
      return t == null ? 0 : Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new HubException(what + " must be a whole number, not '" + s + "'");
    }
  }
}
