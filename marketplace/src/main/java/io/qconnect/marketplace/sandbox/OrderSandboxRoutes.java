package io.qconnect.marketplace.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.order.Buyer;
import io.qconnect.marketplace.order.ClaimService;
import io.qconnect.marketplace.order.NewCart;
import io.qconnect.marketplace.order.OrderOutcome;
import io.qconnect.marketplace.order.OrderService;
import io.qconnect.marketplace.order.PaymentMethod;
import io.qconnect.marketplace.order.PlaceResult;
import io.qconnect.marketplace.order.Receiver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * The order part of {@code /sandbox}: place orders, pay, deliver, request cancellations and
 * returns, and drive the buyer simulator.
 */
public final class OrderSandboxRoutes {
  private final OrderService orders;
  private final ClaimService claims;
  private final BuyerSimulator simulator;

  public OrderSandboxRoutes(OrderService orders, ClaimService claims, BuyerSimulator simulator) {
    this.orders = orders;
    this.claims = claims;
    this.simulator = simulator;
  }

  public void mount(RoutesConfig routes, SandboxRoutes guard) {
    routes.post("/sandbox/orders", guard.guarded(this::place));
    routes.post("/sandbox/orders/{orderNo}/pay", guard.guarded(c -> act(c, orders::pay)));
    routes.post("/sandbox/orders/{orderNo}/deliver", guard.guarded(c -> act(c, orders::deliver)));
    routes.post(
        "/sandbox/orders/{orderNo}/cancel-request",
        guard.guarded(c -> act(c, no -> claims.requestCancel(no, reason(c, "注文内容を変更したい")))));
    routes.post(
        "/sandbox/orders/{orderNo}/return-request",
        guard.guarded(c -> act(c, no -> claims.requestReturn(no, reason(c, "イメージと違う")))));
    routes.post(
        "/sandbox/orders/{orderNo}/return-complete",
        guard.guarded(c -> act(c, claims::completeReturn)));
    routes.post("/sandbox/simulator", guard.guarded(this::startSimulator));
    routes.delete("/sandbox/simulator", guard.guarded(this::stopSimulator));
    routes.get("/sandbox/simulator", guard.guarded(c -> c.json(simulator.status())));
    routes.post("/sandbox/simulator/orders", guard.guarded(this::simulateOrders));
  }

  private void place(Context ctx) {
    JsonNode b = SandboxRoutes.body(ctx);
    List<NewCart.Line> lines = new ArrayList<>();
    for (JsonNode l : b.path("lines")) {
      String item =
          l.hasNonNull("itemCode") ? l.get("itemCode").asText() : l.path("sellerCode").asText("");
      lines.add(new NewCart.Line(item, l.path("optionCode").asText(""), l.path("qty").asInt(1)));
    }
    Buyer buyer = buyer(b.path("buyer"));
    PaymentMethod pay =
        b.hasNonNull("payment")
            ? PaymentMethod.parse(b.get("payment").asText())
            : PaymentMethod.CREDIT_CARD;
    NewCart cart =
        new NewCart(
            SandboxRoutes.text(b, "sellerId"),
            buyer,
            receiver(b.path("buyer"), buyer),
            pay,
            b.path("paid").asBoolean(true),
            lines,
            b.path("desiredDelivery").asText(""),
            b.path("message").asText(""),
            b.path("shippingFee").asLong(0));
    switch (orders.place(cart)) {
      case PlaceResult.Placed p -> {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("packNo", p.packNo());
        out.put("orderNos", p.orderNos());
        ctx.status(201).json(out);
      }
      case PlaceResult.Refused r -> ctx.status(409).json(Map.of("error", r.reason()));
    }
  }

  private static Buyer buyer(JsonNode b) {
    if (b.isMissingNode() || b.isNull()) {
      return BuyerData.buyer(new SplittableRandom(), 0);
    }
    return new Buyer(
        b.path("name").asText(""),
        b.path("kana").asText(""),
        b.path("tel").asText(""),
        b.path("mobile").asText(""),
        b.path("email").asText(""));
  }

  private static Receiver receiver(JsonNode b, Buyer buyer) {
    if (!b.hasNonNull("zipCode")) {
      return BuyerData.receiver(new SplittableRandom(buyer.name().hashCode()), buyer);
    }
    return new Receiver(
        b.path("receiverName").asText(buyer.name()),
        b.path("receiverKana").asText(buyer.kana()),
        buyer.tel(),
        buyer.mobile(),
        b.path("zipCode").asText(),
        b.path("address1").asText(""),
        b.path("address2").asText(""));
  }

  private static void act(Context ctx, LongFunction<OrderOutcome> action) {
    long orderNo;
    try {
      orderNo = Long.parseLong(ctx.pathParam("orderNo"));
    } catch (NumberFormatException e) {
      throw new MarketplaceException("not an order number: " + ctx.pathParam("orderNo"));
    }
    OrderOutcome o = action.apply(orderNo);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("orderNo", orderNo);
    out.put("code", o.code());
    out.put("message", o.message());
    ctx.status(o.isSuccess() ? 200 : 409).json(out);
  }

  private static String reason(Context ctx, String fallback) {
    return ctx.body().isBlank()
        ? fallback
        : SandboxRoutes.body(ctx).path("reason").asText(fallback);
  }

  private void startSimulator(Context ctx) {
    JsonNode b = SandboxRoutes.body(ctx);
    simulator.start(b.path("ordersPerMinute").asDouble(30), b.path("seed").asLong(7));
    ctx.json(simulator.status());
  }

  private void stopSimulator(Context ctx) {
    simulator.stop();
    ctx.json(simulator.status());
  }

  private void simulateOrders(Context ctx) {
    int n = SandboxRoutes.body(ctx).path("count").asInt(1);
    if (n < 1 || n > 10_000) {
      throw new MarketplaceException("count must be 1..10000");
    }
    List<PlaceResult.Placed> placed = simulator.placeOrders(n);
    ctx.status(201)
        .json(
            Map.of(
                "carts",
                placed.size(),
                "lines",
                placed.stream().mapToInt(p -> p.orderNos().size()).sum()));
  }
}
