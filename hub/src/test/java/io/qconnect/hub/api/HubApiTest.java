package io.qconnect.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.core.LeaseLock;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubApiTest {
  private static final String SHOP = "demo-shop";

  private HubFixture f;
  private ApiClient api;

  @BeforeEach
  void start() {
    f = new HubFixture(Engine.H2);
    api = new ApiClient(f);
  }

  @AfterEach
  void stop() {
    api.close();
    f.close();
  }

  private String newShop(String extra) {
    f.qoo10.seller(SHOP, HubFixture.apiKey(SHOP), HubFixture.password(SHOP));
    return """
        {"shopId":"%s","apiKey":"%s","password":"%s","baseUrl":"%s"%s}"""
        .formatted(SHOP, HubFixture.apiKey(SHOP), HubFixture.password(SHOP), f.qapiUrl(), extra);
  }

  private void connected() {
    assertThat(api.post("/api/shops", newShop("")).status()).isEqualTo(201);
  }

  @Test
  void every_route_needs_the_bearer_token() {
    ApiClient.Answer none = api.send("GET", "/api/shops", null, null);
    ApiClient.Answer wrong = api.send("GET", "/api/orders", null, "not-the-token");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.json().path("error").asText()).contains("bearer token");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(api.get("/api/shops").status()).isEqualTo(200);
  }

  @Test
  void a_shop_is_created_with_get_auth_and_shown_with_its_secrets_masked() {
    ApiClient.Answer created =
        api.post(
            "/api/shops",
            newShop(
                ",\"statuses\":[2],\"lookbackDays\":7,\"intervalMinutes\":5,\"autoConfirm\":false"));

    assertThat(created.status()).isEqualTo(201);
    JsonNode shop = created.json();
    assertThat(shop.path("shopId").asText()).isEqualTo(SHOP);
    assertThat(shop.path("apiKey").asText()).isEqualTo("APIK…01");
    assertThat(shop.path("password").asText()).isEqualTo("********");
    assertThat(shop.path("certificationKey").asText()).startsWith("SAK_").contains("…");
    assertThat(shop.path("keyExpiresAt").asText()).isEqualTo("2027-01-14T10:00:00+09:00");
    assertThat(shop.path("keyDaysLeft").asInt()).isEqualTo(365);
    assertThat(shop.path("health").asText()).isEqualTo("OK");
    assertThat(shop.path("nextImportAt").asText()).isEqualTo("2026-01-14T10:00:00+09:00");
    assertThat(shop.path("warnings").get(0).asText()).contains("Only status 2");
    String everything =
        api.get("/api/shops").body()
            + api.get("/api/shops/" + SHOP).body()
            + api.post("/api/shops/" + SHOP + "/test", null).body()
            + created.body();
    String certKey =
        f.server.received().stream()
            .filter(r -> r.methodName().equals("GetShippingInfo_v3"))
            .findFirst()
            .orElseThrow()
            .key()
            .orElseThrow();
    assertThat(everything)
        .doesNotContain(HubFixture.apiKey(SHOP))
        .doesNotContain(HubFixture.password(SHOP))
        .doesNotContain(certKey);
  }

  @Test
  void a_shop_whose_get_auth_fails_is_refused_with_the_reason_and_not_saved() {
    ApiClient.Answer r =
        api.post(
            "/api/shops",
            "{\"shopId\":\"demo-shop\",\"apiKey\":\"NOPE\",\"password\":\"x\",\"baseUrl\":\""
                + f.qapiUrl()
                + "\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("error").asText()).contains("Get Auth failed").contains("API key");
    assertThat(api.get("/api/shops").json().size()).isZero();
  }

  @Test
  void bad_shop_requests_are_refused_naming_the_field() {
    connected();

    assertThat(
            api.patch("/api/shops/" + SHOP, "{\"lookbackDays\":91}").json().path("error").asText())
        .isEqualTo("lookbackDays must be 1–90, not 91");
    assertThat(api.patch("/api/shops/" + SHOP, "{\"interval\":5}").json().path("error").asText())
        .isEqualTo("shop change: unknown field \"interval\"");
    assertThat(
            api.patch("/api/shops/" + SHOP, "{\"autoConfirm\":\"yes\"}")
                .json()
                .path("error")
                .asText())
        .isEqualTo("\"autoConfirm\" must be true or false");
    assertThat(api.post("/api/shops", "{\"shopId\":\"x\"").status()).isEqualTo(400);
    assertThat(api.post("/api/shops", "{\"shopId\":\"x\"}").json().path("error").asText())
        .isEqualTo("\"apiKey\" is required");
  }

  @Test
  void a_shop_is_changed_renewed_tested_and_deleted() {
    connected();

    ApiClient.Answer changed =
        api.patch("/api/shops/" + SHOP, "{\"lookbackDays\":14,\"autoConfirm\":true}");
    f.clock.advance(Duration.ofDays(1));
    ApiClient.Answer renewed = api.post("/api/shops/" + SHOP + "/auth", null);
    ApiClient.Answer tested = api.post("/api/shops/" + SHOP + "/test", null);
    ApiClient.Answer deleted = api.delete("/api/shops/" + SHOP);

    assertThat(changed.json().path("lookbackDays").asInt()).isEqualTo(14);
    assertThat(changed.json().path("autoConfirm").asBoolean()).isTrue();
    assertThat(renewed.json().path("keyIssuedAt").asText()).isEqualTo("2026-01-15T10:00:00+09:00");
    assertThat(tested.status()).isEqualTo(200);
    assertThat(tested.json().path("ok").asBoolean()).isTrue();
    assertThat(tested.json().path("key").asText()).isEqualTo("VALID");
    assertThat(tested.json().path("messages").size()).isEqualTo(3);
    assertThat(deleted.status()).isEqualTo(204);
    ApiClient.Answer gone = api.get("/api/shops/" + SHOP);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().path("error").asText()).isEqualTo("no shop demo-shop");
  }

  @Test
  void orders_are_synced_listed_shown_with_history_and_shipped() {
    connected();
    f.qoo10.cart(SHOP, 612345678L, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1), 1001, 1002);

    ApiClient.Answer run = api.post("/api/shops/" + SHOP + "/sync", null);
    assertThat(run.status()).isEqualTo(200);
    assertThat(run.json().path("created").asInt()).isEqualTo(2);
    assertThat(run.json().path("outcome").asText()).isEqualTo("OK");

    JsonNode list =
        api.get("/api/orders?shop=" + SHOP + "&status=NEW&from=2026-01-14&to=2026-01-14").json();
    assertThat(list.size()).isEqualTo(2);
    assertThat(list.get(0).path("qoo10Status").asText()).isEqualTo("ON_REQUEST");
    assertThat(list.get(0).path("paymentDate").asText()).endsWith("+09:00");

    JsonNode detail = api.get("/api/orders/" + SHOP + "/1001").json();
    assertThat(detail.path("line").path("orderNo").asLong()).isEqualTo(1001);
    assertThat(detail.path("cart").toString()).isEqualTo("[1001,1002]");
    assertThat(detail.path("qoo10").path("Buyer").asText()).isEqualTo("山田 太郎");
    assertThat(detail.path("history").get(0).path("kind").asText()).isEqualTo("IMPORTED");

    ApiClient.Answer ship =
        api.post(
            "/api/orders/ship",
            "[{\"shop\":\"demo-shop\",\"orderNo\":\"1001\",\"carrier\":\"ヤマト運輸\",\"trackingNo\":\"4912-3456-7890\"}]");
    assertThat(ship.status()).isEqualTo(202);
    assertThat(ship.json().size()).isEqualTo(2);
    assertThat(ship.json().get(0).path("carrier").asText()).isEqualTo("ヤマト宅急便");
    assertThat(api.get("/api/shipments?shop=" + SHOP + "&state=pending").json().size())
        .isEqualTo(2);
    assertThat(
            api.get("/api/orders/" + SHOP + "/1002").json().path("shipment").path("state").asText())
        .isEqualTo("PENDING");
    assertThat(api.get("/api/sync-runs?shop=" + SHOP).json().size()).isEqualTo(1);
  }

  @Test
  void a_bad_shipment_report_is_refused_whole_with_400() {
    connected();
    f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
    api.post("/api/shops/" + SHOP + "/sync", null);

    ApiClient.Answer bad =
        api.post(
            "/api/orders/ship",
            "[{\"shop\":\"demo-shop\",\"orderNo\":1001,\"carrier\":\"佐川\",\"trackingNo\":\"1\"},"
                + "{\"shop\":\"demo-shop\",\"orderNo\":1001,\"carrier\":\"佐川\"}]");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("error").asText()).isEqualTo("item 2, field trackingNo: missing");
    assertThat(api.get("/api/shipments").json().size()).isZero();
    assertThat(api.post("/api/orders/ship", "{}").json().path("error").asText())
        .isEqualTo("the body must be a JSON array");
  }

  @Test
  void unknown_orders_are_404_and_bad_filters_400() {
    connected();

    assertThat(api.get("/api/orders/" + SHOP + "/999").status()).isEqualTo(404);
    assertThat(api.get("/api/orders?status=LOST").json().path("error").asText())
        .startsWith("status must be one of [NEW");
    assertThat(api.get("/api/orders?from=2026-13-01").json().path("error").asText())
        .isEqualTo("from must be a date (yyyy-MM-dd), not '2026-13-01'");
    assertThat(api.post("/api/shops/nobody/sync", null).status()).isEqualTo(404);
  }

  @Test
  void a_sync_of_a_shop_being_synced_answers_409_and_a_backfill_takes_a_range() {
    connected();
    LeaseLock other = new LeaseLock(HubJdbi.create(f.dataSource), "node-b", Duration.ofMinutes(30));
    LeaseLock.Lease held = other.tryAcquire("import:" + SHOP).orElseThrow();

    ApiClient.Answer busy = api.post("/api/shops/" + SHOP + "/sync", null);
    held.close();
    ApiClient.Answer backfill =
        api.post("/api/shops/" + SHOP + "/sync", "{\"from\":\"2025-10-01\",\"to\":\"2026-01-13\"}");

    assertThat(busy.status()).isEqualTo(409);
    assertThat(busy.json().path("error").asText()).contains("being synced right now");
    // a backfill is a background job since issue 13: the answer is the job, queued
    assertThat(backfill.status()).isEqualTo(202);
    assertThat(backfill.json().path("state").asText()).isEqualTo("QUEUED");
    assertThat(backfill.json().path("from").asText()).isEqualTo("2025-10-01");
    assertThat(api.post("/api/shops/" + SHOP + "/sync", "{\"from\":\"2025-10-01\"}").status())
        .isEqualTo(400);
  }

  @Test
  void a_twenty_year_backfill_answers_400_naming_the_bound_and_nothing_runs() {
    connected();

    ApiClient.Answer refused =
        api.post("/api/shops/" + SHOP + "/sync", "{\"from\":\"2006-01-14\",\"to\":\"2026-01-14\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("error").asText())
        .isEqualTo(
            "backfill: 2006-01-14 to 2026-01-14 is 7306 days; a backfill covers at most 2 years"
                + " (731 days); run several for a longer range");
    assertThat(api.get("/api/sync-runs?shop=" + SHOP).json()).isEmpty();
    assertThat(api.get("/api/backfills?shop=" + SHOP).json()).isEmpty();
  }

  @Test
  void alerts_are_listed_per_shop() {
    connected();
    api.post("/api/shops/" + SHOP + "/auth", null);

    JsonNode alerts = api.get("/api/alerts?shop=" + SHOP).json();

    assertThat(alerts.size()).isEqualTo(1);
    assertThat(alerts.get(0).path("kind").asText()).isEqualTo("KEY_RENEWED");
  }

  @Test
  void confirmed_lines_get_fulfilment_instructions() {
    connected();
    f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
    api.post("/api/shops/" + SHOP + "/sync", null);

    ApiClient.Answer r =
        api.post("/api/orders/instruct", "{\"shop\":\"demo-shop\",\"orderNos\":[1001]}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get(0).path("hubStatus").asText()).isEqualTo("INSTRUCTED");
  }
}
