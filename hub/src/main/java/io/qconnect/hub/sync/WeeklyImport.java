package io.qconnect.hub.sync;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.ImportReport;
import io.qconnect.hub.orders.OrderImporter;
import io.qconnect.hub.shop.Shop;
import io.qconnect.protocol.client.DateWindows;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A backfill's import week by week, for {@link SyncService}: each week is fetched in full, then
 * stored, while the next one is fetched ahead in a virtual thread.
 */
final class WeeklyImport {
  private final OrderImporter importer;

  WeeklyImport(OrderImporter importer) {
    this.importer = importer;
  }

  /**
   * A backfill goes a week at a time: Qoo10 answers a search with every matching line at once (no
   * paging), so week windows keep each answer, and the hub's memory, bounded by two weeks of orders
   * however long the range. While one week is stored, the next is fetched (in a virtual thread):
   * the weeks are still stored one after the other, in order, each only once fetched in full.
   */
  ImportReport importByWeek(Shop shop, LocalDateTime from, LocalDateTime to, Runnable held) {
    List<DateWindows.Window> weeks = DateWindows.split(from, to, Duration.ofDays(7));
    ImportReport total = ImportReport.NONE;
    try (ExecutorService ahead = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<OrderImporter.Fetched> next = null;
      try {
        for (int i = 0; i < weeks.size(); i++) {
          OrderImporter.Fetched week = next == null ? fetch(shop, weeks.get(i), held) : await(next);
          next = null;
          if (i + 1 < weeks.size()) {
            DateWindows.Window following = weeks.get(i + 1);
            next = ahead.submit(() -> fetch(shop, following, held));
          }
          held.run();
          total = total.plus(importer.store(shop.shopId(), week, held));
        }
      } finally {
        if (next != null) {
          next.cancel(true); // the run failed: the week fetched ahead is not wanted
        }
      }
    }
    return total;
  }

  private OrderImporter.Fetched fetch(Shop shop, DateWindows.Window w, Runnable held) {
    return importer.fetch(shop, w.from(), w.to(), held);
  }

  /** The week fetched ahead; its failure is thrown as it was thrown there. */
  private static OrderImporter.Fetched await(Future<OrderImporter.Fetched> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new HubException("fetching a week failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HubException("interrupted while fetching a week of orders");
    }
  }
}
