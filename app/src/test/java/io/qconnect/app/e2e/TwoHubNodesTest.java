package io.qconnect.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.Hub;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two hub nodes, each with its scheduler, on one embedded PostgreSQL, importing the same shop from
 * the real marketplace while buyers keep ordering.
 */
class TwoHubNodesTest {

  @Test
  void no_order_line_is_stored_twice_and_no_import_of_the_shop_overlaps_another() throws Exception {
    try (HubWorld w = new HubWorld(Engine.POSTGRES, true)) {
      Hub b = w.newHub("node-b");
      try {
        w.hub.start();
        b.start();
        AtomicInteger busy = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (Hub node : List.of(w.hub, b, w.hub, b)) {
          work.add(pool.submit(() -> syncRepeatedly(node, w.shopId, busy)));
        }
        for (int round = 0; round < 6; round++) {
          w.buyersOrder(15, 500 + round);
        }
        for (Future<?> f : work) {
          f.get();
        }
        pool.shutdown();
        w.hub.syncNow(w.shopId);

        assertThat(w.duplicateHubRows()).isZero();
        List<Long> live =
            w.marketLines("status >= 2 AND (claim_status IS NULL OR claim_status NOT IN (3, 16))");
        assertThat(w.hubLines())
            .extracting(OrderLine::orderNo)
            .containsExactlyInAnyOrderElementsOf(live);
        List<SyncRun> runs = new ArrayList<>(w.hub.sync().runs(w.shopId, 1000));
        runs.sort(Comparator.comparing(SyncRun::startedAt));
        assertThat(runs.stream().map(SyncRun::node).distinct())
            .containsExactlyInAnyOrder("node-a", "node-b");
        for (int i = 1; i < runs.size(); i++) {
          assertThat(runs.get(i).startedAt())
              .as("run %d starts after run %d ended", runs.get(i).id(), runs.get(i - 1).id())
              .isAfterOrEqualTo(runs.get(i - 1).finishedAt());
        }
        assertThat(busy.get()).as("the nodes did contend for the lock").isPositive();
      } finally {
        b.close();
      }
    }
  }

  /** Runs the shop's import three times on this node, waiting a little whenever it is busy. */
  private static void syncRepeatedly(Hub node, String shopId, AtomicInteger busy) {
    int ran = 0;
    for (int attempt = 0; ran < 3 && attempt < 500; attempt++) {
      if (node.syncNow(shopId) instanceof SyncOutcome.Busy) {
        busy.incrementAndGet();
        sleep(25);
      } else {
        ran++;
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
