package io.qconnect.hub;

import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.hub.stock.ItemImporter;
import io.qconnect.hub.stock.MappingService;
import io.qconnect.hub.stock.Reconciler;
import io.qconnect.hub.stock.StockPusher;
import io.qconnect.hub.stock.StockService;
import io.qconnect.hub.tracking.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's items, SKU mappings and stock, wired: the ledger ({@link #service()}), the mappings,
 * the item import, the pusher and the reconciliation. Once started, the pusher runs on its own
 * thread, items are imported every hour and quantities read back every half hour (the drift is
 * recorded; fixing it is the operator's call).
 */
public final class HubStock {
  private static final Logger LOG = LoggerFactory.getLogger(HubStock.class);
  private static final Duration ITEMS_EVERY = Duration.ofHours(1);
  private static final Duration READ_BACK_EVERY = Duration.ofMinutes(30);

  private final StockPusher pusher;
  private final StockService service;
  private final MappingService mappings;
  private final ItemImporter items;
  private final Reconciler reconciler;
  private ScheduledExecutorService timer;

  HubStock(Jdbi jdbi, ShopConnections connections, Clock clock) {
    this.pusher =
        new StockPusher(
            jdbi,
            connections,
            clock,
            new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10)),
            Duration.ofSeconds(1));
    this.service = new StockService(jdbi, clock, pusher::wake);
    this.mappings = new MappingService(jdbi, service, pusher::wake);
    this.items = new ItemImporter(connections, jdbi, clock, service, pusher::wake);
    this.reconciler = new Reconciler(jdbi, connections, pusher, clock);
  }

  public StockService service() {
    return service;
  }

  public MappingService mappings() {
    return mappings;
  }

  public ItemImporter items() {
    return items;
  }

  public Reconciler reconciler() {
    return reconciler;
  }

  public StockPusher pusher() {
    return pusher;
  }

  synchronized void start(Supplier<List<String>> shops) {
    pusher.start();
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("hub-stock-timer").factory());
    every(ITEMS_EVERY, shops, items::sync, "item import");
    every(READ_BACK_EVERY, shops, s -> reconciler.reconcile(s, false), "stock read-back");
  }

  private void every(
      Duration period, Supplier<List<String>> shops, Consumer<String> work, String what) {
    timer.scheduleWithFixedDelay(
        () -> {
          for (String shop : shops.get()) {
            try {
              work.accept(shop);
            } catch (RuntimeException e) {
              LOG.warn("shop {}: scheduled {} failed: {}", shop, what, e.getMessage());
            }
          }
        },
        period.toSeconds(),
        period.toSeconds(),
        TimeUnit.SECONDS);
  }

  synchronized void stop() {
    pusher.close();
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }
}
