package io.qconnect.marketplace.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.wire.QapiTransportException;
import io.qconnect.protocol.wire.QapiTransportException.Reason;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SandboxRoutesTest {
  @TestMarketplace MarketplaceServer server;

  private QapiResult<CertificationKey> certify(ApiKey api) {
    return server.client.createCertificationKey(api, "sbx-shop", "sbx-password");
  }

  @Test
  void every_sandbox_call_needs_the_token() {
    assertThat(server.http("GET", "/sandbox/clock", null, null).statusCode()).isEqualTo(401);
    assertThat(server.http("GET", "/sandbox/clock", null, "wrong").statusCode()).isEqualTo(401);
    assertThat(server.sandbox("GET", "/sandbox/clock", null).statusCode()).isEqualTo(200);
  }

  @Test
  void creates_a_seller_with_an_approved_api_key() {
    HttpResponse<String> r =
        server.sandbox(
            "POST",
            "/sandbox/sellers",
            "{\"sellerId\":\"sbx-shop\",\"password\":\"sbx-password\",\"email\":\"s@example.jp\",\"reviewCompleted\":true,\"servicePoints\":0}");
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body()).contains("\"sellerId\":\"sbx-shop\"", "\"apiKey\":\"");
    assertThat(server.market.keys().apiKey("sbx-shop")).isPresent();
  }

  @Test
  void a_bad_seller_is_refused_with_a_clear_message() {
    HttpResponse<String> r =
        server.sandbox(
            "POST",
            "/sandbox/sellers",
            "{\"sellerId\":\"x\",\"password\":\"short\",\"email\":\"e@x.jp\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("seller ID must be");
    assertThat(server.sandbox("POST", "/sandbox/sellers", "not json").body()).contains("not JSON");
  }

  @Test
  void sets_and_advances_the_clock_in_japan_time() {
    server.sandbox("PUT", "/sandbox/clock", "{\"now\":\"2026-05-01T10:00:00+09:00\"}");
    assertThat(server.sandbox("GET", "/sandbox/clock", null).body())
        .contains("\"now\":\"2026-05-01T10:00");
    server.sandbox("PUT", "/sandbox/clock", "{\"advance\":\"P1D\"}");
    assertThat(server.sandbox("GET", "/sandbox/clock", null).body())
        .contains("\"now\":\"2026-05-02T10:00", "+09:00");
    assertThat(server.sandbox("PUT", "/sandbox/clock", "{\"advance\":\"tomorrow\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void an_advanced_clock_expires_keys_after_365_days() {
    ApiKey api = server.sandboxSeller("sbx-shop", "sbx-password");
    CertificationKey key = certify(api).orElseThrow();
    assertThat(server.market.keys().check(key.value()))
        .isInstanceOf(io.qconnect.marketplace.access.KeyCheck.Valid.class);
    server.sandbox("PUT", "/sandbox/clock", "{\"advance\":\"P365D\"}");
    assertThat(server.market.keys().check(key.value()))
        .isInstanceOf(io.qconnect.marketplace.access.KeyCheck.Expired.class);
  }

  @Test
  void injects_an_error_code_a_given_number_of_times() {
    ApiKey api = server.sandboxSeller("sbx-shop", "sbx-password");
    server.sandbox(
        "POST",
        "/sandbox/faults",
        "{\"method\":\"CertificationAPI.CreateCertificationKey\",\"fault\":\"error\",\"resultCode\":-10101,\"times\":1}");
    assertThat(certify(api).code()).isEqualTo(-10101);
    assertThat(certify(api).code()).isZero();
  }

  @Test
  void injects_http_500_garbage_and_dropped_connections_until_cleared() {
    ApiKey api = server.sandboxSeller("sbx-shop", "sbx-password");
    server.sandbox(
        "POST", "/sandbox/faults", "{\"method\":\"*\",\"fault\":\"http500\",\"times\":1}");
    server.sandbox(
        "POST", "/sandbox/faults", "{\"method\":\"*\",\"fault\":\"garbage\",\"times\":1}");
    server.sandbox("POST", "/sandbox/faults", "{\"method\":\"*\",\"fault\":\"drop\"}");
    assertThatThrownBy(() -> certify(api))
        .isInstanceOfSatisfying(
            QapiTransportException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS));
    assertThatThrownBy(() -> certify(api))
        .isInstanceOfSatisfying(
            QapiTransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    assertThatThrownBy(() -> certify(api))
        .isInstanceOfSatisfying(
            QapiTransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IO));
    server.sandbox("DELETE", "/sandbox/faults", null);
    assertThat(certify(api).isSuccess()).isTrue();
  }

  @Test
  void refuses_an_unknown_fault_kind() {
    HttpResponse<String> r = server.sandbox("POST", "/sandbox/faults", "{\"fault\":\"explode\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("unknown fault 'explode'");
  }

  @Test
  void reset_empties_the_marketplace() {
    server.sandboxSeller("sbx-shop", "sbx-password");
    assertThat(server.sandbox("POST", "/sandbox/reset", null).statusCode()).isEqualTo(200);
    assertThat(server.market.sellers().all()).isEmpty();
  }
}
