package io.qconnect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.qconnect.hub.Hub;
import io.qconnect.hub.HubConfig;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.stock.Listing;
import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The stock push benchmark (not a test: it prints figures). 100 hub SKUs mapped to combination
 * options of items in the marketplace; 1,000 stock changes through {@code PUT /api/stock/{sku}} at
 * 20 per second; for each, the time from the API call to GetGoodsInventoryInfo showing the new
 * quantity (polled by a second client of the same seller). Run once with the hub's default QAPI
 * rate (5 calls a second per key, the commonly reported safe rate) and once with {@code
 * qc.bench.qapiRate} (default 50). Run: {@code mvn -B -pl app -am -Pbench verify
 * -Dtest=StockPushBenchmark}.
 */
@Tag("bench")
class StockPushBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SKUS = 100;
  private static final int CHANGES = Integer.getInteger("qc.bench.changes", 1000);
  private static final int PER_SECOND = 20;

  @Test
  void stock_changes_reach_get_goods_inventory_info() throws Exception {
    for (double rate :
        List.of(5.0, Double.parseDouble(System.getProperty("qc.bench.qapiRate", "50")))) {
      run(rate);
    }
  }

  private void run(double rate) throws Exception {
    try (MarketplaceServer market =
            new MarketplaceServer(Engine.H2, OffsetDateTime.now(), AccessSettings.demo());
        HikariDataSource hubDb = TestDatabases.fresh(Engine.H2)) {
      JsonNode seller =
          JSON.readTree(
                  market
                      .sandbox("POST", "/sandbox/seed", "{\"seed\":3,\"sellers\":1,\"items\":40}")
                      .body())
              .get("sellers")
              .get(0);
      String shop = seller.get("sellerId").asText();
      try (Hub hub =
          Hub.create(
              HubConfig.builder("bench-token")
                  .clientCustomizer(b -> b.requestsPerSecond(rate))
                  .build(),
              hubDb,
              Clock.systemUTC(),
              SecretBox.random())) {
        Javalin http = Javalin.create(cfg -> hub.mount(cfg.routes)).start("127.0.0.1", 0);
        try {
          hub.shops()
              .connect(
                  new NewShop(
                      shop,
                      seller.get("apiKey").asText(),
                      seller.get("password").asText(),
                      market.qapiUrl(),
                      ShopSettings.defaults()));
          hub.stock().items().sync(shop);
          List<Listing> options =
              hub.stock().mappings().units(shop, null, 0, 10_000).stream()
                  .filter(Listing::isOption)
                  .limit(SKUS)
                  .toList();
          assertThat(options).hasSize(SKUS);
          Api api = new Api("http://127.0.0.1:" + http.port(), "bench-token");
          hub.stock().pusher().start();
          for (Listing o : options) {
            api.put(o.optionCode(), 500);
          }
          while (hub.stock().mappings().units(shop, true, 0, 10_000).stream()
              .anyMatch(Listing::pushPending)) {
            Thread.sleep(50);
          }
          QapiSeller checker =
              market.client.seller(
                  market
                      .client
                      .createCertificationKey(
                          new ApiKey(seller.get("apiKey").asText()),
                          shop,
                          seller.get("password").asText())
                      .orElseThrow());
          measure(rate, api, checker, options);
        } finally {
          http.stop();
        }
      }
    }
  }

  /** One change in flight: which option should show which quantity, since when. */
  private record Pending(Listing unit, int qty, long sentNanos) {}

  private static void measure(double rate, Api api, QapiSeller checker, List<Listing> options)
      throws Exception {
    Map<String, Pending> pending = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    int[] superseded = {0};
    Thread poller =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    poll(checker, pending, latencies);
                  }
                });
    long start = System.nanoTime();
    long interval = 1_000_000_000L / PER_SECOND;
    for (int i = 0; i < CHANGES; i++) {
      LockSupport.parkNanos(start + i * interval - System.nanoTime());
      Listing unit = options.get(i % SKUS);
      int qty = 100 + i / SKUS;
      long sent = System.nanoTime();
      if (pending.put(unit.optionCode(), new Pending(unit, qty, sent)) != null) {
        superseded[0]++;
      }
      api.put(unit.optionCode(), qty);
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!pending.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    poller.interrupt();
    poller.join();
    long[] ms = latencies.stream().mapToLong(n -> n / 1_000_000).sorted().toArray();
    System.out.printf(
        "stock push, QAPI rate %.0f/s per key: %d changes at %d/s over %d SKUs (options);"
            + " API call -> GetGoodsInventoryInfo: p50 %d ms, p99 %d ms, max %d ms;"
            + " %d superseded before shown, %d never shown; target p99 < 2000 ms%n",
        rate,
        CHANGES,
        PER_SECOND,
        SKUS,
        pct(ms, 50),
        pct(ms, 99),
        ms.length == 0 ? -1 : ms[ms.length - 1],
        superseded[0],
        pending.size());
  }

  private static void poll(
      QapiSeller checker, Map<String, Pending> pending, ConcurrentLinkedQueue<Long> latencies) {
    List<String> items =
        pending.values().stream().map(p -> p.unit().itemCode()).distinct().toList();
    if (items.isEmpty()) {
      LockSupport.parkNanos(2_000_000);
      return;
    }
    for (String item : items) {
      List<InventoryRow> rows =
          checker.getGoodsInventoryInfo(item, "").valueIfSuccess().orElse(List.of());
      long now = System.nanoTime();
      for (InventoryRow r : rows) {
        Pending p = pending.get(r.itemTypeCode());
        if (p != null && r.qty() == p.qty() && pending.remove(r.itemTypeCode(), p)) {
          latencies.add(now - p.sentNanos());
        }
      }
    }
  }

  private static long pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return -1;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /** {@code PUT /api/stock/{sku}} over HTTP. */
  private record Api(String base, String token) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    void put(String sku, int onHand) throws Exception {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/stock/" + sku))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"onHand\":" + onHand + "}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(sku + " -> " + r.statusCode() + " " + r.body());
      }
    }
  }
}
