package io.qconnect.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.core.LeaseLock;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopHealth;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class SyncServiceTest {
  private static final String SHOP = "demo-shop";
  private static final String NOT_AUTHORIZED =
      "{\"ErrorCode\":-90002,\"ErrorMsg\":\"You are not authorized for this.\"}";

  @Parameter Engine engine;

  private static SyncRun sync(HubFixture f) {
    return ((SyncOutcome.Ran) f.hub.syncNow(SHOP)).run();
  }

  @Test
  void every_run_is_logged_with_its_counts_and_the_next_run() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.cart(
          SHOP, 100, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1), 1001, 1002, 1003);
      sync(f);
      f.qoo10.setStatus(1002, ShippingStatus.SELLER_CONFIRM);
      f.qoo10.order(SHOP, 1004, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.clock.advance(Duration.ofMinutes(1));

      SyncRun run = sync(f);

      assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.OK);
      assertThat(run.trigger()).isEqualTo(SyncRun.Trigger.MANUAL);
      assertThat(run.node()).isEqualTo("node-a");
      assertThat(run)
          .extracting(
              SyncRun::fetched,
              SyncRun::created,
              SyncRun::updated,
              SyncRun::unchanged,
              SyncRun::failed)
          .containsExactly(4, 1, 1, 2, 0);
      assertThat(run.startedAt()).isEqualTo(f.clock.instant());
      assertThat(run.finishedAt()).isEqualTo(f.clock.instant());
      assertThat(run.error()).isEmpty();
      // the import job was scheduled at connection time (the scheduler is not started here)
      assertThat(run.nextRunAt()).isEqualTo(HubFixture.START);
      assertThat(f.hub.sync().runs(SHOP, 10)).hasSize(2).first().isEqualTo(run);
      assertThat(f.hub.shops().get(SHOP).lastSuccessAt()).isEqualTo(f.clock.instant());
    }
  }

  @Test
  void a_failed_run_is_logged_and_the_shop_shows_failing_until_a_run_succeeds() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.script("ShippingBasic.GetShippingInfo_v3", 2, NOT_AUTHORIZED);

      SyncRun failed = sync(f);
      SyncRun failedAgain = sync(f);

      assertThat(failed.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
      assertThat(failed.error()).contains("(-90002)").contains("suspended");
      assertThat(failedAgain.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
      Shop shop = f.hub.shops().get(SHOP);
      assertThat(shop.health()).isEqualTo(ShopHealth.FAILING);
      assertThat(shop.lastError()).isEqualTo(failed.error());
      assertThat(f.hub.alerts().list(SHOP))
          .extracting(Alert::kind)
          .containsExactly(Alert.Kind.SYNC_FAILED);

      assertThat(sync(f).outcome()).isEqualTo(SyncRun.Outcome.OK);
      assertThat(f.hub.shops().get(SHOP).health()).isEqualTo(ShopHealth.OK);
      assertThat(f.hub.shops().get(SHOP).lastError()).isEmpty();
    }
  }

  @Test
  void an_expired_key_is_reissued_and_the_call_made_once_more() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.qoo10.expireKeys(SHOP);

      SyncRun run = sync(f);

      assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.OK);
      assertThat(run.created()).isEqualTo(1);
      List<String> keysUsed =
          f.server.received().stream()
              .filter(r -> r.methodName().equals("GetShippingInfo_v3"))
              .map(r -> r.key().orElseThrow())
              .distinct()
              .toList();
      assertThat(keysUsed).hasSize(2);
      assertThat(f.server.received())
          .filteredOn(r -> r.methodName().equals("CreateCertificationKey"))
          .hasSize(2);
      assertThat(f.hub.alerts().list(SHOP))
          .extracting(Alert::kind)
          .containsExactly(Alert.Kind.KEY_RENEWED);
      assertThat(f.hub.alerts().list(SHOP).get(0).message()).contains("-90004");
    }
  }

  @Test
  void an_expired_key_that_cannot_be_reissued_fails_the_run_in_plain_words() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.expireKeys(SHOP);
      f.qoo10.changePassword(SHOP, "changed-in-qsm");

      SyncRun run = sync(f);

      assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
      assertThat(run.error()).contains("Renew Tokens failed").contains("password is wrong");
      assertThat(f.hub.shops().get(SHOP).health()).isEqualTo(ShopHealth.FAILING);
      assertThat(f.hub.alerts().list(SHOP))
          .extracting(Alert::kind)
          .containsExactly(Alert.Kind.KEY_RENEWAL_FAILED);
    }
  }

  @Test
  void a_shop_being_synced_elsewhere_answers_busy_until_the_lease_runs_out() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      Jdbi jdbi = HubJdbi.create(f.dataSource);
      LeaseLock otherNode = new LeaseLock(jdbi, "node-b", Duration.ofSeconds(1));
      Optional<LeaseLock.Lease> held = otherNode.tryAcquire("import:" + SHOP);
      assertThat(held).isPresent();

      assertThat(f.hub.syncNow(SHOP)).isEqualTo(new SyncOutcome.Busy(SHOP));
      assertThat(f.hub.sync().runs(SHOP, 10)).isEmpty();

      otherNode
          .close(); // node-b dies: nobody renews its lease, which runs out by the database's clock
      await("node-b's lease ran out")
          .atMost(Duration.ofSeconds(30))
          .until(() -> leaseRanOut(jdbi, "import:" + SHOP));
      assertThat(f.hub.syncNow(SHOP)).isInstanceOf(SyncOutcome.Ran.class);
    }
  }

  private static boolean leaseRanOut(Jdbi jdbi, String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM hub_lock WHERE name = :name"
                            + " AND locked_until < CURRENT_TIMESTAMP")
                    .bind("name", name)
                    .mapTo(Integer.class)
                    .one()
                == 1);
  }

  @Test
  void a_lock_is_free_again_once_released() {
    try (HubFixture f = new HubFixture(engine)) {
      LeaseLock locks =
          new LeaseLock(HubJdbi.create(f.dataSource), "node-b", Duration.ofMinutes(30));
      LeaseLock.Lease first = locks.tryAcquire("x").orElseThrow();

      assertThat(locks.tryAcquire("x")).isEmpty();
      first.close();
      assertThat(locks.tryAcquire("x")).isPresent();
    }
  }
}
