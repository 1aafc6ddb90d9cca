package io.qconnect.hub.stock;

import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.LineEvents;
import io.qconnect.hub.orders.OrderLine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What order lines hold of the stock, kept in step with their status: an open line holds its
 * quantity (RESERVED), a cancelled one gives it back (RELEASED), a shipped one takes it off the
 * shelf (CONSUMED). Idempotent: a line's stock effect follows its state, so seeing a line twice
 * changes nothing. A line whose codes name no SKU has no stock line: it waits in the unlinked queue
 * (an order line with a quantity and no stock line) and takes its effect once its codes are mapped.
 * Nothing is written for it, so a shop that keeps no stock in the hub pays nothing per line.
 */
final class StockLines implements LineEvents {
  static final String RESERVED = "RESERVED";
  static final String RELEASED = "RELEASED";
  static final String CONSUMED = "CONSUMED";

  private final JdbcStockStore stock = new JdbcStockStore();
  private final JdbcListingStore listings = new JdbcListingStore();
  private final StockLedger ledger;
  private final Clock clock;

  /** Waiting lines read at a time by {@link #retryWaiting}. */
  static final int PAGE_SIZE = 500;

  private final int pageSize;

  StockLines(StockLedger ledger, Clock clock) {
    this(ledger, clock, PAGE_SIZE);
  }

  StockLines(StockLedger ledger, Clock clock, int pageSize) {
    this.ledger = ledger;
    this.clock = clock;
    this.pageSize = pageSize;
  }

  @Override
  public void changed(Handle h, List<OrderLine> inserted, List<OrderLine> changed) {
    Instant now = clock.instant();
    // the lines' codes resolve alike throughout this step: nothing here writes a mapping or SKU
    Map<List<String>, Optional<String>> skus = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    for (OrderLine l : inserted) {
      // an order line inserted by this transaction holds nothing yet (stock lines are written
      // only here, in the transaction of their order line, and never outlive it); should one
      // exist all the same, recording it fails and the chunk is stored again line by line
      step(h, l, Optional.empty(), skus).ifPresent(steps::add);
    }
    for (OrderLine l : changed) {
      // one primary-key read per line: an IN list over the chunk was read as a scan of the
      // shop's lines by H2 (shop_id = ? AND order_no IN ...) or PostgreSQL (row-value IN)
      Optional<JdbcStockStore.HeldLine> h0 = stock.heldLine(h, l.shopId(), l.orderNo());
      step(h, l, h0, skus).ifPresent(steps::add);
    }
    // SKU rows are locked in one order by every writer, so two transactions never wait on each
    // other (two shops' imports, an operator's adjustment)
    steps.sort(Comparator.comparing(Step::sku).thenComparingLong(s -> s.line().orderNo()));
    steps.forEach(s -> apply(h, s, now));
  }

  /** What a line needs done, with its SKU; empty when nothing (or it waits unmapped). */
  private Optional<Step> step(
      Handle h,
      OrderLine l,
      Optional<JdbcStockStore.HeldLine> held,
      Map<List<String>, Optional<String>> skus) {
    LineRef ref =
        new LineRef(
            l.shopId(), l.orderNo(), l.itemCode(), l.sellerItemCode(), l.optionCode(), l.qty());
    String target = target(l.hubStatus());
    String from = held.map(JdbcStockStore.HeldLine::state).orElse(null);
    if (target.equals(from) || CONSUMED.equals(from) || l.qty() <= 0) {
      return Optional.empty();
    }
    String sku = held.map(JdbcStockStore.HeldLine::sku).orElse(null);
    if (sku == null) {
      sku = resolveOnce(h, ref, skus).orElse(null);
    }
    if (sku == null) {
      return Optional.empty(); // no stock line: the line waits in the unlinked queue
    }
    return Optional.of(new Step(l, ref, held, sku, target));
  }

  private record Step(
      OrderLine line,
      LineRef ref,
      Optional<JdbcStockStore.HeldLine> held,
      String sku,
      String target) {}

  private void apply(Handle h, Step s, Instant now) {
    OrderLine l = s.line();
    Optional<JdbcStockStore.HeldLine> held = s.held();
    String from = held.map(JdbcStockStore.HeldLine::state).orElse(null);
    String sku = s.sku();
    String target = s.target();
    LineRef ref = s.ref();
    boolean reserved = RESERVED.equals(from);
    int qty = held.map(JdbcStockStore.HeldLine::qty).orElse(l.qty());
    String note = l.shopId() + "/" + l.orderNo();
    boolean applied =
        switch (target) {
          case RESERVED -> move(h, sku, MoveCause.RESERVE, 0, qty, note, now);
          case RELEASED -> !reserved || move(h, sku, MoveCause.RELEASE, 0, -qty, note, now);
          default -> move(h, sku, MoveCause.CONSUME, -qty, reserved ? -qty : 0, note, now);
        };
    if (!applied) {
      return;
    }
    if (held.isPresent()) {
      stock.updateLine(h, l.shopId(), l.orderNo(), sku, target, now);
    } else if (!stock.insertLine(h, ref, sku, qty, target, now)) {
      throw new IllegalStateException("order " + note + ": stock recorded by another writer");
    }
  }

  /**
   * Gives the waiting (unmapped) lines whose codes now name a SKU the effect of their current
   * status: called after mappings change or a SKU is created, in the caller's transaction (the
   * lines take effect with the mapping or SKU, or not at all). Every waiting line that may resolve
   * is read, a page at a time in (shop, order number) order, and each distinct set of codes is
   * resolved once; a line whose codes still name no SKU stays waiting. Seeing a line again changes
   * nothing: the stock line claimed first is the one that counts.
   */
  void retryWaiting(Handle h) {
    Instant now = clock.instant();
    Map<List<String>, Optional<String>> skus = new HashMap<>();
    String afterShop = "";
    long afterNo = Long.MIN_VALUE;
    List<JdbcStockStore.WaitingLine> page;
    do {
      page = stock.waiting(h, afterShop, afterNo, pageSize);
      List<Claim> claims = new ArrayList<>();
      for (JdbcStockStore.WaitingLine w : page) {
        resolveOnce(h, w.ref(), skus).ifPresent(sku -> claims.add(new Claim(w, sku)));
      }
      // SKU rows locked in one order within the page, as the import does (see changed)
      claims.sort(
          Comparator.comparing(Claim::sku)
              .thenComparing(c -> c.line().ref().shopId())
              .thenComparingLong(c -> c.line().ref().orderNo()));
      claims.forEach(c -> claim(h, c, now));
      if (!page.isEmpty()) {
        LineRef last = page.get(page.size() - 1).ref();
        afterShop = last.shopId();
        afterNo = last.orderNo();
      }
    } while (page.size() == pageSize);
  }

  private record Claim(JdbcStockStore.WaitingLine line, String sku) {}

  private void claim(Handle h, Claim c, Instant now) {
    LineRef ref = c.line().ref();
    String target = target(HubStatus.valueOf(c.line().hubStatus()));
    int qty = ref.qty();
    if (!stock.insertLine(h, ref, c.sku(), qty, target, now)) {
      return; // another writer recorded it first
    }
    String note = ref.shopId() + "/" + ref.orderNo();
    if (target.equals(RESERVED)) {
      move(h, c.sku(), MoveCause.RESERVE, 0, qty, note, now);
    } else if (target.equals(CONSUMED)) {
      move(h, c.sku(), MoveCause.CONSUME, -qty, 0, note, now);
    }
  }

  private boolean move(
      Handle h, String sku, MoveCause cause, int dh, int dr, String ref, Instant now) {
    return ledger.orderMove(h, sku, cause, dh, dr, ref, now).isPresent();
  }

  /**
   * {@link #resolve}, once per set of codes within one step or retry: {@code skus} keeps what each
   * set resolved to (nothing there writes a mapping or SKU meanwhile).
   */
  private Optional<String> resolveOnce(
      Handle h, LineRef ref, Map<List<String>, Optional<String>> skus) {
    List<String> codes = List.of(ref.shopId(), ref.itemCode(), ref.optionCode(), ref.sellerCode());
    return skus.computeIfAbsent(codes, k -> resolve(h, ref));
  }

  /** The SKU the line's unit maps to; else a SKU named like the option code or seller code. */
  Optional<String> resolve(Handle h, LineRef ref) {
    Optional<String> mapped =
        listings.findByCodes(h, ref.shopId(), ref.itemCode(), ref.optionCode()).map(Listing::sku);
    if (mapped.isPresent()) {
      return mapped;
    }
    String code = ref.optionCode().isEmpty() ? ref.sellerCode() : ref.optionCode();
    return code.isEmpty() ? Optional.empty() : stock.find(h, code).map(StockLevel::sku);
  }

  static String target(HubStatus s) {
    return switch (s) {
      case CANCELLED -> RELEASED;
      case SHIPPED, DELIVERED -> CONSUMED;
      case NEW, CONFIRMED, INSTRUCTED, ON_HOLD -> RESERVED;
    };
  }
}
