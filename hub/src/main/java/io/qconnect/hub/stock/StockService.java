package io.qconnect.hub.stock;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.NotFoundException;
import io.qconnect.hub.orders.LineEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * The stock of hub SKUs: an operator sets or adjusts what is on hand, order lines reserve, release
 * and consume it (through {@link #lineEvents()}), and each change makes the pushes of the SKU's
 * Qoo10 units due. Every write is one transaction; a batch of adjustments is refused as a whole
 * when one of them is.
 */
public final class StockService {
  /** A SKU is what a Qoo10 seller code or option code can be: 1 to 100 visible characters. */
  private static final Pattern SKU = Pattern.compile("[^\\p{Cntrl}\\s]{1,100}");

  private final Jdbi jdbi;
  private final Clock clock;
  private final JdbcStockStore stock = new JdbcStockStore();
  private final JdbcListingStore listings = new JdbcListingStore();
  private final StockLedger ledger;
  private final StockLines lines;
  private final SkuPicks picks;

  /**
   * @param wake called after a transaction that made pushes due has committed
   */
  public StockService(Jdbi jdbi, Clock clock, Runnable wake) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.ledger = new StockLedger(wake);
    this.lines = new StockLines(ledger, clock);
    this.picks = new SkuPicks(lines);
  }

  /** What a warehouse picks for an order line (the shipping instructions read it). */
  public SkuPicks picks() {
    return picks;
  }

  /** Gives waiting order lines whose codes now name a SKU their stock effect. */
  void retryWaiting(org.jdbi.v3.core.Handle h) {
    lines.retryWaiting(h);
  }

  /** What the order import tells about its lines (reserve, release, consume). */
  public LineEvents lineEvents() {
    return lines;
  }

  /** One adjustment of on hand. */
  public record Adjustment(String sku, int delta, String reason) {
    public Adjustment {
      reason = reason == null ? "" : reason;
    }
  }

  /**
   * Sets on hand, creating the SKU when it is new; the shops' unmapped units whose code is this SKU
   * are then mapped to it.
   */
  public StockLevel set(String sku, int onHand, String note) {
    checkSku(sku);
    if (onHand < 0) {
      throw new HubException("\"onHand\" must be 0 or more, not " + onHand);
    }
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          stock.create(h, sku, now);
          StockLevel before = stock.lockForUpdate(h, sku).orElseThrow();
          StockLevel after =
              ledger
                  .operatorMove(h, before, MoveCause.SET, onHand - before.onHand(), note, now)
                  .orElseThrow(
                      () ->
                          new HubException(
                              "SKU "
                                  + sku
                                  + ": "
                                  + before.reserved()
                                  + " are held by open orders;"
                                  + " on hand cannot be set below that"));
          if (listings.mapMatching(h, sku, null) > 0) {
            ledger.dueAfterCommit(h, sku, true);
          }
          lines.retryWaiting(h);
          return stock.find(h, sku).orElse(after);
        });
  }

  /** Applies every adjustment or none (a SKU unknown, or on hand that would fall below 0). */
  public List<StockLevel> adjust(List<Adjustment> adjustments) {
    if (adjustments.isEmpty()) {
      throw new HubException("no adjustment given");
    }
    adjustments.forEach(a -> checkSku(a.sku()));
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          List<Adjustment> ordered =
              adjustments.stream().sorted(Comparator.comparing(Adjustment::sku)).toList();
          for (int i = 0; i < ordered.size(); i++) {
            Adjustment a = ordered.get(i);
            StockLevel before =
                stock
                    .lockForUpdate(h, a.sku())
                    .orElseThrow(() -> new NotFoundException("no SKU " + a.sku()));
            if (ledger
                .operatorMove(h, before, MoveCause.ADJUST, a.delta(), a.reason(), now)
                .isEmpty()) {
              throw new HubException(
                  "SKU "
                      + a.sku()
                      + ": on hand "
                      + before.onHand()
                      + " cannot move by "
                      + a.delta()
                      + " ("
                      + before.reserved()
                      + " are held by open orders, and on hand cannot fall below that);"
                      + " nothing was adjusted");
            }
          }
          return adjustments.stream().map(a -> stock.find(h, a.sku()).orElseThrow()).toList();
        });
  }

  /** A SKU with its units on Qoo10. */
  public record StockView(StockLevel level, List<Listing> units, List<StockMove> moves) {}

  public StockView view(String sku) {
    return jdbi.withHandle(
        h -> {
          StockLevel level =
              stock.find(h, sku).orElseThrow(() -> new NotFoundException("no SKU " + sku));
          return new StockView(level, listings.bySku(h, sku), stock.moves(h, sku, 50));
        });
  }

  /** SKUs in code order, after {@code after} ("" from the start). */
  public List<StockLevel> list(String after, int limit) {
    return jdbi.withHandle(h -> stock.list(h, after == null ? "" : after, limit));
  }

  static void checkSku(String sku) {
    if (sku == null || !SKU.matcher(sku).matches()) {
      throw new HubException("a SKU is 1 to 100 characters without spaces or control characters");
    }
  }
}
