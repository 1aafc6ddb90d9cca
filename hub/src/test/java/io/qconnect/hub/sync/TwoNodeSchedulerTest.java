package io.qconnect.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.Hub;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Two hub nodes on one (embedded) PostgreSQL, both running their schedulers, while the test also
 * starts syncs by hand: no line is stored twice and no shop is ever imported by two runs at once.
 */
class TwoNodeSchedulerTest {
  private static final List<String> SHOPS = List.of("shop-a", "shop-b", "shop-c");
  private static final int ROUNDS = 5;

  @Test
  void two_nodes_never_duplicate_a_line_or_overlap_a_shops_import() throws Exception {
    try (HubFixture f = new HubFixture(Engine.POSTGRES, true);
        Hub second = f.node("node-b")) {
      long no = 1;
      for (String shop : SHOPS) {
        f.connect(shop);
        for (int i = 0; i < 20; i++) {
          f.qoo10.order(shop, no++, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
        }
      }
      f.qoo10.slowOrderSearches(Duration.ofMillis(15));
      Jdbi jdbi = HubJdbi.create(f.dataSource);
      f.hub.start();
      second.start();

      for (int round = 1; round <= ROUNDS; round++) {
        String r = Integer.toString(round);
        CompletableFuture<List<SyncOutcome>> manual =
            CompletableFuture.supplyAsync(() -> SHOPS.stream().map(second::syncNow).toList());
        await("round " + r + " of scheduled imports")
            .atMost(Duration.ofSeconds(30))
            .until(() -> noImportDue(jdbi, f));
        manual.get();
        f.qoo10.setStatus(Long.parseLong(r), ShippingStatus.SELLER_CONFIRM);
        f.clock.advance(Duration.ofMinutes(5));
      }
      f.hub.stop();
      second.stop();
      SHOPS.forEach(f.hub::syncNow);

      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_order_line")).isEqualTo(60);
      assertThat(
              count(jdbi, "SELECT COUNT(DISTINCT shop_id || '/' || order_no) FROM hub_order_line"))
          .isEqualTo(60);
      // each line's import, kept in its row (its first statuses), once
      assertThat(
              count(jdbi, "SELECT COUNT(*) FROM hub_order_line WHERE first_hub_status IS NOT NULL"))
          .isEqualTo(60);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_order_history WHERE kind = 'IMPORTED'"))
          .isZero();
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_order_history WHERE kind = 'QOO10_STATUS'"))
          .isEqualTo(ROUNDS);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_sync_run WHERE outcome <> 'OK'")).isZero();
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_sync_run WHERE trigger_kind = 'SCHEDULED'"))
          .isGreaterThanOrEqualTo(SHOPS.size());
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_sync_run WHERE trigger_kind = 'MANUAL'"))
          .isPositive();
      for (String shop : SHOPS) {
        assertThat(f.qoo10.maxConcurrentOrderSearches(shop)).as(shop).isEqualTo(1);
      }
    }
  }

  /** Every shop's import job has run for this round: none is due or running. */
  private static boolean noImportDue(Jdbi jdbi, HubFixture f) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        """
                    SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'hub-import'
                      AND (picked OR execution_time <= :now)""")
                    .bind("now", f.clock.instant())
                    .mapTo(Integer.class)
                    .one()
                == 0);
  }

  private static int count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }
}
