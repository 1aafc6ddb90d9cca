package io.qconnect.hub.orders;

import io.qconnect.hub.core.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reading imported order lines, their history and their Qoo10 detail. */
public final class OrderService {
  /**
   * How long a new line stays out of cursor pages. Row ids are handed out when a line is inserted,
   * not when its transaction commits, so a line with a lower id may become visible after one with a
   * higher id; a page that gave the higher one would have stepped over it for good. An import's
   * transaction is short (a chunk of 500 lines), so a line first stored this long ago is visible.
   */
  public static final Duration SETTLE = Duration.ofSeconds(30);

  private final Jdbi jdbi;
  private final JdbcOrderStore store = new JdbcOrderStore();
  private final Clock clock;

  public OrderService(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * One page of the lines matching the query, in the order they were first stored, after {@code
   * after}: walking on with each page's {@code next} gives every line once, also while new lines
   * arrive (they come at the end, {@link #SETTLE} after they were stored).
   */
  public OrderPage page(OrderQuery q, OrderCursor after) {
    var rows = jdbi.withHandle(h -> store.page(h, q, after, clock.instant().minus(SETTLE)));
    boolean more = rows.size() > q.limit();
    var shown = more ? rows.subList(0, q.limit()) : rows;
    OrderCursor next = shown.isEmpty() ? after : new OrderCursor(shown.getLast().getKey());
    return new OrderPage(
        shown.stream().map(java.util.Map.Entry::getValue).toList(), next.text(), more);
  }

  /** Lines matching the query; lines of one cart are listed together. */
  public List<OrderLine> list(OrderQuery q) {
    return jdbi.withHandle(h -> store.list(h, q));
  }

  /**
   * @throws NotFoundException when the shop has no such line
   */
  public OrderLine get(String shopId, long orderNo) {
    return find(shopId, orderNo).orElseThrow(() -> notFound(shopId, orderNo));
  }

  public Optional<OrderLine> find(String shopId, long orderNo) {
    return jdbi.withHandle(h -> store.find(h, shopId, orderNo));
  }

  /** Every change of the line, oldest first. */
  public List<HistoryEntry> history(String shopId, long orderNo) {
    return jdbi.withHandle(
        h -> {
          if (store.find(h, shopId, orderNo).isEmpty()) {
            throw notFound(shopId, orderNo);
          }
          return store.history(h, shopId, orderNo);
        });
  }

  /**
   * The line's Qoo10 data as GetShippingInfo_v3 JSON (buyer, receiver, address, prices), without
   * the fields the line keeps itself (status, dates, carrier, tracking).
   */
  public String detailJson(String shopId, long orderNo) {
    return jdbi.withHandle(h -> store.detail(h, shopId, orderNo))
        .orElseThrow(() -> notFound(shopId, orderNo));
  }

  /** The lines of one cart. */
  public List<OrderLine> cart(String shopId, long packNo) {
    return jdbi.withHandle(h -> store.packLines(h, shopId, packNo));
  }

  private static NotFoundException notFound(String shopId, long orderNo) {
    return new NotFoundException("shop " + shopId + " has no order " + orderNo);
  }
}
