package io.qconnect.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.shop.ShopHealth;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class KeyExpiryWatcherTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  private static List<Alert.Kind> kinds(HubFixture f) {
    return f.hub.alerts().list(SHOP).stream().map(Alert::kind).toList().reversed();
  }

  @Test
  void warns_at_60_days_and_renews_30_days_before_expiry() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.clock.advance(Duration.ofDays(300));
      assertThat(f.hub.checkKeysNow().alertsRaised()).isZero();

      f.clock.advance(Duration.ofDays(6));
      assertThat(f.hub.checkKeysNow().alertsRaised()).isEqualTo(1);
      assertThat(f.hub.checkKeysNow().alertsRaised()).isZero();
      assertThat(f.hub.alerts().list(SHOP).get(0).message())
          .contains("expires on 2027-01-14 (JST), in 59 day(s)");

      f.clock.advance(Duration.ofDays(30));
      KeyExpiryWatcher.Report r = f.hub.checkKeysNow();

      assertThat(r.renewed()).isEqualTo(1);
      assertThat(f.hub.shops().get(SHOP).keyIssuedAt()).isEqualTo(f.clock.instant());
      assertThat(kinds(f)).containsExactly(Alert.Kind.KEY_EXPIRING, Alert.Kind.KEY_RENEWED);
    }
  }

  @Test
  void when_renewal_fails_it_warns_at_30_7_and_1_days_and_on_expiry() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP, new ShopSettings(List.of(2, 3), 7, 5, true, false, 2, 30));
      f.qoo10.changePassword(SHOP, "changed-in-qsm");

      f.clock.advance(Duration.ofDays(336));
      KeyExpiryWatcher.Report r = f.hub.checkKeysNow();
      assertThat(r.renewalsFailed()).isEqualTo(1);
      assertThat(f.hub.shops().get(SHOP).health()).isEqualTo(ShopHealth.FAILING);
      f.clock.advance(Duration.ofDays(23));
      f.hub.checkKeysNow();
      f.clock.advance(Duration.ofDays(5));
      f.hub.checkKeysNow();
      f.clock.advance(Duration.ofDays(2));
      f.hub.checkKeysNow();

      assertThat(kinds(f))
          .containsSubsequence(
              Alert.Kind.KEY_EXPIRING,
              Alert.Kind.KEY_EXPIRING,
              Alert.Kind.KEY_EXPIRING,
              Alert.Kind.KEY_EXPIRED)
          .contains(Alert.Kind.KEY_RENEWAL_FAILED);
      assertThat(f.hub.alerts().list(SHOP))
          .filteredOn(a -> a.kind() == Alert.Kind.KEY_EXPIRING)
          .extracting(Alert::message)
          .anySatisfy(m -> assertThat(m).contains("in 29 day(s)"))
          .anySatisfy(m -> assertThat(m).contains("in 6 day(s)"))
          .anySatisfy(m -> assertThat(m).contains("in 1 day(s)"));
    }
  }
}
