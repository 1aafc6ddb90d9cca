package io.qconnect.hub.fulfilment;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderLines;
import io.qconnect.hub.orders.Workflow;
import io.qconnect.hub.stock.SkuPicks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fulfilment (shipping) instructions: a confirmed line is handed to the warehouse and becomes
 * INSTRUCTED. Qoo10 is not told (its status stays 3) — the next thing it hears is the tracking
 * number. All lines are checked first and written in one transaction. Each instruction is kept with
 * a stable ID for the warehouse: delivered by the shop's webhook ({@link WebhookSender}) and/or
 * waiting in its CSV export. With Automatic Fulfillment Shipping Instructions (R78) the shop's
 * confirmed lines are instructed after each import. An instruction carries what the warehouse picks
 * (the line's hub SKU and quantity, {@link SkuPicks}); in a shop that keeps stock in the hub a line
 * whose codes name no SKU is not instructed: automatically it waits until it is mapped (the next
 * run after the mapping sends it), by hand it is refused.
 */
public final class FulfilmentService {
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
  private final SkuPicks picks;

  public FulfilmentService(
      Jdbi jdbi,
      OrderLines orders,
      ShopFulfilment settings,
      SkuPicks picks,
      Clock clock,
      Runnable queued) {
    this.jdbi = jdbi;
    this.orders = orders;
    this.settings = settings;
    this.picks = picks;
    this.clock = clock;
    this.queued = queued;
  }

  /**
   * Instructs the given lines; lines already instructed stay as they are. In a shop that keeps
   * stock in the hub, a line whose codes name no SKU refuses the whole request.
   */
  public List<OrderLine> instruct(String shopId, List<Long> orderNos) {
    return instruct(shopId, orderNos, false);
  }

  /**
   * @param auto whether the lines are instructed automatically: then a line whose codes name no SKU
   *     is passed over (it waits) instead of refusing the request
   */
  private List<OrderLine> instruct(String shopId, List<Long> orderNos, boolean auto) {
    if (orderNos.isEmpty()) {
      throw new HubException("nothing to instruct: no order numbers");
    }
    FulfilmentSettings s = settings.get(shopId);
    List<OrderLine> out =
        jdbi.inTransaction(
            h -> {
              boolean stock = picks.keepsStock(h, shopId);
              List<OrderLine> lines = new ArrayList<>();
              List<Optional<SkuPicks.Pick>> found = new ArrayList<>();
              for (long no : orderNos) {
                OrderLine l = checked(h, shopId, no);
                Optional<SkuPicks.Pick> pick = picks.pick(h, l);
                if (stock && pick.isEmpty() && l.hubStatus() == HubStatus.CONFIRMED) {
                  if (auto) {
                    continue;
                  }
                  throw new HubException(noSku(l));
                }
                lines.add(l);
                found.add(pick);
              }
              Instant now = clock.instant();
              List<OrderLine> done = new ArrayList<>();
              for (int i = 0; i < lines.size(); i++) {
                done.add(instructOne(h, lines.get(i), found.get(i), s, now));
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
    // in a shop that keeps stock, only lines holding it: those whose codes name no SKU wait
    List<Long> due =
        jdbi.withHandle(
            h ->
                picks.keepsStock(h, shopId)
                    ? picks.linked(h, shopId, HubStatus.CONFIRMED, AUTO_LIMIT)
                    : orders.inStatus(h, shopId, HubStatus.CONFIRMED, AUTO_LIMIT).stream()
                        .map(OrderLine::orderNo)
                        .toList());
    return due.isEmpty() ? 0 : instruct(shopId, due, true).size();
  }

  /**
   * The shop's confirmed lines that wait for a SKU, newest first: in a shop that keeps stock in the
   * hub, those whose codes name none (neither instructed automatically nor by hand until they are
   * mapped); none in a shop that keeps no stock.
   */
  public List<OrderLine> waitingForSku(String shopId, int limit) {
    settings.get(shopId);
    int n = Math.max(1, Math.min(limit, 5000));
    return jdbi.withHandle(
        h ->
            picks.keepsStock(h, shopId)
                ? picks.unlinked(h, shopId, HubStatus.CONFIRMED, n).stream()
                    .map(no -> line(h, shopId, no))
                    .toList()
                : List.of());
  }

  /**
   * Which of the given confirmed lines {@link #instruct} would refuse for naming no SKU (a console
   * says so in its user's language before instructing).
   */
  public List<Long> withoutSku(String shopId, List<Long> orderNos) {
    return jdbi.withHandle(
        h -> {
          if (!picks.keepsStock(h, shopId)) {
            return List.of();
          }
          List<Long> out = new ArrayList<>();
          for (long no : orderNos) {
            Optional<OrderLine> l = orders.find(h, shopId, no);
            if (l.isPresent()
                && l.get().hubStatus() == HubStatus.CONFIRMED
                && picks.pick(h, l.get()).isEmpty()) {
              out.add(no);
            }
          }
          return out;
        });
  }

  private static String noSku(OrderLine l) {
    return "order "
        + l.orderNo()
        + ": its codes (item "
        + l.itemCode()
        + ", seller code "
        + l.sellerItemCode()
        + ", option code "
        + l.optionCode()
        + ") name no hub SKU; map its unit to a SKU (the unlinked queue) before instructing it";
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
    return jdbi.inTransaction(h -> HeldLines.release(h, orders, shopId, orderNos, clock.instant()));
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

  private OrderLine instructOne(
      Handle h, OrderLine l, Optional<SkuPicks.Pick> pick, FulfilmentSettings s, Instant now) {
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
      String detail = orders.detail(h, l.shopId(), l.orderNo()).orElse("{}");
      instructions.insert(h, i, InstructionPayload.of(l, id, pick, detail));
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
