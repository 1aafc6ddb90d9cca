package io.qconnect.hub.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.HubFixture;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConnectionReportTest {

  @Test
  void a_working_shop_reports_a_valid_key_its_expiry_and_the_clocks() {
    try (HubFixture f = new HubFixture(Engine.H2)) {
      f.connect("demo-shop");
      f.clock.set(Instant.now());

      ConnectionReport r = f.hub.shops().testConnection("demo-shop");

      assertThat(r.ok()).isTrue();
      assertThat(r.key()).isEqualTo(ConnectionReport.KeyState.VALID);
      assertThat(r.problem()).isNull();
      assertThat(r.clockSkewSeconds()).isNotNull();
      assertThat(r.messages().get(0)).contains("the certification key works");
      assertThat(r.messages().get(1)).contains("expires on");
      assertThat(r.messages().get(2)).contains("agrees with the server's");
    }
  }

  @Test
  void a_clock_far_off_the_servers_is_reported() {
    try (HubFixture f = new HubFixture(Engine.H2)) {
      f.connect("demo-shop");
      f.clock.set(Instant.now().plus(Duration.ofMinutes(10)));

      ConnectionReport r = f.hub.shops().testConnection("demo-shop");

      assertThat(r.clockSkewSeconds()).isLessThan(-500);
      assertThat(r.messages().get(2)).contains("10 minutes ahead of the server's");
    }
  }

  @Test
  void an_expired_key_is_named_with_what_to_do() {
    try (HubFixture f = new HubFixture(Engine.H2)) {
      f.connect("demo-shop");
      f.qoo10.expireKeys("demo-shop");

      ConnectionReport r = f.hub.shops().testConnection("demo-shop");

      assertThat(r.ok()).isFalse();
      assertThat(r.key()).isEqualTo(ConnectionReport.KeyState.EXPIRED);
      assertThat(r.problem().cause()).isEqualTo(ConnectionProblem.Cause.KEY_EXPIRED);
      assertThat(r.messages().get(0)).contains("has expired (-90004): use Renew Tokens");
    }
  }

  @Test
  void a_key_past_its_year_is_reported_expired_by_date_and_by_the_service() {
    try (HubFixture f = new HubFixture(Engine.H2)) {
      f.connect("demo-shop");
      f.clock.advance(Duration.ofDays(366));

      ConnectionReport r = f.hub.shops().testConnection("demo-shop");

      assertThat(r.key()).isEqualTo(ConnectionReport.KeyState.EXPIRED);
      assertThat(r.daysLeft()).isEqualTo(-1);
      assertThat(r.messages().get(1)).contains("expired on 2027-01-14");
    }
  }

  @Test
  void an_unreachable_host_is_named() {
    try (HubFixture f = new HubFixture(Engine.H2)) {
      f.connect("demo-shop");
      f.server.close();

      ConnectionReport r = f.hub.shops().testConnection("demo-shop");

      assertThat(r.ok()).isFalse();
      assertThat(r.key()).isEqualTo(ConnectionReport.KeyState.UNKNOWN);
      assertThat(r.problem().cause()).isEqualTo(ConnectionProblem.Cause.UNREACHABLE);
      assertThat(r.messages().get(0)).startsWith("no QAPI endpoint answered at 127.0.0.1:");
      assertThat(r.clockSkewSeconds()).isNull();
    }
  }

  @Test
  void a_key_the_service_does_not_accept_is_named() {
    try (HubFixture f = new HubFixture(Engine.H2)) {
      f.connect("demo-shop");
      f.qoo10.script(
          "ShippingBasic.GetShippingInfo_v3",
          2,
          "{\"ErrorCode\":-90001,\"ErrorMsg\":\"存在しないAPIです。\"}");

      ConnectionReport r = f.hub.shops().testConnection("demo-shop");

      assertThat(r.key()).isEqualTo(ConnectionReport.KeyState.REJECTED);
      assertThat(r.messages().get(0)).contains("does not accept the certification key (-90001)");
    }
  }
}
