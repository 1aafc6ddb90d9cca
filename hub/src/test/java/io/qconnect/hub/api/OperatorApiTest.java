package io.qconnect.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.hub.HubFixture;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's workflows over {@code /api}: changing a shop's credentials, acknowledging an
 * alert, removing a shop with its orders kept; bodies bound strictly like every other route.
 */
class OperatorApiTest {
  private static final String SHOP = "demo-shop";
  private static final String NOT_AUTHORIZED =
      "{\"ErrorCode\":-90002,\"ErrorMsg\":\"You are not authorized for this.\"}";

  private HubFixture f;
  private ApiClient api;

  @BeforeEach
  void start() {
    f = new HubFixture(Engine.H2);
    api = new ApiClient(f);
    f.qoo10.seller(SHOP, HubFixture.apiKey(SHOP), HubFixture.password(SHOP));
    String body =
        """
        {"shopId":"%s","apiKey":"%s","password":"%s","baseUrl":"%s"}"""
            .formatted(SHOP, HubFixture.apiKey(SHOP), HubFixture.password(SHOP), f.qapiUrl());
    assertThat(api.post("/api/shops", body).status()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    api.close();
    f.close();
  }

  @Test
  void an_alert_is_acknowledged_with_who_and_when_and_leaves_the_open_list() {
    f.qoo10.script("ShippingBasic.GetShippingInfo_v3", 1, NOT_AUTHORIZED);
    api.post("/api/shops/" + SHOP + "/sync", null);
    JsonNode open = api.get("/api/alerts?open=true").json();
    assertThat(open.size()).isEqualTo(1);
    long id = open.get(0).path("id").asLong();

    ApiClient.Answer acked = api.post("/api/alerts/" + id + "/ack", "{\"by\":\"ops-team\"}");
    ApiClient.Answer unknownField = api.post("/api/alerts/" + id + "/ack", "{\"who\":\"x\"}");
    ApiClient.Answer missing = api.post("/api/alerts/99999/ack", null);

    assertThat(acked.status()).isEqualTo(200);
    assertThat(acked.json().path("acknowledgedBy").asText()).isEqualTo("ops-team");
    assertThat(acked.json().path("acknowledgedAt").asText()).isEqualTo("2026-01-14T10:00:00+09:00");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.json().path("error").asText()).contains("who");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(api.get("/api/alerts?open=true").json().size()).isZero();
    assertThat(api.get("/api/alerts").json().size()).isEqualTo(1);
  }

  @Test
  void credentials_are_changed_through_get_auth_and_a_wrong_password_changes_nothing() {
    ApiClient.Answer wrong = api.patch("/api/shops/" + SHOP, "{\"password\":\"not-it\"}");
    f.qoo10.changePassword(SHOP, "new-password-1234");
    ApiClient.Answer changed =
        api.patch("/api/shops/" + SHOP, "{\"password\":\"new-password-1234\"}");

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("password").asText()).isEqualTo("********");
    assertThat(api.post("/api/shops/" + SHOP + "/test", null).json().path("ok").asBoolean())
        .isTrue();
    assertThat(api.get("/api/shops/" + SHOP).json().path("lastTest").path("ok").asBoolean())
        .isTrue();
  }

  @Test
  void a_removed_shop_is_gone_from_the_shops_but_its_orders_stay() {
    f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
    api.post("/api/shops/" + SHOP + "/sync", null);

    ApiClient.Answer removed = api.delete("/api/shops/" + SHOP);

    assertThat(removed.status()).isEqualTo(204);
    assertThat(api.get("/api/shops/" + SHOP).status()).isEqualTo(404);
    assertThat(api.get("/api/shops").json().size()).isZero();
    assertThat(api.get("/api/orders/" + SHOP + "/1001").status()).isEqualTo(200);
    assertThat(api.delete("/api/shops/" + SHOP).status()).isEqualTo(404);
  }
}
