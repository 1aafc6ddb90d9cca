package io.qconnect.marketplace.sandbox;

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
        "/sandbox/orders/{orderNo}/exchange-request",
        guard.guarded(c -> act(c, no -> claims.requestExchange(no, reason(c, "サイズを交換したい")))));
    routes.post(
        "/sandbox/orders/{orderNo}/return-complete",
        guard.guarded(c -> act(c, claims::completeReturn)));
    routes.post("/sandbox/simulator", guard.guarded(this::startSimulator));
    routes.delete("/sandbox/simulator", guard.guarded(this::stopSimulator));
    routes.get("/sandbox/simulator", guard.guarded(c -> c.json(simulator.status())));
    routes.post("/sandbox/simulator/orders", guard.guarded(this::simulateOrders));
  }

  private void place(Context ctx) {
    SandboxBodies.OrderBody b = SandboxRoutes.read(ctx, SandboxBodies.OrderBody.class);
    List<NewCart.Line> lines = new ArrayList<>();
    for (SandboxBodies.LineBody l :
        SandboxBodies.or(b.lines(), List.<SandboxBodies.LineBody>of())) {
      String item = l.itemCode() != null ? l.itemCode() : SandboxBodies.or(l.sellerCode(), "");
      lines.add(
          new NewCart.Line(
              item, SandboxBodies.or(l.optionCode(), ""), SandboxBodies.or(l.qty(), 1)));
    }
    Buyer buyer = buyer(b.buyer());
    PaymentMethod pay =
        b.payment() != null ? PaymentMethod.parse(b.payment()) : PaymentMethod.CREDIT_CARD;
    NewCart cart =
        new NewCart(
            SandboxBodies.required(b.sellerId(), "sellerId"),
            buyer,
            receiver(b.buyer(), buyer),
            pay,
            SandboxBodies.or(b.paid(), true),
            lines,
            SandboxBodies.or(b.desiredDelivery(), ""),
            SandboxBodies.or(b.message(), ""),
            SandboxBodies.or(b.shippingFee(), 0L));
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

  private static Buyer buyer(SandboxBodies.BuyerBody b) {
    if (b == null) {
      return BuyerData.buyer(new SplittableRandom(), 0);
    }
    return new Buyer(
        SandboxBodies.or(b.name(), ""),
        SandboxBodies.or(b.kana(), ""),
        SandboxBodies.or(b.tel(), ""),
        SandboxBodies.or(b.mobile(), ""),
        SandboxBodies.or(b.email(), ""));
  }

  private static Receiver receiver(SandboxBodies.BuyerBody b, Buyer buyer) {
    if (b == null || b.zipCode() == null) {
      return BuyerData.receiver(new SplittableRandom(buyer.name().hashCode()), buyer);
    }
    return new Receiver(
        SandboxBodies.or(b.receiverName(), buyer.name()),
        SandboxBodies.or(b.receiverKana(), buyer.kana()),
        buyer.tel(),
        buyer.mobile(),
        b.zipCode(),
        SandboxBodies.or(b.address1(), ""),
        SandboxBodies.or(b.address2(), ""));
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
    if (!o.isSuccess()) {
      out.put("error", o.code() + " " + o.message()); // the sandbox's error shape (README)
    }
    ctx.status(o.isSuccess() ? 200 : 409).json(out);
  }

  private static String reason(Context ctx, String fallback) {
    return SandboxBodies.or(
        SandboxRoutes.read(ctx, SandboxBodies.ReasonBody.class).reason(), fallback);
  }

  private void startSimulator(Context ctx) {
    SandboxBodies.SimulatorBody b = SandboxRoutes.read(ctx, SandboxBodies.SimulatorBody.class);
    simulator.start(SandboxBodies.or(b.ordersPerMinute(), 30.0), SandboxBodies.or(b.seed(), 7L));
    ctx.json(simulator.status());
  }

  private void stopSimulator(Context ctx) {
    simulator.stop();
    ctx.json(simulator.status());
  }

  private void simulateOrders(Context ctx) {
    int n = SandboxBodies.or(SandboxRoutes.read(ctx, SandboxBodies.CountBody.class).count(), 1);
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
