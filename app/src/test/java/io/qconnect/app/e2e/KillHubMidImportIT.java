package io.qconnect.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub node killed (SIGKILL) in the middle of an import, then started again on the same database:
 * it loses nothing and duplicates nothing, and the interrupted run is closed in the run log.
 */
class KillHubMidImportIT {
  @TempDir Path dir;

  @Test
  void killing_the_hub_mid_import_and_restarting_it_loses_and_duplicates_nothing()
      throws Exception {
    try (MarketplaceServer market =
            new MarketplaceServer(Engine.H2, OffsetDateTime.now(), AccessSettings.demo());
        HikariDataSource hubDb = TestDatabases.postgres()) {
      var seeded =
          HubWorld.read(
              market
                  .sandbox("POST", "/sandbox/seed", "{\"seed\":7,\"sellers\":1,\"items\":40}")
                  .body());
      var seller = seeded.get("sellers").get(0);
      market.market.simulator().start(0, 77);
      market.market.simulator().placeOrders(2500);
      Jdbi marketDb = Jdbi.create(market.dataSource);
      for (long no :
          marketDb.withHandle(
              h ->
                  h.createQuery("SELECT order_no FROM mk_order_line WHERE status = 1")
                      .mapTo(Long.class)
                      .list())) {
        market.sandbox("POST", "/sandbox/orders/" + no + "/pay", null);
      }
      int expected =
          marketDb.withHandle(
              h ->
                  h.createQuery(
                          "SELECT COUNT(*) FROM mk_order_line WHERE status IN (2, 3) AND claim_status IS NULL")
                      .mapTo(Integer.class)
                      .one());
      // slow every search down so that the kill lands inside the import
      market.sandbox(
          "POST",
          "/sandbox/faults",
          "{\"method\":\"ShippingBasic.GetShippingInfo_v3\",\"fault\":\"delay\",\"delayMs\":1500}");

      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Map<String, String> env =
          Map.of(
              "QC_HUB_DB_URL", hubDb.getJdbcUrl(),
              "QC_QAPI_URL", market.qapiUrl().toString(),
              "QC_SECRET_KEY", Base64.getEncoder().encodeToString(key),
              "QC_HUB_LOCK_LEASE", "PT6S");
      String shopId = seller.get("sellerId").asText();
      Jdbi hub = Jdbi.create(hubDb);

      HubProcess first = new HubProcess(dir, env);
      HttpResponse<String> created =
          first.call(
              "POST",
              "/api/shops",
              "{\"shopId\":\""
                  + shopId
                  + "\",\"apiKey\":\""
                  + seller.get("apiKey").asText()
                  + "\",\"password\":\""
                  + seller.get("password").asText()
                  + "\",\"statuses\":[2,3],\"lookbackDays\":7,\"intervalMinutes\":60,\"autoConfirm\":false}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      first.callAsync("POST", "/api/shops/" + shopId + "/sync", null);
      int atKill = awaitSomeLines(hub, expected);
      first.kill();
      int afterKill = count(hub, "SELECT COUNT(*) FROM hub_order_line");
      assertThat(afterKill)
          .as("the kill landed in the middle of the import")
          .isBetween(1, expected - 1);
      assertThat(count(hub, "SELECT COUNT(*) FROM hub_sync_run WHERE outcome = 'RUNNING'")).isOne();

      market.sandbox("DELETE", "/sandbox/faults", null);
      try (HubProcess second = new HubProcess(dir, env)) {
        HttpResponse<String> sync = syncUntilRan(second, shopId);
        assertThat(sync.body()).contains("\"outcome\":\"OK\"");
      }

      assertThat(count(hub, "SELECT COUNT(*) FROM hub_order_line")).isEqualTo(expected);
      assertThat(
              count(
                  hub,
                  "SELECT COUNT(*) FROM (SELECT order_no FROM hub_order_line GROUP BY shop_id, order_no HAVING COUNT(*) > 1) d"))
          .isZero();
      List<Long> marketNos =
          marketDb.withHandle(
              h ->
                  h.createQuery(
                          "SELECT order_no FROM mk_order_line WHERE status IN (2, 3) AND claim_status IS NULL")
                      .mapTo(Long.class)
                      .list());
      List<Long> hubNos =
          hub.withHandle(
              h -> h.createQuery("SELECT order_no FROM hub_order_line").mapTo(Long.class).list());
      assertThat(hubNos).containsExactlyInAnyOrderElementsOf(marketNos);
      assertThat(count(hub, "SELECT COUNT(*) FROM hub_sync_run WHERE outcome = 'RUNNING'"))
          .isZero();
      assertThat(count(hub, "SELECT COUNT(*) FROM hub_sync_run WHERE error LIKE 'interrupted%'"))
          .isOne();
      assertThat(atKill).isPositive();
    }
  }

  private static int awaitSomeLines(Jdbi hub, int expected) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      int n = count(hub, "SELECT COUNT(*) FROM hub_order_line");
      if (n > 0) {
        return n;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the import never stored a line (expected " + expected + ")");
  }

  /** Syncs until the dead node's lease has lapsed and this node gets the lock. */
  private static HttpResponse<String> syncUntilRan(HubProcess p, String shopId)
      throws InterruptedException {
    for (int i = 0; i < 60; i++) {
      HttpResponse<String> r = p.call("POST", "/api/shops/" + shopId + "/sync", null);
      if (r.statusCode() == 200 && !r.body().contains("busy") && !r.body().contains("BUSY")) {
        return r;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the restarted hub never got to import:\n" + p.log());
  }

  private static int count(Jdbi db, String sql) {
    return db.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }
}
