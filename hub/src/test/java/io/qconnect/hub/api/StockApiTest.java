package io.qconnect.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.HubFixture;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stock API's answers to good and bad requests (never a 500). */
class StockApiTest {
  private HubFixture f;
  private ApiClient api;

  @BeforeEach
  void start() {
    f = new HubFixture(Engine.H2);
    api = new ApiClient(f);
    f.connect("stock-shop");
  }

  @AfterEach
  void stop() {
    api.close();
    f.close();
  }

  private ApiClient.Answer put(String path, String json) {
    return api.send("PUT", path, json, HubFixture.TOKEN);
  }

  @Test
  void stock_is_set_adjusted_and_shown_with_its_movements() {
    assertThat(put("/api/stock/SKU-1", "{\"onHand\":5}").status()).isEqualTo(200);
    ApiClient.Answer adjusted =
        api.post("/api/stock/adjust", "[{\"sku\":\"SKU-1\",\"delta\":-2,\"reason\":\"broken\"}]");
    assertThat(adjusted.status()).isEqualTo(200);
    ApiClient.Answer shown = api.get("/api/stock/SKU-1");
    assertThat(shown.json().get("onHand").asInt()).isEqualTo(3);
    assertThat(shown.json().get("available").asInt()).isEqualTo(3);
    assertThat(shown.json().get("shops")).isEmpty();
    assertThat(shown.json().get("moves").findValuesAsText("cause"))
        .containsExactly("ADJUST", "SET");
    assertThat(api.get("/api/stock").json().findValuesAsText("sku")).containsExactly("SKU-1");
  }

  @Test
  void bad_requests_are_refused_with_the_reason_and_change_nothing() {
    put("/api/stock/SKU-1", "{\"onHand\":5}");
    assertThat(put("/api/stock/SKU-1", "{\"onHand\":-1}").status()).isEqualTo(400);
    assertThat(put("/api/stock/SKU-1", "{\"onHand\":\"5\"}").status()).isEqualTo(400);
    assertThat(put("/api/stock/SKU-1", "{}").json().get("error").asText()).contains("onHand");
    assertThat(put("/api/stock/SKU%201", "{\"onHand\":1}").status()).isEqualTo(400);
    assertThat(put("/api/stock/SKU-1", "not json").status()).isEqualTo(400);
    ApiClient.Answer tooMuch =
        api.post(
            "/api/stock/adjust",
            "[{\"sku\":\"SKU-1\",\"delta\":1},{\"sku\":\"SKU-1\",\"delta\":-9}]");
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.json().get("error").asText()).contains("SKU-1", "nothing was adjusted");
    assertThat(api.post("/api/stock/adjust", "[{\"sku\":\"NOPE\",\"delta\":1}]").status())
        .isEqualTo(404);
    assertThat(api.post("/api/stock/adjust", "[{\"sku\":\"SKU-1\"}]").status()).isEqualTo(400);
    assertThat(api.post("/api/stock/adjust", "[]").status()).isEqualTo(400);
    assertThat(api.get("/api/stock/NOPE").status()).isEqualTo(404);
    assertThat(api.get("/api/stock/SKU-1").json().get("onHand").asInt()).isEqualTo(5);
  }

  @Test
  void mappings_need_an_imported_unit_and_an_existing_sku() {
    put("/api/stock/SKU-1", "{\"onHand\":5}");
    ApiClient.Answer noUnit =
        put(
            "/api/mappings",
            "[{\"sku\":\"SKU-1\",\"shop\":\"stock-shop\",\"itemCode\":\"1\",\"optionCode\":\"\"}]");
    assertThat(noUnit.status()).isEqualTo(404);
    assertThat(noUnit.json().get("error").asText()).contains("import its items first");
    assertThat(put("/api/mappings", "[{\"sku\":\"SKU-1\"}]").status()).isEqualTo(400);
    assertThat(put("/api/mappings", "{}").status()).isEqualTo(400);
    assertThat(api.get("/api/mappings").json()).isEmpty();
    assertThat(api.get("/api/items?mapped=maybe").status()).isEqualTo(400);
    assertThat(api.get("/api/items?after=x").status()).isEqualTo(400);
    assertThat(api.get("/api/items?shop=stock-shop&mapped=false").status()).isEqualTo(200);
    assertThat(api.post("/api/shops/stock-shop/items/csv", "{}").status()).isEqualTo(400);
    assertThat(put("/api/shops/stock-shop/stock-rules", "{\"mode\":\"SOMETIMES\"}").status())
        .isEqualTo(400);
    assertThat(put("/api/shops/stock-shop/stock-rules", "{\"keepBackPercent\":101}").status())
        .isEqualTo(400);
    ApiClient.Answer rules =
        put(
            "/api/shops/stock-shop/stock-rules",
            "{\"mode\":\"AT_SHIPMENT\",\"keepBack\":2,\"cap\":10}");
    assertThat(rules.status()).isEqualTo(200);
    assertThat(api.get("/api/shops/stock-shop/stock-rules").json().get("mode").asText())
        .isEqualTo("AT_SHIPMENT");
  }
}
