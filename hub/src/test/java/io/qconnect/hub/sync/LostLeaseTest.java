package io.qconnect.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.qconnect.hub.Hub;
import io.qconnect.hub.HubConfig;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.core.LeaseLock;
import io.qconnect.hub.orders.OrderQuery;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/** A run that loses its shop's lease mid-import stops, stores nothing more, and says so. */
@ParameterizedClass
@EnumSource(Engine.class)
class LostLeaseTest {
  @Parameter Engine engine;

  private static final String SHOP = "demo-shop";
  private static final String LOCK = "import:" + SHOP;

  private static boolean locked(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM hub_lock WHERE name = :name")
                    .bind("name", LOCK)
                    .mapTo(Integer.class)
                    .one()
                == 1);
  }

  @Test
  void a_run_whose_lease_is_taken_over_stops_before_storing_and_is_logged() throws Exception {
    Logger log = (Logger) LoggerFactory.getLogger(LeaseLock.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    log.addAppender(logged);
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.cart(
          SHOP, 100, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1), 1001, 1002, 1003);
      f.qoo10.slowOrderSearches(Duration.ofMillis(300));
      HubConfig c = f.config("node-c");
      HubConfig shortLease =
          new HubConfig(
              c.apiToken(),
              c.defaultQapiUrl(),
              c.clientCustomizer(),
              c.scheduler(),
              c.nodeName(),
              Duration.ofMillis(300),
              c.shipmentBackoff(),
              c.probeTimeout(),
              c.qapiHosts(),
              c.getAuth(),
              c.mailDomain(),
              c.mailRetention());
      Jdbi jdbi = HubJdbi.create(f.dataSource);
      try (Hub nodeC = Hub.create(shortLease, f.dataSource, f.clock, f.box)) {
        CompletableFuture<SyncOutcome> run =
            CompletableFuture.supplyAsync(() -> nodeC.syncNow(SHOP));
        await("node-c holds the shop's lock")
            .atMost(Duration.ofSeconds(30))
            .until(() -> locked(jdbi));
        // node-c stalled past its lease and another node took the shop over
        jdbi.useHandle(
            h ->
                h.createUpdate("UPDATE hub_lock SET owner = 'node-b/1' WHERE name = :name")
                    .bind("name", LOCK)
                    .execute());

        SyncRun done = ((SyncOutcome.Ran) run.get(30, TimeUnit.SECONDS)).run();

        assertThat(done.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
        assertThat(done.error()).contains("lock " + LOCK + " was lost");
        assertThat(f.hub.orders().list(new OrderQuery(SHOP, null, null, null, 100))).isEmpty();
        assertThat(logged.list)
            .anySatisfy(
                e -> {
                  assertThat(e.getLevel()).isEqualTo(Level.ERROR);
                  assertThat(e.getFormattedMessage()).contains("lock " + LOCK + " was lost");
                });
      }
    } finally {
      log.detachAppender(logged);
    }
  }
}
