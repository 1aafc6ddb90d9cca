package io.qconnect.marketplace.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.marketplace.order.OrderLine;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderSandboxTest {
  private static final Pattern PHONE = Pattern.compile("\\+81-(\\d{1,2}-\\d{4}-\\d{4})?");

  /**
   * Still: the simulator places 30 orders a minute of the marketplace's clock, so over a running
   * clock the two minutes the test moves it were two minutes and whatever the machine took between
   * starting the simulator and its tick (twelve seconds made 64 carts, more than the 60 allowed).
   */
  @TestMarketplace(stillClock = true)
  MarketplaceServer server;

  @BeforeEach
  void setUp() {
    assertThat(
            server
                .sandbox("POST", "/sandbox/seed", "{\"seed\":7,\"sellers\":1,\"items\":20}")
                .statusCode())
        .isEqualTo(201);
  }

  private String anySellerCode() {
    return Jdbi.create(server.dataSource)
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT seller_code FROM mk_item i WHERE NOT EXISTS"
                            + " (SELECT 1 FROM mk_item_option o WHERE o.item_code = i.item_code)"
                            + " AND qty > 2 ORDER BY item_code LIMIT 1")
                    .mapTo(String.class)
                    .one());
  }

  @Test
  void places_an_order_and_drives_it_with_outside_events() {
    String code = anySellerCode();
    HttpResponse<String> r =
        server.sandbox(
            "POST",
            "/sandbox/orders",
            "{\"sellerId\":\"demo-shop\",\"lines\":[{\"sellerCode\":\""
                + code
                + "\",\"qty\":1}],\"paid\":false,\"payment\":\"convenience_store\"}");
    assertThat(r.statusCode()).isEqualTo(201);
    long orderNo = Long.parseLong(r.body().replaceAll(".*\"orderNos\":\\[(\\d+).*", "$1"));
    assertThat(server.sandbox("POST", "/sandbox/orders/" + orderNo + "/pay", null).body())
        .contains("\"code\":0");
    assertThat(server.market.orders().line(orderNo).status()).isEqualTo(ShippingStatus.ON_REQUEST);
    HttpResponse<String> early =
        server.sandbox("POST", "/sandbox/orders/" + orderNo + "/deliver", null);
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("-10003");
    // a refused outside event answers in the sandbox's error shape, with the outcome's code
    assertThat(early.body()).contains("\"error\":\"-10003 ");
    assertThat(
            server
                .sandbox(
                    "POST",
                    "/sandbox/orders/" + orderNo + "/cancel-request",
                    "{\"reason\":\"間違えて注文\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(server.market.orders().line(orderNo).claimReason()).isEqualTo("間違えて注文");
  }

  @Test
  void refuses_a_sold_out_order_with_409_and_bad_input_with_400() {
    HttpResponse<String> sold =
        server.sandbox(
            "POST",
            "/sandbox/orders",
            "{\"sellerId\":\"demo-shop\",\"lines\":[{\"sellerCode\":\""
                + anySellerCode()
                + "\",\"qty\":999}]}");
    assertThat(sold.statusCode()).isEqualTo(409);
    assertThat(sold.body()).contains("sold out");
    assertThat(
            server
                .sandbox("POST", "/sandbox/orders", "{\"sellerId\":\"demo-shop\",\"lines\":[]}")
                .statusCode())
        .isEqualTo(400);
    assertThat(server.sandbox("POST", "/sandbox/orders/abc/pay", null).statusCode()).isEqualTo(400);
  }

  @Test
  void the_simulator_places_realistic_japanese_orders_at_its_rate() {
    assertThat(
            server
                .sandbox("POST", "/sandbox/simulator", "{\"ordersPerMinute\":30,\"seed\":7}")
                .body())
        .contains("\"running\":true");
    server.clock.advance(Duration.ofMinutes(2));
    server.market.tick();
    List<OrderLine> lines = server.market.orderQueries().inStatus(2, 1000);
    List<OrderLine> unpaid = server.market.orderQueries().inStatus(1, 1000);
    long carts =
        lines.stream().map(OrderLine::packNo).distinct().count()
            + unpaid.stream().map(OrderLine::packNo).distinct().count();
    assertThat(carts).isBetween(55L, 60L);
    OrderLine first = lines.isEmpty() ? unpaid.get(0) : lines.get(0);
    var placed = server.market.orders().linesOfPack(first.packNo());
    assertThat(placed).isNotEmpty();
    String mobile =
        Jdbi.create(server.dataSource)
            .withHandle(
                h ->
                    h.createQuery("SELECT buyer_mobile FROM mk_cart ORDER BY pack_no LIMIT 1")
                        .mapTo(String.class)
                        .one());
    assertThat(mobile).matches(PHONE);
    assertThat(server.sandbox("DELETE", "/sandbox/simulator", null).body())
        .contains("\"running\":false");
  }

  @Test
  void the_same_seed_places_the_same_orders() {
    List<String> first = runSimulation();
    List<String> second = runSimulation();
    assertThat(first).hasSize(40).isEqualTo(second);
  }

  /** Seeds a fresh marketplace, places 40 simulated carts and describes them. */
  private List<String> runSimulation() {
    try (MarketplaceServer s =
        new MarketplaceServer(
            Engine.H2, OffsetDateTime.parse("2026-05-11T10:00:00+09:00"), AccessSettings.demo())) {
      s.sandbox("POST", "/sandbox/seed", "{\"seed\":3,\"sellers\":2,\"items\":10}");
      s.market.simulator().start(0, 11);
      s.market.simulator().placeOrders(40);
      return Jdbi.create(s.dataSource)
          .withHandle(
              h ->
                  h.createQuery(
                          "SELECT c.seller_id || ' ' || c.buyer_name || ' ' || c.buyer_kana || ' ' || c.zip_code || ' '"
                              + " || c.payment_method || ' ' || (SELECT COUNT(*) FROM mk_order_line l WHERE l.pack_no = c.pack_no)"
                              + " FROM mk_cart c ORDER BY c.pack_no")
                      .mapTo(String.class)
                      .list());
    }
  }
}
