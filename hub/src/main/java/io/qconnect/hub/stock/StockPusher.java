package io.qconnect.hub.stock;

import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.hub.tracking.Backoff;
import io.qconnect.protocol.client.BulkResult;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.item.InventoryInfoFormat;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.OptionAxis;
import io.qconnect.protocol.item.OptionQty;
import io.qconnect.protocol.item.PriceQty;
import io.qconnect.protocol.item.PriceQtyBulkRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes available quantities to Qoo10: SetGoodsPriceQty (one item) or SetGoodsPriceQtyBulk (up to
 * 500 per call) for items without options; UpdateInventoryQtyUnit (one option) or
 * UpdateInventoryDataBulk (up to 500 rows per call) for options, so that all of a shop's pending
 * options go out in one call (docs/qapi.md §7.7, §7.8). A push always sends the SKU's latest
 * quantity, read when the push is made, so a burst of changes becomes one push; a failed push is
 * retried with backoff and its error kept on the unit. {@link #start()} runs a thread woken by
 * {@link #wake()} after each committed change.
 */
public final class StockPusher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StockPusher.class);
  private static final int BATCH = 500;

  private final Jdbi jdbi;
  private final ShopConnections connections;
  private final Clock clock;
  private final Backoff backoff;
  private final Duration poll;
  private final JdbcListingStore listings = new JdbcListingStore();
  private final JdbcShopStockStore shopStock = new JdbcShopStockStore();
  private final JdbcStockStore stock = new JdbcStockStore();
  private final LinkedBlockingQueue<Boolean> signal = new LinkedBlockingQueue<>(1);
  private volatile boolean running;
  private Thread thread;

  /**
   * @param poll how often due pushes (retries) are looked for without a wake-up
   */
  public StockPusher(
      Jdbi jdbi, ShopConnections connections, Clock clock, Backoff backoff, Duration poll) {
    this.jdbi = jdbi;
    this.connections = connections;
    this.clock = clock;
    this.backoff = backoff;
    this.poll = poll;
  }

  /** Something changed: push soon. Cheap; never blocks. */
  public void wake() {
    signal.offer(Boolean.TRUE);
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = Thread.ofPlatform().daemon().name("hub-stock-pusher").start(this::loop);
  }

  private void loop() {
    while (running) {
      try {
        signal.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
        if (running) {
          pushDue();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("stock push round failed: {}", e.toString());
      }
    }
  }

  /** What one round of pushes did. */
  public record PushReport(int pushed, int failed) {}

  /** Pushes every due unit now, in the caller's thread. */
  public PushReport pushDue() {
    int pushed = 0;
    int failed = 0;
    while (true) {
      Instant now = clock.instant();
      List<JdbcListingStore.DuePush> due = jdbi.withHandle(h -> listings.due(h, now, BATCH));
      if (due.isEmpty()) {
        return new PushReport(pushed, failed);
      }
      Map<String, List<JdbcListingStore.DuePush>> byShop = new LinkedHashMap<>();
      due.forEach(d -> byShop.computeIfAbsent(d.listing().shopId(), k -> new ArrayList<>()).add(d));
      for (Map.Entry<String, List<JdbcListingStore.DuePush>> e : byShop.entrySet()) {
        Map<Long, String> errors = pushShop(e.getKey(), e.getValue());
        failed += errors.size();
        pushed += e.getValue().size() - errors.size();
      }
    }
  }

  /** Pushes one shop's due units; answers the errors by unit id. */
  private Map<Long, String> pushShop(String shopId, List<JdbcListingStore.DuePush> due) {
    ShopStockRules rules = jdbi.withHandle(h -> shopStock.rules(h, shopId));
    Map<String, Integer> offer = new HashMap<>();
    for (JdbcListingStore.DuePush d : due) {
      offer.computeIfAbsent(
          d.listing().sku(),
          sku ->
              rules.offer(
                  jdbi.withHandle(h -> stock.find(h, sku)).map(StockLevel::available).orElse(0)));
    }
    Map<Long, String> errors = new HashMap<>();
    List<JdbcListingStore.DuePush> items = new ArrayList<>();
    List<Listing> options = new ArrayList<>();
    for (JdbcListingStore.DuePush d : due) {
      if (d.listing().isOption()) {
        options.add(d.listing());
      } else {
        items.add(d);
      }
    }
    if (!options.isEmpty()) {
      errors.putAll(pushOptions(shopId, options, offer));
    }
    if (!items.isEmpty()) {
      errors.putAll(pushItems(shopId, items, offer));
    }
    settle(due, offer, errors);
    return errors;
  }

  /**
   * Pushes a shop's due options: UpdateInventoryQtyUnit for one, else one UpdateInventoryDataBulk
   * call per 500 rows with every pending option of the shop, each item's options side by side.
   */
  private Map<Long, String> pushOptions(
      String shopId, List<Listing> options, Map<String, Integer> offer) {
    Map<Long, String> errors = new HashMap<>();
    if (options.size() == 1) {
      Listing l = options.get(0);
      String err = pushOption(shopId, l, offer.get(l.sku()));
      if (err != null) {
        errors.put(l.id(), err);
      }
      return errors;
    }
    List<Listing> sorted = new ArrayList<>(options);
    sorted.sort(Comparator.comparing(Listing::itemCode));
    List<OptionQty> rows =
        sorted.stream()
            .map(l -> new OptionQty(l.itemCode(), "", option(l), offer.get(l.sku())))
            .toList();
    try {
      BulkResult<PriceQtyBulkRow> r =
          connections.call(shopId, q -> q.updateInventoryDataBulk(rows));
      if (r.rows().size() == rows.size()) {
        for (int i = 0; i < rows.size(); i++) {
          PriceQtyBulkRow row = r.rows().get(i);
          if (row.code() != 0) {
            errors.put(
                sorted.get(i).id(), "UpdateInventoryDataBulk " + row.code() + " " + row.message());
          }
        }
      } else if (r.code() != 0) {
        sorted.forEach(
            l -> errors.put(l.id(), "UpdateInventoryDataBulk " + r.code() + " " + r.message()));
      }
    } catch (RuntimeException e) {
      sorted.forEach(l -> errors.put(l.id(), "UpdateInventoryDataBulk: " + e.getMessage()));
    }
    return errors;
  }

  private String pushOption(String shopId, Listing l, int qty) {
    try {
      QapiResult<Void> r =
          connections.call(shopId, q -> q.updateInventoryQtyUnit(l.itemCode(), "", option(l), qty));
      return r.isSuccess() ? null : "UpdateInventoryQtyUnit " + r.code() + " " + r.message();
    } catch (RuntimeException e) {
      return "UpdateInventoryQtyUnit: " + e.getMessage();
    }
  }

  private Map<Long, String> pushItems(
      String shopId, List<JdbcListingStore.DuePush> items, Map<String, Integer> offer) {
    Map<Long, String> errors = new HashMap<>();
    Map<String, Long> idByItem = new HashMap<>();
    List<PriceQty> rows = new ArrayList<>();
    for (JdbcListingStore.DuePush d : items) {
      Listing l = d.listing();
      if (l.price() < 1) {
        errors.put(l.id(), "no price known for item " + l.itemCode() + " (import its items again)");
        continue;
      }
      idByItem.put(l.itemCode(), l.id());
      rows.add(new PriceQty(l.itemCode(), "", l.price(), offer.get(l.sku()), l.expireDate(), ""));
    }
    if (rows.isEmpty()) {
      return errors;
    }
    try {
      if (rows.size() == 1) {
        QapiResult<Void> r = connections.call(shopId, q -> q.setGoodsPriceQty(rows.get(0)));
        if (!r.isSuccess()) {
          errors.put(
              idByItem.get(rows.get(0).itemCode()),
              "SetGoodsPriceQty " + r.code() + " " + r.message());
        }
        return errors;
      }
      BulkResult<PriceQtyBulkRow> r = connections.call(shopId, q -> q.setGoodsPriceQtyBulk(rows));
      for (PriceQtyBulkRow row : r.rows()) {
        Long id = idByItem.get(row.subject());
        if (id != null && row.code() != 0) {
          errors.put(id, "SetGoodsPriceQtyBulk " + row.code() + " " + row.message());
        }
      }
      if (r.rows().isEmpty() && r.code() != 0) {
        idByItem
            .values()
            .forEach(id -> errors.put(id, "SetGoodsPriceQtyBulk " + r.code() + " " + r.message()));
      }
    } catch (RuntimeException e) {
      idByItem.values().forEach(id -> errors.put(id, "SetGoodsPriceQty: " + e.getMessage()));
    }
    return errors;
  }

  private void settle(
      List<JdbcListingStore.DuePush> due, Map<String, Integer> offer, Map<Long, String> errors) {
    Instant now = clock.instant();
    jdbi.useTransaction(
        h -> {
          for (JdbcListingStore.DuePush d : due) {
            String err = errors.get(d.listing().id());
            if (err == null) {
              listings.pushed(h, d.listing().id(), d.seq(), offer.get(d.listing().sku()), now);
            } else {
              int attempts = d.attempts() + 1;
              LOG.warn(
                  "shop {}: stock push of {} failed (attempt {}): {}",
                  d.listing().shopId(),
                  d.listing().itemCode(),
                  attempts,
                  err);
              listings.pushFailed(
                  h, d.listing().id(), attempts, now.plus(backoff.delayAfter(attempts)), err);
            }
          }
        });
  }

  static InventoryOption option(Listing l) {
    String[] names = l.optionName().split(Pattern.quote(InventoryInfoFormat.COL), -1);
    String[] values = l.optionValue().split(Pattern.quote(InventoryInfoFormat.COL), -1);
    List<OptionAxis> axes = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      axes.add(new OptionAxis(i < names.length ? names[i] : "", values[i]));
    }
    return new InventoryOption(axes, 0, 0, l.optionCode());
  }

  @Override
  public synchronized void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
  }
}
