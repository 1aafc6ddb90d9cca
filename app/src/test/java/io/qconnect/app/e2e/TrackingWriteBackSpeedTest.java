package io.qconnect.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.tracking.ShippedLine;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a tracking number queued in the hub reaches the marketplace within seconds, though the
 * hub's scheduler polls every 10 s and its tracking sender ticks once a minute (the defaults).
 */
class TrackingWriteBackSpeedTest {
  private HubWorld w;

  @BeforeEach
  void start() {
    w = new HubWorld(Engine.H2, true);
  }

  @AfterEach
  void stop() {
    w.close();
  }

  /** When the one-minute tracking sender runs next. */
  private Instant nextTick() {
    return Jdbi.create(w.hubDb)
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT execution_time FROM scheduled_tasks"
                            + " WHERE task_name = 'hub-shipments'")
                    .mapTo(Instant.class)
                    .findOne()
                    .orElse(Instant.MIN));
  }

  @Test
  void a_queued_tracking_number_is_on_the_marketplace_in_under_5_seconds() {
    w.buyersOrder(3, 13);
    w.hub.syncNow(w.shopId);
    OrderLine l = w.hubLines().get(0);
    w.hub.start();
    await("the sender's first tick to pass")
        .atMost(Duration.ofSeconds(30))
        .until(() -> nextTick().isAfter(Instant.now().plusSeconds(30)));

    long t0 = System.nanoTime();
    w.hub
        .shipments()
        .markShipped(
            List.of(
                new ShippedLine(w.shopId, Long.toString(l.orderNo()), "ヤマト運輸", "4912-5555-0001")));
    await("the tracking number on the marketplace")
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> "4:4912-5555-0001".equals(w.marketState().get(l.orderNo())));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);

    System.out.println("tracking write-back reached the marketplace in " + took.toMillis() + " ms");
    assertThat(took).isLessThan(Duration.ofSeconds(5));
    assertThat(nextTick()).isAfter(Instant.now().plusSeconds(20));
  }
}
