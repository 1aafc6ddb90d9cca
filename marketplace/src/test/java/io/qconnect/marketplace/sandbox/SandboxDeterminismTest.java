package io.qconnect.marketplace.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** What an integrator's test suite relies on: reset and seed give the same world every time. */
class SandboxDeterminismTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestMarketplace MarketplaceServer server;

  private JsonNode call(String method, String path, String body, int status) {
    HttpResponse<String> r = server.sandbox(method, path, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    try {
      return JSON.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError(r.body(), e);
    }
  }

  /** Reset, seed 7, one order of the first orderable item; answers the seed and the order. */
  private JsonNode[] resetSeedOrder() {
    call("POST", "/sandbox/reset", null, 200);
    JsonNode seed = call("POST", "/sandbox/seed", "{\"seed\":7,\"sellers\":2,\"items\":12}", 201);
    JsonNode first = null;
    for (JsonNode i : seed.get("catalogue")) {
      if (i.get("orderable").asBoolean() && i.get("sellerId").asText().equals("demo-shop")) {
        first = i;
        break;
      }
    }
    assertThat(first).isNotNull();
    String option = "";
    for (JsonNode o : first.get("options")) {
      if (o.get("stock").asInt() > 0) {
        option = o.get("optionCode").asText();
        break;
      }
    }
    JsonNode order =
        call(
            "POST",
            "/sandbox/orders",
            "{\"sellerId\":\"demo-shop\",\"paid\":true,\"lines\":[{\"itemCode\":\""
                + first.get("itemCode").asText()
                + "\",\"optionCode\":\""
                + option
                + "\",\"qty\":1}]}",
            201);
    return new JsonNode[] {seed, order};
  }

  @Test
  void reset_then_seed_7_twice_gives_the_same_sellers_keys_items_and_order_numbers() {
    JsonNode[] first = resetSeedOrder();
    JsonNode[] second = resetSeedOrder();
    assertThat(second[0]).isEqualTo(first[0]);
    assertThat(second[1]).isEqualTo(first[1]);
    assertThat(first[0].get("sellers")).hasSize(2);
    assertThat(first[0].get("sellers").get(0).get("apiKey").asText()).hasSize(40);
    assertThat(first[0].get("sellers").get(0).get("apiKey"))
        .isNotEqualTo(first[0].get("sellers").get(1).get("apiKey"));
    assertThat(first[1].get("packNo").asLong()).isEqualTo(600000001L);
    assertThat(first[1].get("orderNos").get(0).asLong()).isEqualTo(1000000001L);
    assertThat(first[0].get("catalogue")).hasSize(24);
    JsonNode item = first[0].get("catalogue").get(0);
    assertThat(item.get("itemCode").asText()).isEqualTo("1100000001");
    assertThat(item.get("sellerCode").asText()).isEqualTo("SKU-0001");
    assertThat(item.has("stock")).isTrue();
    String key = first[0].get("sellers").get(0).get("apiKey").asText();
    assertThat(
            server
                .client
                .createCertificationKey(
                    new io.qconnect.protocol.client.ApiKey(key), "demo-shop", "demo-pass-7")
                .code())
        .isZero();
  }

  @Test
  void another_seed_gives_other_keys() {
    call("POST", "/sandbox/reset", null, 200);
    JsonNode seven = call("POST", "/sandbox/seed", "{\"seed\":7,\"items\":1}", 201);
    call("POST", "/sandbox/reset", null, 200);
    JsonNode eight = call("POST", "/sandbox/seed", "{\"seed\":8,\"items\":1}", 201);
    assertThat(eight.get("sellers").get(0).get("apiKey"))
        .isNotEqualTo(seven.get("sellers").get(0).get("apiKey"));
  }

  @Test
  void ordering_an_item_that_needs_an_option_without_one_answers_option_required() {
    call("POST", "/sandbox/reset", null, 200);
    JsonNode seed = call("POST", "/sandbox/seed", "{\"seed\":7,\"items\":12}", 201);
    JsonNode optioned = null;
    for (JsonNode i : seed.get("catalogue")) {
      if (!i.get("options").isEmpty()) {
        optioned = i;
        break;
      }
    }
    assertThat(optioned).isNotNull();
    String code = optioned.get("sellerCode").asText();
    JsonNode refused =
        call(
            "POST",
            "/sandbox/orders",
            "{\"sellerId\":\"demo-shop\",\"lines\":[{\"sellerCode\":\"" + code + "\",\"qty\":1}]}",
            409);
    assertThat(refused.get("error").asText())
        .startsWith("option required")
        .contains(optioned.get("options").get(0).get("optionCode").asText());
    JsonNode wrong =
        call(
            "POST",
            "/sandbox/orders",
            "{\"sellerId\":\"demo-shop\",\"lines\":[{\"sellerCode\":\""
                + code
                + "\",\"optionCode\":\"NOPE\",\"qty\":1}]}",
            409);
    assertThat(wrong.get("error").asText()).contains("has no option 'NOPE'");
    JsonNode missing =
        call(
            "POST",
            "/sandbox/orders",
            "{\"sellerId\":\"demo-shop\",\"lines\":[{\"sellerCode\":\"NO-SUCH\",\"qty\":1}]}",
            409);
    assertThat(missing.get("error").asText()).contains("no item 'NO-SUCH'");
  }

  @Test
  void the_clock_reset_returns_to_real_time() {
    call("PUT", "/sandbox/clock", "{\"now\":\"2030-01-01T00:00:00+09:00\"}", 200);
    JsonNode back = call("PUT", "/sandbox/clock", "{\"reset\":true}", 200);
    assertThat(back.get("offset").asText()).isEqualTo("PT0S");
    OffsetDateTime now = OffsetDateTime.parse(back.get("now").asText());
    assertThat(Duration.between(now, OffsetDateTime.now()).abs()).isLessThan(Duration.ofMinutes(1));
  }
}
