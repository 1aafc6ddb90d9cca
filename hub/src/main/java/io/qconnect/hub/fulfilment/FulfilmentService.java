package io.qconnect.hub.fulfilment;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderLines;
import io.qconnect.hub.orders.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fulfilment (shipping) instructions: a confirmed line is handed to the warehouse and becomes
 * INSTRUCTED. Qoo10 is not told (its status stays 3) — the next thing it hears is the tracking
 * number. All lines are checked first and written in one transaction.
 */
public final class FulfilmentService {
  private final Jdbi jdbi;
  private final OrderLines orders;
  private final Clock clock;

  public FulfilmentService(Jdbi jdbi, OrderLines orders, Clock clock) {
    this.jdbi = jdbi;
    this.orders = orders;
    this.clock = clock;
  }

  /** Instructs the given lines; lines already instructed stay as they are. */
  public List<OrderLine> instruct(String shopId, List<Long> orderNos) {
    if (orderNos.isEmpty()) {
      throw new HubException("nothing to instruct: no order numbers");
    }
    return jdbi.inTransaction(
        h -> {
          List<OrderLine> lines = new ArrayList<>();
          for (long no : orderNos) {
            lines.add(checked(h, shopId, no));
          }
          Instant now = clock.instant();
          List<OrderLine> out = new ArrayList<>();
          for (OrderLine l : lines) {
            out.add(instructOne(h, l, now));
          }
          return out;
        });
  }

  /**
   * Releases lines held on import (storage status 保留, R72) into the workflow: NEW, or CONFIRMED
   * when Qoo10 already shows them confirmed. All lines are checked first; a line not held that way
   * refuses the whole request.
   */
  public List<OrderLine> release(String shopId, List<Long> orderNos) {
    if (orderNos.isEmpty()) {
      throw new HubException("nothing to release: no order numbers");
    }
    return jdbi.inTransaction(
        h -> {
          List<OrderLine> lines = new ArrayList<>();
          for (long no : orderNos) {
            OrderLine l = line(h, shopId, no);
            if (l.hubStatus() != HubStatus.ON_HOLD || l.claimStatus() != null) {
              throw new HubException(
                  "order "
                      + no
                      + " is "
                      + l.hubStatus()
                      + ": only lines held on import can be released");
            }
            lines.add(l);
          }
          Instant now = clock.instant();
          List<OrderLine> out = new ArrayList<>();
          for (OrderLine l : lines) {
            HubStatus to = Workflow.fromQoo10(l.qoo10Status());
            orders.setHubStatus(h, shopId, l.orderNo(), to, now);
            orders.addHistory(
                h,
                shopId,
                List.of(
                    new HistoryEntry(
                        l.orderNo(),
                        now,
                        HistoryKind.HUB_STATUS,
                        l.hubStatus().name(),
                        to.name(),
                        "released by an operator")));
            out.add(orders.find(h, shopId, l.orderNo()).orElseThrow());
          }
          return out;
        });
  }

  private OrderLine line(Handle h, String shopId, long orderNo) {
    return orders
        .find(h, shopId, orderNo)
        .orElseThrow(() -> new HubException("shop " + shopId + " has no order " + orderNo));
  }

  private OrderLine instructOne(Handle h, OrderLine l, Instant now) {
    if (l.hubStatus() == HubStatus.CONFIRMED) {
      orders.setHubStatus(h, l.shopId(), l.orderNo(), HubStatus.INSTRUCTED, now);
      HistoryEntry e =
          new HistoryEntry(
              l.orderNo(),
              now,
              HistoryKind.INSTRUCTED,
              l.hubStatus().name(),
              HubStatus.INSTRUCTED.name(),
              "fulfilment instruction");
      orders.addHistory(h, l.shopId(), List.of(e));
    }
    return orders.find(h, l.shopId(), l.orderNo()).orElseThrow();
  }

  private OrderLine checked(Handle h, String shopId, long orderNo) {
    OrderLine l =
        orders
            .find(h, shopId, orderNo)
            .orElseThrow(() -> new HubException("shop " + shopId + " has no order " + orderNo));
    if (l.hubStatus() != HubStatus.INSTRUCTED
        && !Workflow.allows(l.hubStatus(), HubStatus.INSTRUCTED)) {
      throw new HubException(
          "order " + orderNo + " is " + l.hubStatus() + ": only CONFIRMED lines can be instructed");
    }
    return l;
  }
}
