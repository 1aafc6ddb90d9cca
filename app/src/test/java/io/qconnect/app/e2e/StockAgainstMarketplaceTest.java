package io.qconnect.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.marketplace.catalog.ItemOption;
import io.qconnect.marketplace.catalog.ItemRef;
import io.qconnect.marketplace.catalog.OptionKey;
import io.qconnect.marketplace.catalog.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's stock acceptance, against the marketplace over HTTP: items imported, mapped by their
 * codes, stock set in the hub shows on Qoo10 within 2 s, an order reserves and lowers the pushed
 * quantity, and a quantity changed on Qoo10 shows as drift that reconciliation fixes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockAgainstMarketplaceTest {
  @TempDir static Path dir;
  private StockApi api;
  private String shop;
  private List<JsonNode> units;

  /** One process for the class: importing 60 items at Qoo10's 5 calls a second takes a while. */
  @BeforeAll
  void start() {
    api = new StockApi(dir);
    shop = api.shop();
    JsonNode r = api.call("POST", "/api/shops/" + shop + "/items/sync", null);
    assertThat(r.get("items").asInt()).isEqualTo(60);
    JsonNode page = api.call("GET", "/api/items?shop=" + shop + "&mapped=false", null).get("items");
    units = new ArrayList<>();
    page.forEach(units::add);
  }

  @AfterAll
  void stop() {
    api.close();
  }

  /** The n-th unlinked unit with or without options (each test takes its own). */
  private JsonNode unit(boolean option, int n) {
    return units.stream()
        .filter(u -> u.get("optionCode").asText().isEmpty() != option)
        .skip(n)
        .findFirst()
        .orElseThrow();
  }

  private static String code(JsonNode unit) {
    String option = unit.get("optionCode").asText();
    return option.isEmpty() ? unit.get("sellerCode").asText() : option;
  }

  private void setAndSeeOnQoo10(JsonNode unit, int onHand) {
    String sku = code(unit);
    long t0 = System.nanoTime();
    api.call("PUT", "/api/stock/" + sku, "{\"onHand\":" + onHand + "}");
    await()
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                api.qoo10Qty(unit.get("itemCode").asText(), unit.get("optionCode").asText())
                    == onHand);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void stock_set_in_the_hub_maps_by_code_and_shows_on_qoo10_within_two_seconds() {
    JsonNode item = unit(false, 0);
    JsonNode option = unit(true, 0);

    setAndSeeOnQoo10(item, 17);
    setAndSeeOnQoo10(option, 4);

    // the hub records the push just after Qoo10 answered it
    await()
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              JsonNode stock = api.call("GET", "/api/stock/" + code(option), null);
              assertThat(stock.get("onHand").asInt()).isEqualTo(4);
              assertThat(stock.get("available").asInt()).isEqualTo(4);
              JsonNode feed = stock.get("shops").get(0);
              assertThat(feed.get("shop").asText()).isEqualTo(shop);
              assertThat(feed.get("optionCode").asText()).isEqualTo(code(option));
              assertThat(feed.get("qoo10Qty").asInt()).isEqualTo(4);
              assertThat(feed.get("pushedAt").isNull()).isFalse();
            });
    JsonNode mappings = api.call("GET", "/api/mappings?shop=" + shop, null);
    assertThat(mappings.findValuesAsText("sku")).contains(code(item), code(option));
  }

  @Test
  void an_order_on_qoo10_reserves_stock_and_the_pushed_quantity_drops() {
    JsonNode option = unit(true, 1);
    setAndSeeOnQoo10(option, 5);
    String sku = code(option);

    api.order(option.get("itemCode").asText(), sku, 2);
    api.call("POST", "/api/shops/" + shop + "/sync", null);

    JsonNode stock = api.call("GET", "/api/stock/" + sku, null);
    assertThat(stock.get("reserved").asInt()).isEqualTo(2);
    assertThat(stock.get("available").asInt()).isEqualTo(3);
    await()
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              JsonNode feed = api.call("GET", "/api/stock/" + sku, null).get("shops").get(0);
              assertThat(feed.get("pushedQty").asInt()).isEqualTo(3);
              assertThat(feed.get("pushPending").asBoolean()).isFalse();
            });
    assertThat(api.qoo10Qty(option.get("itemCode").asText(), sku)).isEqualTo(3);
  }

  @Test
  void a_quantity_changed_on_qoo10_shows_as_drift_and_reconcile_fixes_it() {
    JsonNode item = unit(false, 1);
    setAndSeeOnQoo10(item, 9);
    String itemCode = item.get("itemCode").asText();

    api.setQtyOnQoo10(itemCode, 40);
    JsonNode report = api.call("POST", "/api/shops/" + shop + "/reconcile", null);

    assertThat(report.get("checked").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.get("drifted")).hasSize(1);
    JsonNode drift = report.get("drifted").get(0);
    assertThat(drift.get("sku").asText()).isEqualTo(code(item));
    assertThat(drift.get("qoo10Qty").asInt()).isEqualTo(40);
    assertThat(drift.get("expected").asInt()).isEqualTo(9);
    assertThat(report.get("fixed").asInt()).isEqualTo(1);
    assertThat(api.qoo10Qty(itemCode, "")).isEqualTo(9);
  }

  @Test
  void a_burst_of_option_changes_on_one_shop_goes_out_in_one_bulk_call() {
    List<JsonNode> options =
        units.stream().filter(u -> !u.get("optionCode").asText().isEmpty()).skip(2).toList();
    assertThat(options).hasSizeGreaterThanOrEqualTo(4);
    List<JsonNode> burst = options.subList(options.size() - 4, options.size());
    for (JsonNode u : burst) {
      setAndSeeOnQoo10(u, 10);
    }
    await()
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              for (JsonNode u : burst) {
                JsonNode feed = api.call("GET", "/api/stock/" + code(u), null).get("shops").get(0);
                assertThat(feed.get("pushPending").asBoolean()).isFalse();
              }
            });
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < burst.size(); i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"sku\":\"")
          .append(code(burst.get(i)))
          .append("\",\"delta\":")
          .append(11 + i)
          .append(",\"reason\":\"count\"}");
    }
    body.append(']');
    long bulkBefore = api.qapiCalls("ItemsOptions.UpdateInventoryDataBulk");
    long unitBefore = api.qapiCalls("ItemsOptions.UpdateInventoryQtyUnit");

    api.call("POST", "/api/stock/adjust", body.toString());

    await()
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(20))
        .untilAsserted(
            () -> {
              for (int i = 0; i < burst.size(); i++) {
                JsonNode u = burst.get(i);
                assertThat(api.qoo10Qty(u.get("itemCode").asText(), u.get("optionCode").asText()))
                    .isEqualTo(21 + i);
              }
            });
    assertThat(api.qapiCalls("ItemsOptions.UpdateInventoryDataBulk") - bulkBefore).isEqualTo(1);
    assertThat(api.qapiCalls("ItemsOptions.UpdateInventoryQtyUnit") - unitBefore).isZero();
    await()
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              for (JsonNode u : burst) {
                JsonNode feed = api.call("GET", "/api/stock/" + code(u), null).get("shops").get(0);
                assertThat(feed.get("pushPending").asBoolean()).isFalse();
                assertThat(
                        feed.get("pushError").isNull() || feed.get("pushError").asText().isEmpty())
                    .isTrue();
              }
            });
  }

  @Test
  void an_option_gone_from_qoo10_fails_alone_in_the_bulk_call_and_the_others_are_pushed() {
    JsonNode gone = unit(true, 2);
    JsonNode kept = unit(true, 3);
    setAndSeeOnQoo10(gone, 6);
    setAndSeeOnQoo10(kept, 6);
    await()
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              for (JsonNode u : List.of(gone, kept)) {
                JsonNode feed = api.call("GET", "/api/stock/" + code(u), null).get("shops").get(0);
                assertThat(feed.get("pushPending").asBoolean()).isFalse();
              }
            });
    var catalog = api.app.marketplace().catalog();
    String goneItem = gone.get("itemCode").asText();
    ItemOption before =
        catalog.optionsOf(goneItem).stream()
            .filter(o -> o.optionCode().equals(code(gone)))
            .findFirst()
            .orElseThrow();
    assertThat(
            catalog
                .options()
                .delete(
                    shop,
                    ItemRef.code(gone.get("itemCode").asText()),
                    new OptionKey(List.of(), code(gone))))
        .isInstanceOf(Outcome.Done.class);
    long bulkBefore = api.qapiCalls("ItemsOptions.UpdateInventoryDataBulk");

    api.call(
        "POST",
        "/api/stock/adjust",
        "[{\"sku\":\""
            + code(gone)
            + "\",\"delta\":1},{\"sku\":\""
            + code(kept)
            + "\",\"delta\":1}]");

    await()
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              JsonNode goneFeed =
                  api.call("GET", "/api/stock/" + code(gone), null).get("shops").get(0);
              assertThat(goneFeed.get("pushError").asText()).startsWith("UpdateInventoryDataBulk");
              assertThat(goneFeed.get("pushPending").asBoolean()).isTrue();
              JsonNode keptFeed =
                  api.call("GET", "/api/stock/" + code(kept), null).get("shops").get(0);
              assertThat(keptFeed.get("pushPending").asBoolean()).isFalse();
              assertThat(keptFeed.get("pushedQty").asInt()).isEqualTo(7);
            });
    assertThat(api.qoo10Qty(kept.get("itemCode").asText(), code(kept))).isEqualTo(7);
    assertThat(api.qapiCalls("ItemsOptions.UpdateInventoryDataBulk") - bulkBefore).isEqualTo(1);

    // once the option is back on Qoo10, the retry pushes it
    assertThat(catalog.options().insert(shop, ItemRef.code(goneItem), before.toInventoryOption()))
        .isInstanceOf(Outcome.Done.class);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode feed = api.call("GET", "/api/stock/" + code(gone), null).get("shops").get(0);
              assertThat(feed.get("pushPending").asBoolean()).isFalse();
              assertThat(feed.get("pushedQty").asInt()).isEqualTo(7);
            });
    assertThat(api.qoo10Qty(goneItem, code(gone))).isEqualTo(7);
  }
}
