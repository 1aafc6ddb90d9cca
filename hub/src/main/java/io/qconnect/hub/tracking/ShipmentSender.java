package io.qconnect.hub.tracking;

import io.qconnect.hub.HubException;
import io.qconnect.hub.LeaseLock;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.JdbcOrderStore;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.Qoo10Action;
import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.protocol.client.BulkResult;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.order.Sending;
import io.qconnect.protocol.order.SendingBulkRow;
import io.qconnect.protocol.wire.QapiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sends due write-backs to Qoo10: SetSendingInfo for one line, SetSendingInfoBulk (chunks of 500)
 * for more. Each line's answer is recorded; a failure is tried again after an exponential {@link
 * Backoff}, for ever. A line cancelled meanwhile is not sent; a line on hold waits. One shop's
 * queue is sent by one node at a time.
 */
public final class ShipmentSender {
  private final Jdbi jdbi;
  private final JdbcShipmentStore store;
  private final JdbcOrderStore orders;
  private final ShopConnections connections;
  private final LeaseLock locks;
  private final Backoff backoff;
  private final Clock clock;

  public ShipmentSender(
      JdbcOrderStore orders,
      ShopConnections connections,
      LeaseLock locks,
      Backoff backoff,
      Clock clock) {
    this.jdbi = orders.jdbi();
    this.store = new JdbcShipmentStore(jdbi);
    this.orders = orders;
    this.connections = connections;
    this.locks = locks;
    this.backoff = backoff;
    this.clock = clock;
  }

  /** Sends every shop's due write-backs. */
  public SendReport sendDue() {
    SendReport total = SendReport.NONE;
    for (String shopId : store.shopsWithDue(clock.instant())) {
      total = total.plus(sendDue(shopId));
    }
    return total;
  }

  /** Sends one shop's due write-backs; nothing when another node is sending them right now. */
  public SendReport sendDue(String shopId) {
    Optional<LeaseLock.Lease> lease = locks.tryAcquire("shipments:" + shopId);
    if (lease.isEmpty()) {
      return SendReport.NONE;
    }
    try {
      List<Shipment> ready = new ArrayList<>();
      for (Shipment s : store.due(shopId, clock.instant())) {
        sortOut(s).ifPresent(ready::add);
      }
      return ready.isEmpty() ? SendReport.NONE : record(ready, send(shopId, ready));
    } finally {
      lease.get().close();
    }
  }

  /** Cancelled lines are dropped from the queue, lines on hold wait; the rest go. */
  private Optional<Shipment> sortOut(Shipment s) {
    Optional<OrderLine> line = orders.find(s.shopId(), s.orderNo());
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

  private record Answer(Integer code, String message) {
    boolean ok() {
      return code != null && code == 0;
    }

    String describe() {
      return code == null ? message : code + " " + message;
    }
  }

  private Map<Long, Answer> send(String shopId, List<Shipment> ready) {
    Map<Long, Answer> out = new HashMap<>();
    try {
      if (ready.size() == 1) {
        Shipment s = ready.get(0);
        QapiResult<Void> r = connections.call(shopId, q -> q.setSendingInfo(sending(s)));
        out.put(s.orderNo(), new Answer(r.code(), r.message()));
        return out;
      }
      List<Sending> list = ready.stream().map(ShipmentSender::sending).toList();
      BulkResult<SendingBulkRow> r = connections.call(shopId, q -> q.setSendingInfoBulk(list));
      for (SendingBulkRow row : r.rows()) {
        out.put(Long.valueOf(row.subject().trim()), new Answer(row.code(), row.message()));
      }
      Answer missing =
          r.code() != 0
              ? new Answer(r.code(), r.message())
              : new Answer(null, "Qoo10 sent no result for this line");
      ready.forEach(s -> out.putIfAbsent(s.orderNo(), missing));
    } catch (QapiException | HubException | NumberFormatException e) {
      ready.forEach(s -> out.put(s.orderNo(), new Answer(null, e.getMessage())));
    }
    return out;
  }

  private SendReport record(List<Shipment> ready, Map<Long, Answer> answers) {
    Instant now = clock.instant();
    int sent = 0;
    List<String> errors = new ArrayList<>();
    for (Shipment s : ready) {
      Answer a = answers.get(s.orderNo());
      jdbi.useTransaction(h -> write(h, s, a, now));
      if (a.ok()) {
        sent++;
      } else {
        errors.add("order " + s.orderNo() + ": " + a.describe());
      }
    }
    return new SendReport(ready.size(), sent, ready.size() - sent, errors);
  }

  private void write(Handle h, Shipment s, Answer a, Instant now) {
    String note = Qoo10Action.SEND_TRACKING.method() + " " + s.carrier() + " " + s.trackingNo();
    if (a.ok()) {
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
