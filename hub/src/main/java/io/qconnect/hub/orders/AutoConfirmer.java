package io.qconnect.hub.orders;

import io.qconnect.hub.shop.LineAnswer;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.order.SellerCheck;
import io.qconnect.protocol.wire.QapiDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

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
  private final Jdbi jdbi;
  private final JdbcOrderStore store = new JdbcOrderStore();
  private final ShipDatePolicy policy;
  private final Clock clock;

  public AutoConfirmer(
      ShopConnections connections, Jdbi jdbi, JapaneseBusinessCalendar calendar, Clock clock) {
    this.connections = connections;
    this.jdbi = jdbi;
    this.policy = new ShipDatePolicy(calendar);
    this.clock = clock;
  }

  /** Confirms the shop's due lines if the shop asks for it. */
  public ConfirmReport confirm(Shop shop) {
    if (!shop.settings().autoConfirm()) {
      return ConfirmReport.NONE;
    }
    List<OrderLine> due = jdbi.withHandle(h -> store.dueForConfirmation(h, shop.shopId()));
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
    Map<Long, LineAnswer> answers =
        connections.perLine(
            shop.shopId(), checks, QapiSeller::setSellerCheck, QapiSeller::setSellerCheckBulk);
    return record(due, checks, answers);
  }

  private static boolean confirmed(LineAnswer a) {
    return a.code() != null && (a.code() == 0 || a.code() == ALREADY_CONFIRMED);
  }

  private ConfirmReport record(
      List<OrderLine> due, Map<Long, SellerCheck> checks, Map<Long, LineAnswer> answers) {
    int confirmed = 0;
    List<String> errors = new ArrayList<>();
    Instant now = clock.instant();
    for (OrderLine l : due) {
      LineAnswer a = answers.get(l.orderNo());
      LocalDate est = checks.get(l.orderNo()).estShipDate();
      jdbi.useTransaction(h -> write(h, l, a, est, now));
      if (confirmed(a)) {
        confirmed++;
      } else {
        errors.add("order " + l.orderNo() + ": " + a.describe());
      }
    }
    int failed = due.size() - confirmed;
    return new ConfirmReport(due.size(), confirmed, failed, errors);
  }

  private void write(
      org.jdbi.v3.core.Handle h, OrderLine l, LineAnswer a, LocalDate est, Instant now) {
    boolean ok = confirmed(a);
    Confirmation c =
        new Confirmation(
            a.code(), a.message(), l.confirmation().attempts() + 1, est, ok ? now : null);
    HubStatus hub = ok ? HubStatus.CONFIRMED : l.hubStatus();
    store.recordConfirmation(h, l, c, ok, hub, now);
    String note = Qoo10Action.CONFIRM.method() + " EstShipDt=" + est + " → " + a.describe();
    HistoryEntry e =
        ok
            ? new HistoryEntry(
                l.orderNo(), now, HistoryKind.CONFIRMED, l.hubStatus().name(), hub.name(), note)
            : new HistoryEntry(l.orderNo(), now, HistoryKind.CONFIRM_FAILED, "", "", note);
    store.addHistory(h, l.shopId(), List.of(e));
  }
}
