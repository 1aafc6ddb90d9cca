package io.qconnect.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.Hub;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.shop.ShopPatch;
import io.qconnect.hub.tracking.ShipmentState;
import io.qconnect.hub.tracking.ShippedLine;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The jobs on db-scheduler, driven by moving the clock. */
@ParameterizedClass
@EnumSource(Engine.class)
class SchedulerTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  private static long scheduledRuns(HubFixture f) {
    return f.hub.sync().runs(SHOP, 1000).stream()
        .filter(r -> r.trigger() == SyncRun.Trigger.SCHEDULED && r.finishedAt() != null)
        .count();
  }

  /** The import job waits for a time at least {@code d} from now. */
  private static boolean nextImportAfter(HubFixture f, Duration d) {
    Optional<Instant> next = f.hub.jobs().nextImport(SHOP);
    return next.isPresent() && next.get().isAfter(f.clock.instant().plus(d));
  }

  private static List<String> importJobs(HubFixture f) {
    Jdbi jdbi = HubJdbi.create(f.dataSource);
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT task_instance FROM scheduled_tasks WHERE task_name = 'hub-import'")
                .mapTo(String.class)
                .list());
  }

  @Test
  void imports_run_on_each_shops_interval_and_follow_its_settings() {
    try (HubFixture f = new HubFixture(engine, true)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.hub.start();

      await("the first scheduled import")
          .atMost(Duration.ofSeconds(30))
          .until(() -> scheduledRuns(f) == 1);
      await("the job to wait for its next run").atMost(Duration.ofSeconds(30)).until(() -> idle(f));
      assertThat(f.hub.orders().find(SHOP, 1001)).isPresent();
      SyncRun first = f.hub.sync().runs(SHOP, 1).get(0);
      assertThat(first.nextRunAt()).isEqualTo(first.finishedAt().plus(Duration.ofMinutes(5)));
      assertThat(nextImportAfter(f, Duration.ofMinutes(4))).isTrue();

      f.clock.advance(Duration.ofMinutes(5));
      await("the second scheduled import")
          .atMost(Duration.ofSeconds(30))
          .until(() -> scheduledRuns(f) == 2);
      await("the job to wait for its next run").atMost(Duration.ofSeconds(30)).until(() -> idle(f));

      f.hub.shops().update(SHOP, patch(10, null));
      assertThat(nextImportAfter(f, Duration.ofMinutes(9))).isTrue();

      f.hub.shops().update(SHOP, patch(null, false));
      assertThat(importJobs(f)).isEmpty();
      f.clock.advance(Duration.ofMinutes(30));
      f.hub.shops().update(SHOP, patch(null, true));
      assertThat(importJobs(f)).containsExactly(SHOP);
      await("an import soon after switching it back on")
          .atMost(Duration.ofSeconds(30))
          .until(() -> scheduledRuns(f) == 3);
      await("the job to wait for its next run").atMost(Duration.ofSeconds(30)).until(() -> idle(f));

      f.hub.shops().delete(SHOP);
      assertThat(importJobs(f)).isEmpty();
    }
  }

  /**
   * A job that is running when its shop changes follows the change when the run ends; wait for it
   * to be idle so that each step below is checked at once.
   */
  private static boolean idle(HubFixture f) {
    return HubJdbi.create(f.dataSource)
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT picked FROM scheduled_tasks WHERE task_name = 'hub-import' AND task_instance = :shop")
                    .bind("shop", SHOP)
                    .mapTo(Boolean.class)
                    .findOne()
                    .map(picked -> !picked)
                    .orElse(false));
  }

  private static ShopPatch patch(Integer intervalMinutes, Boolean autoImport) {
    return new ShopPatch(
        null, null, null, null, null, intervalMinutes, autoImport, null, null, null);
  }

  @Test
  void the_tracking_sender_runs_as_a_job() {
    try (HubFixture f = new HubFixture(engine, true)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.hub.syncNow(SHOP);
      f.hub.shipments().markShipped(List.of(new ShippedLine(SHOP, "1001", "ヤマト", "4912-0001")));
      f.hub.start();

      f.clock.advance(Duration.ofMinutes(2));

      await("the tracking number to be sent")
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> f.hub.shipments().find(SHOP, 1001).orElseThrow().state() == ShipmentState.SENT);
      assertThat(f.qoo10.get(1001).status()).isEqualTo(ShippingStatus.ON_DELIVERY);
    }
  }

  @Test
  void a_queued_tracking_number_reaches_qoo10_within_seconds_though_the_tick_is_a_minute() {
    try (HubFixture f = new HubFixture(engine, true);
        Hub node =
            Hub.create(
                f.config("node-b", SchedulerSettings.defaults()), f.dataSource, f.clock, f.box)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      node.syncNow(SHOP);
      node.start();
      await("the sender's first tick to pass")
          .atMost(Duration.ofSeconds(30))
          .until(() -> nextTick(f).isAfter(f.clock.instant().plusSeconds(30)));

      long queuedAt = System.nanoTime();
      node.shipments().markShipped(List.of(new ShippedLine(SHOP, "1001", "ヤマト", "4912-0001")));

      await("the tracking number to reach Qoo10")
          .atMost(Duration.ofSeconds(5))
          .pollInterval(Duration.ofMillis(20))
          .until(() -> f.qoo10.get(1001).status() == ShippingStatus.ON_DELIVERY);
      Duration took = Duration.ofNanos(System.nanoTime() - queuedAt);
      assertThat(took).isLessThan(Duration.ofSeconds(5));
      assertThat(nextTick(f)).isAfter(f.clock.instant().plusSeconds(20));
      await("the write-back to be recorded as sent")
          .atMost(Duration.ofSeconds(5))
          .until(
              () -> node.shipments().find(SHOP, 1001).orElseThrow().state() == ShipmentState.SENT);
    }
  }

  /** When the one-minute tracking sender runs next. */
  private static Instant nextTick(HubFixture f) {
    return HubJdbi.create(f.dataSource)
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'hub-shipments'")
                    .mapTo(Instant.class)
                    .findOne()
                    .orElse(Instant.MIN));
  }

  @Test
  void the_key_watcher_runs_as_a_job() {
    try (HubFixture f = new HubFixture(engine, true)) {
      f.connect(SHOP);
      f.hub.start();

      f.clock.advance(Duration.ofDays(340));

      // a check that began before the jump ends after it and comes back an hour (fake time) later:
      // the clock moves on an hour at each look, as it would
      await("the key to be renewed")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                boolean renewed =
                    f.hub.alerts().list(SHOP).stream()
                        .anyMatch(a -> a.kind() == Alert.Kind.KEY_RENEWED);
                f.clock.advance(Duration.ofHours(1));
                return renewed;
              });
      assertThat(f.hub.shops().get(SHOP).keyIssuedAt())
          .isAfter(HubFixture.START.plus(Duration.ofDays(340)));
    }
  }
}
