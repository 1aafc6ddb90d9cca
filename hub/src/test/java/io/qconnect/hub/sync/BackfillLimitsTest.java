package io.qconnect.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.Hub;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.shop.ShopHealth;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A backfill is bounded (at most 2 years, not before 2010) and the hub's shutdown closes one in
 * progress as interrupted instead of leaving it RUNNING.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class BackfillLimitsTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  private static long orderSearches(HubFixture f) {
    return f.server.received().stream()
        .filter(r -> r.methodName().startsWith("GetShippingInfo"))
        .count();
  }

  @Test
  void a_twenty_year_backfill_is_refused_naming_the_bound_and_nothing_runs() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      long before = orderSearches(f);

      assertThatThrownBy(
              () ->
                  f.hub.sync().backfill(SHOP, LocalDate.of(2006, 1, 14), LocalDate.of(2026, 1, 14)))
          .isInstanceOf(HubException.class)
          .hasMessage(
              "backfill: 2006-01-14 to 2026-01-14 is 7306 days; a backfill covers at most 2 years"
                  + " (731 days); run several for a longer range");
      assertThatThrownBy(
              () ->
                  f.hub.sync().backfill(SHOP, LocalDate.of(2024, 1, 13), LocalDate.of(2026, 1, 14)))
          .isInstanceOf(BackfillRangeException.class)
          .hasMessageContaining("is 733 days; a backfill covers at most 2 years");
      assertThatThrownBy(
              () ->
                  f.hub.sync().backfill(SHOP, LocalDate.of(1970, 1, 1), LocalDate.of(1970, 12, 31)))
          .isInstanceOf(HubException.class)
          .hasMessage(
              "backfill: 'from' (1970-01-01) is before 2010-01-01; Qoo10 Japan has no orders that"
                  + " old");

      assertThat(f.hub.sync().runs(SHOP, 10)).isEmpty();
      assertThat(orderSearches(f)).isEqualTo(before);
    }
  }

  @Test
  void a_backfill_of_two_years_runs() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);

      SyncOutcome out =
          f.hub.sync().backfill(SHOP, LocalDate.of(2024, 1, 15), LocalDate.of(2026, 1, 14));

      assertThat(((SyncOutcome.Ran) out).run().outcome()).isEqualTo(SyncRun.Outcome.OK);
    }
  }

  @Test
  void closing_the_hub_mid_backfill_closes_the_run_as_interrupted() throws Exception {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 7001, ShippingStatus.ON_REQUEST, f.jstNow().minusDays(200));
      f.qoo10.slowOrderSearches(Duration.ofMillis(100));
      Hub nodeB = f.node("node-b");
      CompletableFuture<SyncOutcome> backfill =
          CompletableFuture.supplyAsync(
              () ->
                  nodeB
                      .sync()
                      .backfill(SHOP, LocalDate.of(2025, 1, 14), LocalDate.of(2026, 1, 14)));
      await("the backfill is running")
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                List<SyncRun> runs = f.hub.sync().runs(SHOP, 1);
                return !runs.isEmpty() && orderSearches(f) >= 2;
              });
      assertThat(f.hub.sync().runs(SHOP, 1).get(0).outcome()).isEqualTo(SyncRun.Outcome.RUNNING);

      nodeB.close();

      SyncRun closed = f.hub.sync().runs(SHOP, 1).get(0);
      assertThat(closed.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
      assertThat(closed.error())
          .isEqualTo("interrupted: the hub was shut down while the run was in progress");
      assertThat(closed.finishedAt()).isNotNull();
      assertThat(closed.node()).isEqualTo("node-b");

      // the backfill's thread stops at its next step and leaves the run as closed
      SyncRun ended = ((SyncOutcome.Ran) backfill.get(30, TimeUnit.SECONDS)).run();
      assertThat(ended.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
      assertThat(ended.error()).isEqualTo(closed.error());
      assertThat(f.hub.shops().get(SHOP).health()).isNotEqualTo(ShopHealth.FAILING);
      assertThat(f.hub.alerts().list(SHOP)).isEmpty();
      assertThat(orderSearches(f)).isLessThan(53);
    }
  }
}
