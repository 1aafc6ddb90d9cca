package io.qconnect.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.NotFoundException;
import io.qconnect.hub.orders.OrderQuery;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopHealth;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The operator's workflows on the hub's side (issue 14): Sync now in the background, Test
 * Connection stored, alerts acknowledged and resolved on recovery, a shop removed with its orders
 * kept and connected again.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class OperatorWorkflowTest {
  private static final String SHOP = "demo-shop";
  private static final String NOT_AUTHORIZED =
      "{\"ErrorCode\":-90002,\"ErrorMsg\":\"You are not authorized for this.\"}";

  @Parameter Engine engine;

  @Test
  void sync_now_answers_at_once_with_the_run_running_and_the_run_ends_with_its_counts() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.qoo10.slowOrderSearches(Duration.ofMillis(600));

      SyncRun started = f.hub.sync().startNow(SHOP).orElseThrow();
      Optional<SyncRun> second = f.hub.sync().startNow(SHOP);

      assertThat(started.outcome()).isEqualTo(SyncRun.Outcome.RUNNING);
      assertThat(started.trigger()).isEqualTo(SyncRun.Trigger.MANUAL);
      assertThat(second).as("a second Sync now while the first runs").isEmpty();
      SyncRun done =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> f.hub.sync().run(started.id()),
                  r -> r.outcome() != SyncRun.Outcome.RUNNING);
      assertThat(done.outcome()).isEqualTo(SyncRun.Outcome.OK);
      assertThat(done.created()).isEqualTo(1);
      assertThatThrownBy(() -> f.hub.sync().run(987654L)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void a_failing_shop_alert_is_acknowledged_once_and_resolved_when_a_sync_works_again() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.script("ShippingBasic.GetShippingInfo_v3", 2, NOT_AUTHORIZED);
      f.hub.syncNow(SHOP);
      Alert failed = f.hub.alerts().page(SHOP, true, 10, 0).alerts().get(0);
      assertThat(failed.kind()).isEqualTo(Alert.Kind.SYNC_FAILED);
      assertThat(failed.open()).isTrue();

      Alert acked = f.hub.alerts().acknowledge(failed.id(), "operator");
      f.clock.advance(Duration.ofMinutes(5));
      Alert again = f.hub.alerts().acknowledge(failed.id(), "someone-else");

      assertThat(acked.acknowledgedBy()).isEqualTo("operator");
      assertThat(acked.acknowledgedAt()).isEqualTo(HubFixture.START);
      assertThat(again.acknowledgedBy())
          .as("the first acknowledgement stays")
          .isEqualTo("operator");
      assertThat(f.hub.alerts().page(SHOP, true, 10, 0).total()).isZero();
      assertThat(acked.resolvedAt()).isNull();

      f.hub.syncNow(SHOP); // the second scripted failure
      assertThat(f.hub.alerts().list(SHOP).get(0).resolvedAt()).isNull();
      f.hub.syncNow(SHOP);

      assertThat(f.hub.alerts().list(SHOP))
          .allSatisfy(a -> assertThat(a.resolvedAt()).isEqualTo(f.clock.instant()));
      assertThatThrownBy(() -> f.hub.alerts().acknowledge(987654L, "operator"))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void a_renewed_key_resolves_the_failed_renewal_alert() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.changePassword(SHOP, "changed-in-qsm");
      assertThatThrownBy(() -> f.hub.shops().renew(SHOP, "check")).isInstanceOf(HubException.class);
      assertThat(f.hub.alerts().page(SHOP, true, 10, 0).alerts())
          .extracting(Alert::kind)
          .containsExactly(Alert.Kind.KEY_RENEWAL_FAILED);
      f.qoo10.changePassword(SHOP, HubFixture.password(SHOP));
      f.clock.advance(Duration.ofMinutes(1));

      f.hub.shops().renew(SHOP, "check");

      assertThat(f.hub.alerts().page(SHOP, true, 10, 0).alerts())
          .extracting(Alert::kind)
          .containsExactly(Alert.Kind.KEY_RENEWED);
      assertThat(f.hub.alerts().list(SHOP))
          .filteredOn(a -> a.kind() == Alert.Kind.KEY_RENEWAL_FAILED)
          .singleElement()
          .satisfies(a -> assertThat(a.resolvedAt()).isEqualTo(f.clock.instant()));
    }
  }

  @Test
  void test_connection_stores_its_result_and_the_health_follows_it() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.script("ShippingBasic.GetShippingInfo_v3", 1, NOT_AUTHORIZED);

      assertThat(f.hub.shops().testConnection(SHOP).ok()).isFalse();
      Shop failing = f.hub.shops().get(SHOP);
      f.clock.advance(Duration.ofMinutes(1));
      assertThat(f.hub.shops().testConnection(SHOP).ok()).isTrue();
      Shop healthy = f.hub.shops().get(SHOP);

      assertThat(failing.health()).isEqualTo(ShopHealth.FAILING);
      assertThat(failing.tested()).isEqualTo(new Shop.Tested(HubFixture.START, false));
      assertThat(failing.lastError()).isNotEmpty();
      assertThat(healthy.health()).isEqualTo(ShopHealth.OK);
      assertThat(healthy.tested().ok()).isTrue();
      assertThat(healthy.tested().at()).isEqualTo(f.clock.instant());
    }
  }

  @Test
  void a_removed_shop_keeps_its_orders_loses_its_secrets_and_comes_back_when_connected_again() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP, ShopSettings.defaults().withLookbackDays(14));
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.hub.syncNow(SHOP);

      f.hub.shops().remove(SHOP, "operator");

      assertThat(f.hub.shops().find(SHOP)).isEmpty();
      assertThat(f.hub.shops().list()).isEmpty();
      assertThat(f.hub.jobs().nextImport(SHOP)).isEmpty();
      assertThat(f.hub.orders().list(OrderQuery.shop(SHOP))).hasSize(1);
      assertThat(f.hub.sync().runs(SHOP, 10)).hasSize(1);
      assertThat(f.hub.orders().list(OrderQuery.shop(SHOP)).get(0).orderNo()).isEqualTo(1001);
      assertThat(sealedSecrets(f)).isEqualTo("|null|null");
      assertThatThrownBy(() -> f.hub.shops().remove(SHOP, "operator"))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> f.hub.syncNow(SHOP)).isInstanceOf(NotFoundException.class);

      Shop back = f.connect(SHOP);

      assertThat(back.settings().lookbackDays()).isEqualTo(7);
      assertThat(f.hub.shops().list()).extracting(Shop::shopId).containsExactly(SHOP);
      assertThat(f.hub.orders().list(OrderQuery.shop(SHOP))).hasSize(1);
      assertThat(f.hub.shops().testConnection(SHOP).ok()).isTrue();
    }
  }

  private static String sealedSecrets(HubFixture f) {
    return io.qconnect.hub.core.HubJdbi.create(f.dataSource)
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT api_key_sealed, password_sealed, cert_key_sealed FROM hub_shop")
                    .map(
                        (rs, ctx) ->
                            rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                    .one());
  }
}
