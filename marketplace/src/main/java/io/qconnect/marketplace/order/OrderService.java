package io.qconnect.marketplace.order;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.marketplace.core.Times;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Moves orders through Qoo10's status machine. Each action runs in one transaction that locks the
 * line, checks the transition, writes the change, moves stock and records the outbox event, so that
 * nothing is half-done and two actors cannot both win a race.
 */
public final class OrderService {
  /** The furthest ahead an estimated ship date may be (SetSellerCheckYNBulk -10017). */
  public static final int MAX_EST_SHIP_DAYS = 30;

  private final Jdbi jdbi;
  private final JdbcOrderStore store = new JdbcOrderStore();
  private final Clock clock;
  private final CartPlacer placer;

  public OrderService(Jdbi jdbi, Catalogue catalogue, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.placer = new CartPlacer(jdbi, catalogue, clock);
  }

  /** Places a cart: all lines or none; stock never goes below zero. */
  public PlaceResult place(NewCart cart) {
    return placer.place(cart);
  }

  /** The buyer pays a prepaid cart: its lines move 1 → 2. */
  public OrderOutcome pay(long orderNo) {
    return jdbi.inTransaction(
        h -> {
          OrderLine any = store.lockLine(h, orderNo).orElseThrow(() -> notFound(orderNo));
          List<OrderLine> unpaid =
              store.linesOfPack(h, any.packNo()).stream()
                  .filter(
                      l ->
                          l.status() == ShippingStatus.AWAITING_SHIPPING && l.claimStatus() == null)
                  .toList();
          if (unpaid.isEmpty()) {
            return new OrderOutcome(OrderCodes.NOT_AWAITING, "The order is not awaiting payment.");
          }
          LocalDateTime now = now();
          store.pay(h, any.packNo(), now);
          for (OrderLine l : unpaid) {
            JdbcOutbox.record(h, l, OrderEvent.ORDER_NOTICE, "", now);
            JdbcOutbox.record(h, l, OrderEvent.SHIPPING_REQUEST, "", now);
          }
          return OrderOutcome.OK;
        });
  }

  /**
   * SetSellerCheckYN_V2: confirms a line in status 2 with its estimated ship date (status 3).
   *
   * @param requireDate true for the bulk method, where a missing date is -10016
   */
  public OrderOutcome confirm(
      String sellerId,
      long orderNo,
      LocalDate est,
      String delayType,
      String memo,
      boolean requireDate) {
    LocalDate today = Times.today(clock);
    if (est == null && requireDate) {
      return new OrderOutcome(OrderCodes.EST_SHIP_DATE_FORMAT, "EstShipDt is required.");
    }
    if (est != null && !est.isAfter(today)) {
      return new OrderOutcome(
          OrderCodes.EST_SHIP_DATE_NOT_FUTURE, "EstShipDt must be after today.");
    }
    if (est != null && est.isAfter(today.plusDays(MAX_EST_SHIP_DAYS))) {
      return new OrderOutcome(
          OrderCodes.EST_SHIP_DATE_TOO_LATE,
          "EstShipDt is beyond the allowed maximum (" + MAX_EST_SHIP_DAYS + " days).");
    }
    return jdbi.inTransaction(h -> confirmIn(h, sellerId, orderNo, est, delayType, memo));
  }

  private OrderOutcome confirmIn(
      Handle h, String sellerId, long orderNo, LocalDate est, String delayType, String memo) {
    OrderLine l =
        store.lockLine(h, orderNo).filter(x -> x.sellerId().equals(sellerId)).orElse(null);
    if (l == null) {
      return new OrderOutcome(OrderCodes.BAD_ORDER, "Order not found for this seller.");
    }
    if (l.status() == ShippingStatus.SELLER_CONFIRM) {
      return new OrderOutcome(
          OrderCodes.ALREADY_CONFIRMED, "This order has already been confirmed.");
    }
    if (l.status() != ShippingStatus.ON_REQUEST || l.isCancelled()) {
      return new OrderOutcome(
          OrderCodes.NOT_AWAITING, "The order is not in the shipping requested status.");
    }
    LocalDateTime now = now();
    store.confirm(h, orderNo, est, delayType, memo, now);
    JdbcOutbox.record(h, l, OrderEvent.SELLER_CONFIRMED, est == null ? "" : est.toString(), now);
    return OrderOutcome.OK;
  }

  /**
   * SetSendingInfo: carrier and tracking on a line in status 2 or 3 (status 4, ShippingDate). A
   * buyer's open cancel request is declined by shipping. Sending again on status 4 corrects the
   * tracking, so that a retried call is harmless.
   */
  public OrderOutcome ship(String sellerId, long orderNo, String carrier, String tracking) {
    if (carrier == null || carrier.isBlank() || tracking == null || tracking.isBlank()) {
      return new OrderOutcome(
          OrderCodes.SENDING_INFO_MISSING, "ShippingCorp and TrackingNo are required.");
    }
    if (carrier.length() > 200 || tracking.length() > 50) {
      return new OrderOutcome(
          OrderCodes.SENDING_INFO_MISSING, "ShippingCorp (200) or TrackingNo (50) is too long.");
    }
    return jdbi.inTransaction(
        h -> {
          OrderLine l =
              store.lockLine(h, orderNo).filter(x -> x.sellerId().equals(sellerId)).orElse(null);
          if (l == null) {
            return new OrderOutcome(OrderCodes.BAD_ORDER, "Order not found for this seller.");
          }
          if (l.isCancelled()
              || !store.ship(h, orderNo, carrier.strip(), tracking.strip(), now())) {
            return new OrderOutcome(
                OrderCodes.CANNOT_SHIP, "The order cannot be shipped in its status.");
          }
          if (l.claimStatus() == ClaimStatus.CANCEL_REQUESTED) {
            store.clearClaim(h, orderNo, now());
            JdbcOutbox.record(h, l, OrderEvent.CANCEL_DECLINED, "shipped", now());
          }
          JdbcOutbox.record(
              h, l, OrderEvent.SHIPPED, carrier.strip() + " " + tracking.strip(), now());
          return OrderOutcome.OK;
        });
  }

  /**
   * ShippingBasic.SetSendingComplete: the seller reports a line on delivery as delivered (4 → 5).
   * The reference gives no parameters; this takes SetSendingInfo's OrderNo and answers its codes.
   */
  public OrderOutcome sendingComplete(String sellerId, long orderNo) {
    return jdbi.inTransaction(
        h -> {
          OrderLine l =
              store.lockLine(h, orderNo).filter(x -> x.sellerId().equals(sellerId)).orElse(null);
          if (l == null) {
            return new OrderOutcome(OrderCodes.BAD_ORDER, "Order not found for this seller.");
          }
          if (l.isCancelled() || !store.deliver(h, orderNo, now())) {
            return new OrderOutcome(
                OrderCodes.CANNOT_DELIVER, "Only an order on delivery can be completed.");
          }
          JdbcOutbox.record(h, l, OrderEvent.DELIVERED, "SetSendingComplete", now());
          return OrderOutcome.OK;
        });
  }

  /** The carrier delivered a line (4 → 5): an outside event. */
  public OrderOutcome deliver(long orderNo) {
    return jdbi.inTransaction(
        h -> {
          OrderLine l = store.lockLine(h, orderNo).orElseThrow(() -> notFound(orderNo));
          if (!store.deliver(h, orderNo, now())) {
            return new OrderOutcome(
                OrderCodes.CANNOT_DELIVER, "Only a line on delivery can be delivered.");
          }
          JdbcOutbox.record(h, l, OrderEvent.DELIVERED, "", now());
          return OrderOutcome.OK;
        });
  }

  /** One line, for the sandbox and screens. */
  public OrderLine line(long orderNo) {
    return jdbi.withHandle(h -> store.line(h, orderNo)).orElseThrow(() -> notFound(orderNo));
  }

  public List<OrderLine> linesOfPack(long packNo) {
    return jdbi.withHandle(h -> store.linesOfPack(h, packNo));
  }

  private LocalDateTime now() {
    return Times.now(clock);
  }

  static MarketplaceException notFound(long orderNo) {
    return new NotFoundException("no order line " + orderNo);
  }
}
