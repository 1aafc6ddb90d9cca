package io.qconnect.marketplace.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemOption;
import io.qconnect.marketplace.catalog.ItemRef;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.GoodsInfoList;
import io.qconnect.protocol.item.ItemStatus;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeederTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TestMarketplace static MarketplaceServer server;

  @BeforeEach
  void reset() {
    server.sandbox("POST", "/sandbox/reset", "{}");
  }

  private static JsonNode seed(String body) throws Exception {
    HttpResponse<String> r = server.sandbox("POST", "/sandbox/seed", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body());
  }

  /** Every item of a demo seller with its options, as comparable text without timestamps. */
  private static List<String> catalogue(String sellerId) {
    List<String> out = new ArrayList<>();
    GoodsInfoList page = server.market.catalog().goods(sellerId, ItemStatus.ON_SALE, 1);
    for (GoodsInfoList.Item listed : page.items()) {
      Item i =
          server.market.catalog().find(sellerId, ItemRef.code(listed.itemCode())).orElseThrow();
      out.add(
          String.join(
              "|",
              i.itemCode(),
              i.sellerCode(),
              i.fields().toString(),
              Long.toString(i.price()),
              Integer.toString(i.qty()),
              i.taxRate(),
              server.market.catalog().optionsOf(i.itemCode()).toString()));
    }
    return out;
  }

  @Test
  void seeds_the_same_sellers_and_items_from_the_same_seed() throws Exception {
    seed("{\"seed\":7,\"sellers\":2,\"items\":30}");
    List<String> first = catalogue("demo-shop-2");
    server.sandbox("POST", "/sandbox/reset", "{}");
    seed("{\"seed\":7,\"sellers\":2,\"items\":30}");
    assertThat(catalogue("demo-shop-2")).hasSize(30).containsExactlyElementsOf(first);
    assertThat(first.get(0)).startsWith("1100000031|SKU-0001|");
  }

  @Test
  void seeds_other_data_from_another_seed() throws Exception {
    seed("{\"seed\":7,\"sellers\":1,\"items\":20}");
    List<String> seven = catalogue("demo-shop");
    server.sandbox("POST", "/sandbox/reset", "{}");
    seed("{\"seed\":8,\"sellers\":1,\"items\":20}");
    assertThat(catalogue("demo-shop")).hasSize(20).isNotEqualTo(seven);
  }

  @Test
  void answers_sellers_whose_password_and_api_key_give_a_working_certification_key()
      throws Exception {
    JsonNode out = seed("{\"seed\":7,\"sellers\":1,\"items\":50}");
    assertThat(out.get("items").asInt()).isEqualTo(50);
    JsonNode seller = out.get("sellers").get(0);
    assertThat(seller.get("sellerId").asText()).isEqualTo("demo-shop");
    assertThat(seller.get("password").asText()).isEqualTo("demo-pass-7");
    CertificationKey key =
        server
            .client
            .createCertificationKey(
                new ApiKey(seller.get("apiKey").asText()), "demo-shop", "demo-pass-7")
            .orElseThrow();
    QapiSeller s = server.client.seller(key);
    assertThat(s.getAllGoods(ItemStatus.ON_SALE).orElseThrow()).hasSize(50);
    assertThat(s.getItemDetailInfo("", "SKU-0001").orElseThrow().get(0).itemTitle()).isNotBlank();
  }

  @Test
  void seeds_items_that_keep_every_catalogue_rule() throws Exception {
    seed("{\"seed\":3,\"sellers\":1,\"items\":60}");
    int withOptions = 0;
    int threeAxes = 0;
    for (GoodsInfoList.Item listed :
        server.market.catalog().goods("demo-shop", ItemStatus.ON_SALE, 1).items()) {
      Item item = server.market.catalog().find(listed.itemCode()).orElseThrow();
      List<ItemOption> opts = server.market.catalog().optionsOf(item.itemCode());
      assertThat(item.fields().industrialCode()).matches("49\\d{11}");
      if (!opts.isEmpty()) {
        withOptions++;
        threeAxes += opts.get(0).axes().size() == 3 ? 1 : 0;
        assertThat(item.qty()).isEqualTo(opts.stream().mapToInt(ItemOption::qty).sum());
        assertThat(opts).anyMatch(o -> o.priceDelta() == 0);
        assertThat(opts).allMatch(o -> Math.abs(o.priceDelta()) * 2 <= item.price());
        assertThat(opts).allMatch(o -> o.optionCode().startsWith(item.sellerCode() + "-"));
      }
    }
    assertThat(withOptions).isBetween(10, 59);
    assertThat(threeAxes).isPositive();
  }

  @Test
  void refuses_to_seed_over_existing_demo_sellers_and_without_the_token() throws Exception {
    seed("{\"seed\":1,\"sellers\":1,\"items\":1}");
    HttpResponse<String> again = server.sandbox("POST", "/sandbox/seed", "{\"seed\":1}");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("reset");
    assertThat(server.http("POST", "/sandbox/seed", "{}", null).statusCode()).isEqualTo(401);
    assertThat(server.sandbox("POST", "/sandbox/seed", "{\"sellers\":0}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void writes_valid_jan_codes() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 20; i++) {
      String jan = Seeder.jan(random);
      int sum = 0;
      for (int d = 0; d < 13; d++) {
        sum += (jan.charAt(d) - '0') * (d % 2 == 0 ? 1 : 3);
      }
      assertThat(sum % 10).as(jan).isZero();
    }
  }
}
