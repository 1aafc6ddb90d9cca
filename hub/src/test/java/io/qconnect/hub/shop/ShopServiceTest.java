package io.qconnect.hub.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.NotFoundException;
import io.qconnect.hub.sync.Alert;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class ShopServiceTest {
  @Parameter Engine engine;

  @Test
  void connects_a_shop_when_get_auth_works_and_counts_down_a_year() {
    try (HubFixture f = new HubFixture(engine)) {
      Shop shop = f.connect("demo-shop");

      assertThat(shop.health()).isEqualTo(ShopHealth.OK);
      assertThat(shop.keyIssuedAt()).isEqualTo(HubFixture.START);
      assertThat(shop.keyExpiresAt()).isEqualTo(HubFixture.START.plus(Duration.ofDays(365)));
      assertThat(shop.daysUntilExpiry(f.clock.instant())).isEqualTo(365);
      assertThat(shop.certKeyMasked()).startsWith("SAK_").contains("…");
      assertThat(shop.apiKeyMasked()).isEqualTo("APIK…01");
      assertThat(f.hub.shops().list()).extracting(Shop::shopId).containsExactly("demo-shop");
    }
  }

  @Test
  void refuses_a_wrong_password_in_plain_words_and_saves_nothing() {
    try (HubFixture f = new HubFixture(engine)) {
      f.qoo10.seller("demo-shop", HubFixture.apiKey("demo-shop"), "the-right-one");

      assertThatThrownBy(
              () ->
                  f.hub
                      .shops()
                      .connect(
                          new NewShop(
                              "demo-shop",
                              HubFixture.apiKey("demo-shop"),
                              "wrong",
                              f.qapiUrl(),
                              null)))
          .isInstanceOf(HubException.class)
          .hasMessageContaining("Get Auth failed")
          .hasMessageContaining("shop ID (QSM login ID) or the password is wrong")
          .hasMessageContaining("-10001")
          .hasMessageNotContaining("wrong\"");
      assertThat(f.hub.shops().list()).isEmpty();
    }
  }

  @Test
  void refuses_an_api_key_qoo10_does_not_know() {
    try (HubFixture f = new HubFixture(engine)) {
      assertThatThrownBy(
              () ->
                  f.hub
                      .shops()
                      .connect(new NewShop("demo-shop", "NO-SUCH-KEY", "pw", f.qapiUrl(), null)))
          .isInstanceOf(HubException.class)
          .hasMessageContaining("does not know this API key (-90001)");
      assertThat(f.hub.shops().list()).isEmpty();
    }
  }

  @Test
  void refuses_an_unreachable_host_naming_it() {
    try (HubFixture f = new HubFixture(engine)) {
      URI nowhere = URI.create("http://127.0.0.1:1/GMKT.INC.Front.QAPIService/ebayjapan.qapi");

      assertThatThrownBy(
              () -> f.hub.shops().connect(new NewShop("demo-shop", "KEY", "pw", nowhere, null)))
          .isInstanceOf(HubException.class)
          .hasMessageContaining("no QAPI endpoint answered at 127.0.0.1:1");
      assertThat(f.hub.shops().list()).isEmpty();
    }
  }

  @Test
  void keeps_the_password_and_both_keys_sealed_at_rest() throws SQLException {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect("demo-shop");
      String certKey = f.hub.shops().certificationKey("demo-shop");

      List<String> stored = new ArrayList<>();
      try (Connection c = f.dataSource.getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM hub_shop")) {
        rs.next();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          stored.add(String.valueOf(rs.getObject(i)));
        }
      }

      assertThat(String.join("|", stored))
          .doesNotContain(HubFixture.password("demo-shop"))
          .doesNotContain(HubFixture.apiKey("demo-shop"))
          .doesNotContain(certKey);
      assertThat(stored).filteredOn(v -> v.startsWith("v1:")).hasSize(3);
    }
  }

  @Test
  void renew_tokens_issues_a_new_key_that_the_next_call_uses() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect("demo-shop");
      String before = f.hub.shops().certificationKey("demo-shop");
      f.clock.advance(Duration.ofDays(10));

      Shop renewed = f.hub.shops().renew("demo-shop", "Renew Tokens");

      assertThat(f.hub.shops().certificationKey("demo-shop")).isNotEqualTo(before);
      assertThat(renewed.keyIssuedAt()).isEqualTo(HubFixture.START.plus(Duration.ofDays(10)));
      assertThat(f.hub.shops().testConnection("demo-shop").ok()).isTrue();
      assertThat(f.hub.alerts().list("demo-shop"))
          .extracting(Alert::kind)
          .containsExactly(Alert.Kind.KEY_RENEWED);
    }
  }

  @Test
  void a_failed_renewal_shows_the_shop_failing_with_the_error_and_an_alert() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect("demo-shop");
      f.qoo10.changePassword("demo-shop", "changed-in-qsm");

      assertThatThrownBy(() -> f.hub.shops().renew("demo-shop", "Renew Tokens"))
          .isInstanceOf(HubException.class)
          .hasMessageContaining("Renew Tokens failed");

      Shop shop = f.hub.shops().get("demo-shop");
      assertThat(shop.health()).isEqualTo(ShopHealth.FAILING);
      assertThat(shop.lastError()).contains("password is wrong");
      assertThat(f.hub.alerts().list("demo-shop"))
          .extracting(Alert::kind)
          .containsExactly(Alert.Kind.KEY_RENEWAL_FAILED);
    }
  }

  @Test
  void new_credentials_must_pass_get_auth_or_nothing_changes() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect("demo-shop");
      String key = f.hub.shops().certificationKey("demo-shop");
      ShopPatch badPassword =
          new ShopPatch(null, "not-it", null, null, 14, null, null, null, null, null);

      assertThatThrownBy(() -> f.hub.shops().update("demo-shop", badPassword))
          .isInstanceOf(HubException.class)
          .hasMessageContaining("Get Auth failed");
      assertThat(f.hub.shops().get("demo-shop").settings().lookbackDays()).isEqualTo(7);
      assertThat(f.hub.shops().certificationKey("demo-shop")).isEqualTo(key);

      f.qoo10.changePassword("demo-shop", "new-password");
      ShopPatch good =
          new ShopPatch(null, "new-password", null, null, 14, null, null, null, null, null);
      Shop updated = f.hub.shops().update("demo-shop", good);
      assertThat(updated.settings().lookbackDays()).isEqualTo(14);
      assertThat(f.hub.shops().certificationKey("demo-shop")).isNotEqualTo(key);
      assertThat(f.hub.shops().renew("demo-shop", "check").health()).isEqualTo(ShopHealth.OK);
    }
  }

  @Test
  void deleting_a_shop_removes_it_and_then_it_is_not_found() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect("demo-shop");

      f.hub.shops().delete("demo-shop");

      assertThat(f.hub.shops().find("demo-shop")).isEmpty();
      assertThatThrownBy(() -> f.hub.shops().delete("demo-shop"))
          .isInstanceOf(NotFoundException.class);
    }
  }
}
