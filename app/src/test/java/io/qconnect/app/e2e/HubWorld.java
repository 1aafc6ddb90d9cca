package io.qconnect.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.hub.Hub;
import io.qconnect.hub.HubConfig;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderQuery;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.tracking.Backoff;
import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The two halves talking over HTTP as they would in production: a real marketplace on port 0 (its
 * clock at real time, so that the hub's look-back windows see its orders) with a seeded seller, and
 * a hub on its own database with that seller's shop connected through Get Auth.
 */
final class HubWorld implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final MarketplaceServer market;
  final HikariDataSource hubDb;
  final Hub hub;
  final String shopId;
  final String apiKey;
  final String password;

  /** Every node of one hub deployment shares the master key (QC_SECRET_KEY). */
  private final SecretBox box = SecretBox.random();

  HubWorld(Engine hubEngine, boolean autoConfirm) {
    this(hubEngine, autoConfirm, TestDatabases.fresh(hubEngine));
  }

  HubWorld(Engine hubEngine, boolean autoConfirm, HikariDataSource hubDb) {
    market = new MarketplaceServer(Engine.H2, OffsetDateTime.now(), AccessSettings.demo());
    JsonNode seeded =
        read(
            market
                .sandbox("POST", "/sandbox/seed", "{\"seed\":7,\"sellers\":1,\"items\":25}")
                .body());
    JsonNode seller = seeded.get("sellers").get(0);
    shopId = seller.get("sellerId").asText();
    apiKey = seller.get("apiKey").asText();
    password = seller.get("password").asText();
    this.hubDb = hubDb;
    hub = newHub("node-a");
    ShopSettings d = ShopSettings.defaults();
    hub.shops()
        .connect(
            new NewShop(
                shopId,
                apiKey,
                password,
                market.qapiUrl(),
                new ShopSettings(
                    List.of(2, 3), 7, 60, false, autoConfirm, 2, d.renewBeforeDays())));
  }

  /** Another hub node on the same database. */
  Hub newHub(String node) {
    return Hub.create(
        HubConfig.builder("e2e-token")
            .nodeName(node)
            .lockLease(Duration.ofSeconds(20))
            .shipmentBackoff(new Backoff(Duration.ofMillis(20), Duration.ofMillis(100)))
            .clientCustomizer(
                b ->
                    b.requestTimeout(Duration.ofSeconds(2))
                        .requestsPerSecond(1000)
                        .retry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100))))
            .build(),
        hubDb,
        Clock.systemUTC(),
        box);
  }

  /** Places carts with the buyer simulator and pays every prepaid one, so all are status 2. */
  void buyersOrder(int carts, long seed) {
    market.market.simulator().start(0, seed);
    market.market.simulator().placeOrders(carts);
    for (long orderNo : marketLines("status = 1")) {
      market.sandbox("POST", "/sandbox/orders/" + orderNo + "/pay", null);
    }
  }

  /** Order numbers of marketplace lines matching a condition on mk_order_line. */
  List<Long> marketLines(String where) {
    return Jdbi.create(market.dataSource)
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT order_no FROM mk_order_line WHERE " + where + " ORDER BY order_no")
                    .mapTo(Long.class)
                    .list());
  }

  /** Marketplace line status and tracking by order number. */
  Map<Long, String> marketState() {
    Map<Long, String> out = new TreeMap<>();
    Jdbi.create(market.dataSource)
        .useHandle(
            h ->
                h.createQuery("SELECT order_no, status, tracking_no FROM mk_order_line")
                    .map((rs, c) -> Map.entry(rs.getLong(1), rs.getInt(2) + ":" + rs.getString(3)))
                    .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  List<OrderLine> hubLines() {
    List<OrderLine> all =
        new ArrayList<>(hub.orders().list(new OrderQuery(shopId, null, null, null, 5000)));
    return all;
  }

  /** Rows of hub_order_line per (shop, order) that appear more than once (must be none). */
  long duplicateHubRows() {
    return Jdbi.create(hubDb)
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM (SELECT shop_id, order_no FROM hub_order_line"
                            + " GROUP BY shop_id, order_no HAVING COUNT(*) > 1) d")
                    .mapTo(Long.class)
                    .one());
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(json, e);
    }
  }

  @Override
  public void close() {
    hub.close();
    market.close();
    hubDb.close();
  }
}
