package io.qconnect.hub.fulfilment;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderLines;
import io.qconnect.hub.orders.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Lines held on import (storage status 保留, R72) released into the workflow. */
final class HeldLines {
  private HeldLines() {}

  /** See {@link FulfilmentService#release}; runs in the caller's transaction. */
  static List<OrderLine> release(
      Handle h, OrderLines orders, String shopId, List<Long> orderNos, Instant now) {
    List<OrderLine> lines = new ArrayList<>();
    for (long no : orderNos) {
      OrderLine l =
          orders
              .find(h, shopId, no)
              .orElseThrow(() -> new HubException("shop " + shopId + " has no order " + no));
      if (l.hubStatus() != HubStatus.ON_HOLD || l.claimStatus() != null) {
        throw new HubException(
            "order " + no + " is " + l.hubStatus() + ": only lines held on import can be released");
      }
      lines.add(l);
    }
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
  }
}
