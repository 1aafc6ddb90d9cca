package io.qconnect.hub.tracking;

import io.qconnect.hub.core.LeaseLock;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderLines;
import io.qconnect.hub.orders.Qoo10Action;
import io.qconnect.hub.shop.LineAnswer;
import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.order.Sending;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sends due write-backs to Qoo10: SetSendingInfo for one line, SetSendingInfoBulk (chunks of 500)
 * for more. Each line's answer is recorded; a failure is tried again after an exponential {@link
 * Backoff}, for ever. A line cancelled meanwhile is not sent; a line on hold waits. One shop's
 * queue is sent by one node at a time.
 */
public final class ShipmentSender {
  private final JdbcShipmentStore store = new JdbcShipmentStore();
  private final Jdbi jdbi;
  private final OrderLines orders;
  private final ShopConnections connections;
  private final LeaseLock locks;
  private final Backoff backoff;
  private final Clock clock;

  public ShipmentSender(
      Jdbi jdbi,
      OrderLines orders,
      ShopConnections connections,
      LeaseLock locks,
      Backoff backoff,
      Clock clock) {
    this.jdbi = jdbi;
    this.orders = orders;
    this.connections = connections;
    this.locks = locks;
    this.backoff = backoff;
    this.clock = clock;
  }

  /** Sends every shop's due write-backs. */
  public SendReport sendDue() {
    SendReport total = SendReport.NONE;
    Instant now = clock.instant();
    for (String shopId : jdbi.withHandle(h -> store.shopsWithDue(h, now))) {
      total = total.plus(sendDue(shopId));
    }
    return total;
  }

  /**
   * Sends one shop's due write-backs; nothing when another sender (this node's or another's) holds
   * the shop's lease right now. That sender then sends them: a pass looks at the queue again once
   * it has let the lease go and, when rows it has not seen are due (queued while it ran, whose own
   * send found the lease taken), takes the lease again for them. Rows it has seen and left (a line
   * on hold) do not bring it back.
   */
  public SendReport sendDue(String shopId) {
    SendReport total = SendReport.NONE;
    Set<Long> seen = new HashSet<>();
    while (true) {
      Optional<LeaseLock.Lease> lease = locks.tryAcquire("shipments:" + shopId);
      if (lease.isEmpty()) {
        return total; // its holder looks again after letting it go
      }
      try {
        total = total.plus(sendUnseen(shopId, seen));
      } finally {
        lease.get().close();
      }
      Instant now = clock.instant();
      boolean more =
          jdbi.withHandle(h -> store.due(h, shopId, now)).stream()
              .anyMatch(s -> !seen.contains(s.id()));
      if (!more) {
        return total;
      }
    }
  }

  /** One pass under the lease: the due rows not in {@code seen}, which it adds them to. */
  private SendReport sendUnseen(String shopId, Set<Long> seen) {
    List<Shipment> ready = new ArrayList<>();
    Instant now = clock.instant();
    for (Shipment s : jdbi.withHandle(h -> store.due(h, shopId, now))) {
      if (seen.add(s.id())) {
        sortOut(s).ifPresent(ready::add);
      }
    }
    return ready.isEmpty() ? SendReport.NONE : record(ready, send(shopId, ready));
  }

  /** Cancelled lines are dropped from the queue, lines on hold wait; the rest go. */
  private Optional<Shipment> sortOut(Shipment s) {
    Optional<OrderLine> line = jdbi.withHandle(h -> orders.find(h, s.shopId(), s.orderNo()));
    HubStatus status = line.map(OrderLine::hubStatus).orElse(HubStatus.CANCELLED);
    if (status == HubStatus.CANCELLED) {
      Instant now = clock.instant();
      jdbi.useTransaction(
          h ->
              store.record(
                  h, s, ShipmentState.CANCELLED, null, "the order line was cancelled", now, now));
      return Optional.empty();
    }
    return status == HubStatus.ON_HOLD ? Optional.empty() : Optional.of(s);
  }

  /** One line per order number (unique per shop), in queue order. */
  private Map<Long, LineAnswer> send(String shopId, List<Shipment> ready) {
    Map<Long, Sending> sendings = new LinkedHashMap<>();
    ready.forEach(s -> sendings.put(s.orderNo(), sending(s)));
    return connections.perLine(
        shopId, sendings, QapiSeller::setSendingInfo, QapiSeller::setSendingInfoBulk);
  }

  private static boolean sent(LineAnswer a) {
    return a.code() != null && a.code() == 0;
  }

  private SendReport record(List<Shipment> ready, Map<Long, LineAnswer> answers) {
    Instant now = clock.instant();
    int sent = 0;
    List<String> errors = new ArrayList<>();
    for (Shipment s : ready) {
      LineAnswer a = answers.get(s.orderNo());
      jdbi.useTransaction(h -> write(h, s, a, now));
      if (sent(a)) {
        sent++;
      } else {
        errors.add("order " + s.orderNo() + ": " + a.describe());
      }
    }
    return new SendReport(ready.size(), sent, ready.size() - sent, errors);
  }

  private void write(Handle h, Shipment s, LineAnswer a, Instant now) {
    String note = Qoo10Action.SEND_TRACKING.method() + " " + s.carrier() + " " + s.trackingNo();
    if (sent(a)) {
      store.record(h, s, ShipmentState.SENT, a.code(), "", now, now);
      orders.setTracking(h, s.shopId(), s.orderNo(), s.carrier(), s.trackingNo(), now);
      orders.addHistory(
          h,
          s.shopId(),
          List.of(
              new HistoryEntry(
                  s.orderNo(), now, HistoryKind.TRACKING_SENT, "", s.trackingNo(), note)));
      return;
    }
    int attempts = s.attempts() + 1;
    Instant next = now.plus(backoff.delayAfter(attempts));
    store.record(h, s, ShipmentState.FAILED, a.code(), a.describe(), next, now);
    orders.addHistory(
        h,
        s.shopId(),
        List.of(
            new HistoryEntry(
                s.orderNo(),
                now,
                HistoryKind.TRACKING_FAILED,
                "",
                "",
                note + " → " + a.describe() + " (attempt " + attempts + ", next " + next + ")")));
  }

  private static Sending sending(Shipment s) {
    return new Sending(Long.toString(s.orderNo()), s.carrier(), s.trackingNo());
  }
}
