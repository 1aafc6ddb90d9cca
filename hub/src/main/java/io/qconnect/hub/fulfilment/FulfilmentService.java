package io.qconnect.hub.fulfilment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderLines;
import io.qconnect.hub.orders.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fulfilment (shipping) instructions: a confirmed line is handed to the warehouse and becomes
 * INSTRUCTED. Qoo10 is not told (its status stays 3) — the next thing it hears is the tracking
 * number. All lines are checked first and written in one transaction. Each instruction is kept with
 * a stable ID for the warehouse: delivered by the shop's webhook ({@link WebhookSender}) and/or
 * waiting in its CSV export. With Automatic Fulfillment Shipping Instructions (R78) the shop's
 * confirmed lines are instructed after each import.
 */
public final class FulfilmentService {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(FulfilmentService.class);

  /** At most this many confirmed lines are instructed automatically per run. */
  private static final int AUTO_LIMIT = 5000;

  private final Jdbi jdbi;
  private final OrderLines orders;
  private final ShopFulfilment settings;
  private final JdbcInstructionStore instructions = new JdbcInstructionStore();
  private final Clock clock;
  private final Runnable queued;

  public FulfilmentService(
      Jdbi jdbi, OrderLines orders, ShopFulfilment settings, Clock clock, Runnable queued) {
    this.jdbi = jdbi;
    this.orders = orders;
    this.settings = settings;
    this.clock = clock;
    this.queued = queued;
  }

  /** Instructs the given lines; lines already instructed stay as they are. */
  public List<OrderLine> instruct(String shopId, List<Long> orderNos) {
    if (orderNos.isEmpty()) {
      throw new HubException("nothing to instruct: no order numbers");
    }
    FulfilmentSettings s = settings.get(shopId);
    List<OrderLine> out =
        jdbi.inTransaction(
            h -> {
              List<OrderLine> lines = new ArrayList<>();
              for (long no : orderNos) {
                lines.add(checked(h, shopId, no));
              }
              Instant now = clock.instant();
              List<OrderLine> done = new ArrayList<>();
              for (OrderLine l : lines) {
                done.add(instructOne(h, l, s, now));
              }
              return done;
            });
    try {
      queued.run();
    } catch (RuntimeException e) {
      // the instructions are stored for good: the sender's next tick delivers them
      LOG.warn("shop {}: could not trigger the instruction webhook now: {}", shopId, e.toString());
    }
    return out;
  }

  /**
   * Automatic Fulfillment Shipping Instructions (R78): instructs the shop's confirmed lines if the
   * shop asks for it.
   *
   * @return how many lines were instructed
   */
  public int autoInstruct(String shopId) {
    FulfilmentSettings s = settings.settings(shopId);
    if (!s.autoInstruct()) {
      return 0;
    }
    List<Long> due =
        jdbi.withHandle(h -> orders.inStatus(h, shopId, HubStatus.CONFIRMED, AUTO_LIMIT)).stream()
            .map(OrderLine::orderNo)
            .toList();
    return due.isEmpty() ? 0 : instruct(shopId, due).size();
  }

  /** The shop's instructions, newest first. */
  public List<Instruction> instructions(String shopId, int limit) {
    settings.get(shopId);
    return jdbi.withHandle(h -> instructions.list(h, shopId, Math.max(1, Math.min(limit, 5000))));
  }

  /**
   * The shop's instructions not exported yet, as CSV (UTF-8, header first), marked exported in the
   * same transaction: each instruction is exported once.
   */
  public String exportCsv(String shopId) {
    settings.get(shopId);
    return jdbi.inTransaction(
        h -> {
          String csv = InstructionCsv.write(instructions.unexported(h, shopId));
          instructions.markExported(h, shopId, clock.instant());
          return csv;
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

  /**
   * The instruction ID of a line: the same for the same line on every node and every attempt, so a
   * warehouse that received it once can drop a repeat.
   */
  static String instructionId(String shopId, long orderNo) {
    return UUID.nameUUIDFromBytes(
            ("qoo10-connect instruction " + shopId + "/" + orderNo)
                .getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private OrderLine line(Handle h, String shopId, long orderNo) {
    return orders
        .find(h, shopId, orderNo)
        .orElseThrow(() -> new HubException("shop " + shopId + " has no order " + orderNo));
  }

  private OrderLine instructOne(Handle h, OrderLine l, FulfilmentSettings s, Instant now) {
    if (l.hubStatus() == HubStatus.CONFIRMED) {
      orders.setHubStatus(h, l.shopId(), l.orderNo(), HubStatus.INSTRUCTED, now);
      String id = instructionId(l.shopId(), l.orderNo());
      Instruction i =
          new Instruction(
              id,
              l.shopId(),
              l.orderNo(),
              s.webhookUrl() == null
                  ? Instruction.WebhookState.NONE
                  : Instruction.WebhookState.PENDING,
              0,
              "",
              now,
              null,
              null,
              now);
      instructions.insert(h, i, payload(h, l, id));
      HistoryEntry e =
          new HistoryEntry(
              l.orderNo(),
              now,
              HistoryKind.INSTRUCTED,
              l.hubStatus().name(),
              HubStatus.INSTRUCTED.name(),
              "fulfilment instruction " + id);
      orders.addHistory(h, l.shopId(), List.of(e));
    }
    return orders.find(h, l.shopId(), l.orderNo()).orElseThrow();
  }

  /** What the warehouse receives: the line and its Qoo10 data (receiver, address). */
  private String payload(Handle h, OrderLine l, String id) {
    try {
      ObjectNode p = JSON.createObjectNode();
      p.put("instructionId", id);
      p.put("shop", l.shopId());
      p.put("orderNo", l.orderNo());
      p.put("packNo", l.packNo());
      p.put("itemCode", l.itemCode());
      p.put("sellerItemCode", l.sellerItemCode());
      p.put("itemTitle", l.itemTitle());
      p.put("option", l.option());
      p.put("optionCode", l.optionCode());
      p.put("qty", l.qty());
      p.put("estShipDate", l.estShipDate() == null ? "" : l.estShipDate().toLocalDate().toString());
      String detail = orders.detail(h, l.shopId(), l.orderNo()).orElse("{}");
      p.set("qoo10", JSON.readTree(detail));
      return JSON.writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the instruction of order " + l.orderNo(), e);
    }
  }

  private OrderLine checked(Handle h, String shopId, long orderNo) {
    OrderLine l = line(h, shopId, orderNo);
    if (l.hubStatus() != HubStatus.INSTRUCTED
        && !Workflow.allows(l.hubStatus(), HubStatus.INSTRUCTED)) {
      throw new HubException(
          "order " + orderNo + " is " + l.hubStatus() + ": only CONFIRMED lines can be instructed");
    }
    return l;
  }
}
