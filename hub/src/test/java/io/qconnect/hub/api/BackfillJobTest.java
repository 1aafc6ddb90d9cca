package io.qconnect.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.shop.ShopHealth;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A backfill runs as a background job: the request returns at once, it can be cancelled. */
@ParameterizedClass
@EnumSource(Engine.class)
class BackfillJobTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  private static long orderSearches(HubFixture f) {
    return f.server.received().stream()
        .filter(r -> r.methodName().startsWith("GetShippingInfo"))
        .count();
  }

  private static ApiClient.Answer start(ApiClient api, String from, String to) {
    return api.post(
        "/api/shops/" + SHOP + "/sync", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
  }

  private static JsonNode get(ApiClient api, long id) {
    return api.get("/api/backfills/" + id).json();
  }

  private static JsonNode cancel(ApiClient api, long id) {
    return api.post("/api/backfills/" + id + "/cancel", null).json();
  }

  private static boolean noBackfillJob(HubFixture f) {
    return HubJdbi.create(f.dataSource)
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'hub-backfill'")
                        .mapTo(Integer.class)
                        .one())
        == 0;
  }

  @Test
  void a_backfill_is_answered_at_once_and_runs_in_the_background_to_the_end() {
    try (HubFixture f = new HubFixture(engine, true);
        ApiClient api = new ApiClient(f)) {
      f.connect(SHOP, io.qconnect.hub.shop.ShopSettings.defaults().withAutomation(false, false));
      f.qoo10.order(SHOP, 7001, ShippingStatus.ON_REQUEST, LocalDateTime.of(2025, 3, 1, 12, 0));
      f.qoo10.slowOrderSearches(Duration.ofMillis(20));
      f.hub.start();

      long t0 = System.nanoTime();
      ApiClient.Answer answer = start(api, "2024-06-01", "2026-01-13");
      Duration answeredIn = Duration.ofNanos(System.nanoTime() - t0);

      assertThat(answer.status()).isEqualTo(202);
      JsonNode queued = answer.json();
      assertThat(queued.path("state").asText()).isIn("QUEUED", "RUNNING");
      // 85 weeks × 12 searches of 20 ms each: the job takes seconds; the request did not wait
      assertThat(answeredIn).isLessThan(Duration.ofSeconds(2));
      long id = queued.path("id").asLong();
      await("the backfill to finish")
          .atMost(Duration.ofSeconds(120))
          .until(() -> get(api, id).path("state").asText().equals("DONE"));
      JsonNode done = get(api, id);
      assertThat(done.path("runId").asLong()).isPositive();
      assertThat(f.hub.orders().find(SHOP, 7001)).isPresent();
      assertThat(f.hub.sync().runs(SHOP, 1).get(0).trigger()).isEqualTo(SyncRun.Trigger.BACKFILL);
    }
  }

  @Test
  void a_running_backfill_is_cancelled_at_its_next_step_and_the_shop_stays_healthy() {
    try (HubFixture f = new HubFixture(engine, true);
        ApiClient api = new ApiClient(f)) {
      f.connect(SHOP, io.qconnect.hub.shop.ShopSettings.defaults().withAutomation(false, false));
      f.qoo10.slowOrderSearches(Duration.ofMillis(100));
      f.hub.start();
      long id = start(api, "2024-01-15", "2026-01-14").json().path("id").asLong();
      await("the backfill to run")
          .atMost(Duration.ofSeconds(30))
          .until(() -> orderSearches(f) >= 3);

      JsonNode cancelling = cancel(api, id);

      assertThat(cancelling.path("cancelRequested").asBoolean()).isTrue();
      await("the backfill to stop")
          .atMost(Duration.ofSeconds(30))
          .until(() -> get(api, id).path("state").asText().equals("CANCELLED"));
      long searches = orderSearches(f);
      assertThat(searches).isLessThan(105 * 5);
      SyncRun run = f.hub.sync().runs(SHOP, 1).get(0);
      assertThat(run.error()).isEqualTo("cancelled by an operator");
      assertThat(get(api, id).path("runId").asLong()).isEqualTo(run.id());
      assertThat(f.hub.shops().get(SHOP).health()).isNotEqualTo(ShopHealth.FAILING);
      assertThat(f.hub.alerts().list(SHOP)).isEmpty();
      assertThat(cancel(api, id).path("state").asText()).isEqualTo("CANCELLED");
    }
  }

  @Test
  void a_queued_backfill_cancelled_before_it_runs_never_runs() {
    try (HubFixture f = new HubFixture(engine, true);
        ApiClient api = new ApiClient(f)) {
      f.connect(SHOP, io.qconnect.hub.shop.ShopSettings.defaults().withAutomation(false, false));
      long id = start(api, "2025-01-01", "2025-12-31").json().path("id").asLong();

      assertThat(cancel(api, id).path("state").asText()).isEqualTo("CANCELLED");
      f.hub.start();

      await("the job to be gone").atMost(Duration.ofSeconds(30)).until(() -> noBackfillJob(f));
      assertThat(f.hub.sync().runs(SHOP, 10)).isEmpty();
    }
  }

  @Test
  void a_backfill_over_two_years_is_refused_with_the_bound_and_nothing_is_queued() {
    try (HubFixture f = new HubFixture(engine, true);
        ApiClient api = new ApiClient(f)) {
      f.connect(SHOP);

      ApiClient.Answer a = start(api, "2023-01-01", "2026-01-14");

      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().path("error").asText()).contains("at most 2 years (731 days)");
      assertThat(f.hub.backfills().list(SHOP, 10)).isEmpty();
    }
  }
}
