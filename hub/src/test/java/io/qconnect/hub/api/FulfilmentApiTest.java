package io.qconnect.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FulfilmentApiTest {
  private static final String SHOP = "demo-shop";
  private static final String SECRET = "whsec-9f2c1a7e5b3d8c40";

  private HubFixture f;
  private ApiClient api;

  @BeforeEach
  void start() {
    f = new HubFixture(Engine.H2);
    api = new ApiClient(f);
    f.connect(SHOP);
  }

  @AfterEach
  void stop() {
    api.close();
    f.close();
  }

  private ApiClient.Answer put(String json) {
    return api.send("PUT", "/api/shops/" + SHOP + "/fulfilment", json, HubFixture.TOKEN);
  }

  @Test
  void the_settings_are_changed_and_the_secret_is_kept_sealed_and_never_answered() {
    ApiClient.Answer a =
        put(
            """
            {"storageStatus":"ON_HOLD","autoInstruct":true,"csvExport":true,
             "webhookUrl":"http://127.0.0.1:9/wh","webhookSecret":"%s"}"""
                .formatted(SECRET));

    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode got = api.get("/api/shops/" + SHOP + "/fulfilment").json();
    assertThat(got.path("storageStatus").asText()).isEqualTo("ON_HOLD");
    assertThat(got.path("autoInstruct").asBoolean()).isTrue();
    assertThat(got.path("webhookSecretSet").asBoolean()).isTrue();
    assertThat(a.body() + got).doesNotContain(SECRET);
    String stored =
        HubJdbi.create(f.dataSource)
            .withHandle(
                h ->
                    h.createQuery("SELECT webhook_secret_sealed FROM hub_shop_fulfilment")
                        .mapTo(String.class)
                        .one());
    assertThat(stored).isNotBlank().doesNotContain(SECRET);
  }

  @Test
  void bad_settings_are_refused_by_name_and_change_nothing() {
    assertThat(put("{\"storageStatus\":\"SHIPPED\"}").json().path("error").asText())
        .contains("storageStatus must be one of [NEW, ON_HOLD]");
    assertThat(put("{\"webhookUrl\":\"http://127.0.0.1:9/wh\"}").json().path("error").asText())
        .contains("webhookSecret");
    assertThat(put("{\"webhookUrl\":\"ftp://x/y\",\"webhookSecret\":\"" + SECRET + "\"}").status())
        .isEqualTo(400);
    assertThat(put("{\"colour\":\"red\"}").json().path("error").asText()).contains("colour");
    assertThat(api.get("/api/shops/" + SHOP + "/fulfilment").json().path("storageStatus").asText())
        .isEqualTo("NEW");
    assertThat(api.get("/api/shops/nobody/fulfilment").status()).isEqualTo(404);
  }

  @Test
  void a_line_held_on_import_is_released_through_the_api() {
    put("{\"storageStatus\":\"ON_HOLD\"}");
    f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
    f.hub.syncNow(SHOP);

    ApiClient.Answer a =
        api.post("/api/orders/release", "{\"shop\":\"" + SHOP + "\",\"orderNos\":[1001]}");

    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get(0).path("hubStatus").asText()).isEqualTo("NEW");
    assertThat(
            api.post("/api/orders/release", "{\"shop\":\"" + SHOP + "\",\"orderNos\":[1001]}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void a_line_whose_codes_name_no_sku_is_listed_as_waiting_and_its_instruction_refused_with_400() {
    f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
    f.qoo10.order(SHOP, 1002, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
    f.hub.syncNow(SHOP);
    // the shop keeps stock in the hub: line 1001's option code names a SKU, 1002's none
    f.hub.stock().service().set("OPT-1001", 5, "received");

    ApiClient.Answer refused =
        api.post("/api/orders/instruct", "{\"shop\":\"" + SHOP + "\",\"orderNos\":[1001,1002]}");
    ApiClient.Answer waiting = api.get("/api/shops/" + SHOP + "/instructions/waiting");
    ApiClient.Answer done =
        api.post("/api/orders/instruct", "{\"shop\":\"" + SHOP + "\",\"orderNos\":[1001]}");

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().path("error").asText())
        .startsWith(
            "order 1002: its codes (item 100002, seller code SKU-1002, option code OPT-1002)")
        .contains("name no hub SKU");
    assertThat(waiting.status()).isEqualTo(200);
    assertThat(waiting.json()).hasSize(1);
    assertThat(waiting.json().get(0).path("orderNo").asLong()).isEqualTo(1002);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get(0).path("hubStatus").asText()).isEqualTo("INSTRUCTED");
    assertThat(api.get("/api/shops/nobody/instructions/waiting").status()).isEqualTo(404);
  }
}
