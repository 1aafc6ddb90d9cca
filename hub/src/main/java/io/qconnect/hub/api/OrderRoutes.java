package io.qconnect.hub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.fulfilment.FulfilmentService;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderCursor;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderQuery;
import io.qconnect.hub.orders.OrderService;
import io.qconnect.hub.tracking.Shipment;
import io.qconnect.hub.tracking.ShipmentService;
import io.qconnect.hub.tracking.ShipmentState;
import io.qconnect.hub.tracking.ShippedLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/orders}: list and show imported lines (with history), report lines shipped (the
 * tracking write-back queue), give fulfilment instructions; {@code /api/shipments}: the queue.
 */
final class OrderRoutes {
  private final OrderService orders;
  private final ShipmentService shipments;
  private final FulfilmentService fulfilment;

  OrderRoutes(OrderService orders, ShipmentService shipments, FulfilmentService fulfilment) {
    this.orders = orders;
    this.shipments = shipments;
    this.fulfilment = fulfilment;
  }

  /** One line in detail. */
  record Detail(
      OrderLine line,
      List<Long> cart,
      Shipment shipment,
      JsonNode qoo10,
      List<HistoryEntry> history) {}

  void mount(RoutesConfig routes, ApiGuard g) {
    routes.get("/api/orders", g.guard(this::list));
    routes.get("/api/orders/{shop}/{orderNo}", g.guard(this::detail));
    routes.post("/api/orders/ship", g.guard(this::ship));
    routes.post("/api/orders/ship.csv", g.guard(this::shipCsv));
    routes.post("/api/orders/instruct", g.guard(this::instruct));
    routes.get("/api/shipments", g.guard(this::shipmentList));
  }

  private void list(Context ctx) {
    OrderQuery q =
        new OrderQuery(
            blankToNull(ctx.queryParam("shop")),
            status(ctx.queryParam("status")),
            date(ctx.queryParam("from"), "from"),
            date(ctx.queryParam("to"), "to"),
            limit(ctx.queryParam("limit")));
    if (ctx.queryParamMap().containsKey("after")) {
      ApiJson.send(ctx, 200, orders.page(q, OrderCursor.parse(ctx.queryParam("after"))));
    } else {
      ApiJson.send(ctx, 200, orders.list(q));
    }
  }

  private void detail(Context ctx) throws JsonProcessingException {
    String shop = ctx.pathParam("shop");
    long no = orderNo(ctx.pathParam("orderNo"));
    OrderLine line = orders.get(shop, no);
    List<Long> cart = orders.cart(shop, line.packNo()).stream().map(OrderLine::orderNo).toList();
    Detail d =
        new Detail(
            line,
            cart,
            shipments.find(shop, no).orElse(null),
            ApiJson.MAPPER.readTree(orders.detailJson(shop, no)),
            orders.history(shop, no));
    ApiJson.send(ctx, 200, d);
  }

  /**
   * A CSV of {@code orderNo,carrier,trackingNo} for one shop ({@code ?shop=}), e.g. a warehouse's
   * export: refused as a whole, naming row and column, when any row is bad.
   */
  private void shipCsv(Context ctx) {
    String shop = ctx.queryParam("shop");
    if (shop == null || shop.isBlank()) {
      throw new io.qconnect.hub.core.HubException("?shop= is required");
    }
    String name = ctx.queryParam("file") == null ? "shipments.csv" : ctx.queryParam("file");
    ApiJson.send(
        ctx,
        202,
        shipments.importCsv(
            shop,
            new java.io.StringReader(
                new String(ctx.bodyAsBytes(), java.nio.charset.StandardCharsets.UTF_8)),
            name));
  }

  private void ship(Context ctx) {
    List<ShippedLine> lines =
        ApiJson.read(ctx, new TypeReference<List<Bodies.ShipItem>>() {}).stream()
            .map(Bodies.ShipItem::toLine)
            .toList();
    ApiJson.send(ctx, 202, shipments.markShipped(lines));
  }

  private void instruct(Context ctx) {
    Bodies.Instruction b = ApiJson.read(ctx, Bodies.Instruction.class, "instruction");
    List<Long> nos = b.orderNos().stream().map(OrderRoutes::orderNo).toList();
    ApiJson.send(ctx, 200, fulfilment.instruct(b.shop(), nos));
  }

  private void shipmentList(Context ctx) {
    String state = blankToNull(ctx.queryParam("state"));
    ShipmentState s = state == null ? null : enumValue(ShipmentState.class, state, "state");
    ApiJson.send(ctx, 200, shipments.list(blankToNull(ctx.queryParam("shop")), s));
  }

  private static HubStatus status(String text) {
    String t = blankToNull(text);
    return t == null ? null : enumValue(HubStatus.class, t, "status");
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String text, String what) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new HubException(
          what + " must be one of " + List.of(type.getEnumConstants()) + ", not '" + text + "'");
    }
  }

  static LocalDate date(String text, String what) {
    String t = blankToNull(text);
    try {
      return t == null ? null : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new HubException(what + " must be a date (yyyy-MM-dd), not '" + text + "'");
    }
  }

  static int limit(String text) {
    String t = blankToNull(text);
    try {
      return t == null ? 1000 : Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new HubException("limit must be a number, not '" + text + "'");
    }
  }

  static long orderNo(String text) {
    if (text == null) {
      throw new HubException("an order number is required");
    }
    try {
      long no = Long.parseLong(text.trim());
      if (no > 0) {
        return no;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw new HubException("not an order number: '" + text + "'");
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
