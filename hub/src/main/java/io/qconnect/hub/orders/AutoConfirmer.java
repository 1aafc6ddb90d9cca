package io.qconnect.hub.orders;

import io.qconnect.hub.HubException;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.client.BulkResult;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.order.SellerCheck;
import io.qconnect.protocol.order.SellerCheckBulkRow;
import io.qconnect.protocol.wire.QapiDates;
import io.qconnect.protocol.wire.QapiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Automatic Order Confirmation (R76, R77): every line still in Qoo10 status 2 is confirmed with an
 * estimated ship date ({@link ShipDatePolicy}) — SetSellerCheckYN_V2 for one line,
 * SetSellerCheckYNBulk for more. Qoo10's answer is recorded on each line; a line that failed stays
 * due and is tried again on the next run, never dropped.
 */
public final class AutoConfirmer {
  /** SetSellerCheckYNBulk: the line is already confirmed — which is what we wanted. */
  static final int ALREADY_CONFIRMED = -10012;

  private final ShopConnections connections;
  private final JdbcOrderStore store;
  private final ShipDatePolicy policy;
  private final Clock clock;

  public AutoConfirmer(
      ShopConnections connections,
      JdbcOrderStore store,
      JapaneseBusinessCalendar calendar,
      Clock clock) {
    this.connections = connections;
    this.store = store;
    this.policy = new ShipDatePolicy(calendar);
    this.clock = clock;
  }

  /** Confirms the shop's due lines if the shop asks for it. */
  public ConfirmReport confirm(Shop shop) {
    if (!shop.settings().autoConfirm()) {
      return ConfirmReport.NONE;
    }
    List<OrderLine> due = store.dueForConfirmation(shop.shopId());
    if (due.isEmpty()) {
      return ConfirmReport.NONE;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), QapiDates.JST);
    Map<Long, SellerCheck> checks = new LinkedHashMap<>();
    for (OrderLine l : due) {
      LocalDate est =
          policy.estimatedShipDate(l.paymentDate(), today, shop.settings().confirmBusinessDays());
      checks.put(l.orderNo(), SellerCheck.of(Long.toString(l.orderNo()), est));
    }
    Map<Long, Answer> answers = send(shop.shopId(), checks);
    return record(due, checks, answers);
  }

  private record Answer(Integer code, String message) {
    boolean confirmed() {
      return code != null && (code == 0 || code == ALREADY_CONFIRMED);
    }
  }

  private Map<Long, Answer> send(String shopId, Map<Long, SellerCheck> checks) {
    Map<Long, Answer> out = new HashMap<>();
    try {
      if (checks.size() == 1) {
        Map.Entry<Long, SellerCheck> only = checks.entrySet().iterator().next();
        QapiResult<Void> r = connections.call(shopId, s -> s.setSellerCheck(only.getValue()));
        out.put(only.getKey(), new Answer(r.code(), r.message()));
        return out;
      }
      List<SellerCheck> list = List.copyOf(checks.values());
      BulkResult<SellerCheckBulkRow> r = connections.call(shopId, s -> s.setSellerCheckBulk(list));
      for (SellerCheckBulkRow row : r.rows()) {
        out.put(Long.valueOf(row.subject().trim()), new Answer(row.code(), row.message()));
      }
      Answer missing =
          r.code() != 0
              ? new Answer(r.code(), r.message())
              : new Answer(null, "Qoo10 sent no result for this line");
      checks.keySet().forEach(no -> out.putIfAbsent(no, missing));
    } catch (QapiException | HubException | NumberFormatException e) {
      checks.keySet().forEach(no -> out.put(no, new Answer(null, e.getMessage())));
    }
    return out;
  }

  private ConfirmReport record(
      List<OrderLine> due, Map<Long, SellerCheck> checks, Map<Long, Answer> answers) {
    int confirmed = 0;
    List<String> errors = new ArrayList<>();
    Instant now = clock.instant();
    for (OrderLine l : due) {
      Answer a = answers.get(l.orderNo());
      LocalDate est = checks.get(l.orderNo()).estShipDate();
      store.jdbi().useTransaction(h -> write(h, l, a, est, now));
      if (a.confirmed()) {
        confirmed++;
      } else {
        errors.add("order " + l.orderNo() + ": " + describe(a));
      }
    }
    int failed = due.size() - confirmed;
    return new ConfirmReport(due.size(), confirmed, failed, errors);
  }

  private void write(org.jdbi.v3.core.Handle h, OrderLine l, Answer a, LocalDate est, Instant now) {
    boolean ok = a.confirmed();
    Confirmation c =
        new Confirmation(
            a.code(), a.message(), l.confirmation().attempts() + 1, est, ok ? now : null);
    HubStatus hub = ok ? HubStatus.CONFIRMED : l.hubStatus();
    store.recordConfirmation(h, l, c, ok, hub, now);
    String note = Qoo10Action.CONFIRM.method() + " EstShipDt=" + est + " → " + describe(a);
    HistoryEntry e =
        ok
            ? new HistoryEntry(
                l.orderNo(), now, HistoryKind.CONFIRMED, l.hubStatus().name(), hub.name(), note)
            : new HistoryEntry(l.orderNo(), now, HistoryKind.CONFIRM_FAILED, "", "", note);
    store.addHistory(h, l.shopId(), List.of(e));
  }

  private static String describe(Answer a) {
    return a.code() == null ? a.message() : a.code() + " " + a.message();
  }
}
