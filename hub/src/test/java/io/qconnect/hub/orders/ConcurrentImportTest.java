package io.qconnect.hub.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.shop.QapiClients;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.hub.shop.ShopEvents;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two importers (as on two nodes, without the shop lock) racing over the same lines. */
@ParameterizedClass
@EnumSource(Engine.class)
class ConcurrentImportTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  @Test
  void two_importers_racing_store_every_line_exactly_once() throws Exception {
    try (HubFixture f = new HubFixture(engine);
        QapiClients clients = new QapiClients(b -> b.requestsPerSecond(1000))) {
      Shop shop = f.connect(SHOP);
      LocalDateTime paid = f.jstNow().minusHours(1);
      for (long no = 1; no <= 60; no++) {
        f.qoo10.order(SHOP, 10_000 + no, ShippingStatus.ON_REQUEST, paid);
      }
      OrderImporter a = importer(f, clients);
      OrderImporter b = importer(f, clients);
      LocalDateTime to = f.jstNow();

      List<ImportReport> first = race(a, b, shop, to);
      for (long no = 1; no <= 60; no += 2) {
        f.qoo10.setStatus(10_000 + no, ShippingStatus.SELLER_CONFIRM);
      }
      List<ImportReport> second = race(a, b, shop, to);

      assertThat(first.get(0).created() + first.get(1).created()).isEqualTo(60);
      assertThat(second.get(0).updated() + second.get(1).updated()).isEqualTo(30);
      assertThat(first).allSatisfy(r -> assertThat(r.failed()).isZero());
      assertThat(second).allSatisfy(r -> assertThat(r.failed()).isZero());
      Jdbi jdbi = HubJdbi.create(f.dataSource);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_order_line")).isEqualTo(60);
      // each line's import, kept in its row (its first statuses), once
      assertThat(
              count(jdbi, "SELECT COUNT(*) FROM hub_order_line WHERE first_hub_status IS NOT NULL"))
          .isEqualTo(60);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_order_history WHERE kind = 'IMPORTED'"))
          .isZero();
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_order_history WHERE kind = 'QOO10_STATUS'"))
          .isEqualTo(30);
    }
  }

  private static OrderImporter importer(HubFixture f, QapiClients clients) {
    Jdbi jdbi = HubJdbi.create(f.dataSource);
    ShopService shops =
        ShopService.create(
            jdbi,
            f.box,
            clients,
            f.clock,
            f.qapiUrl(),
            Duration.ofSeconds(1),
            ShopEvents.NONE,
            null);
    return new OrderImporter(new ShopConnections(shops, clients), jdbi, f.clock);
  }

  private static List<ImportReport> race(
      OrderImporter a, OrderImporter b, Shop shop, LocalDateTime to) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    CompletableFuture<ImportReport> ra =
        CompletableFuture.supplyAsync(() -> run(a, shop, to, start));
    CompletableFuture<ImportReport> rb =
        CompletableFuture.supplyAsync(() -> run(b, shop, to, start));
    return List.of(ra.get(), rb.get());
  }

  private static ImportReport run(
      OrderImporter i, Shop shop, LocalDateTime to, CyclicBarrier start) {
    try {
      start.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return i.importOrders(shop, to.minusDays(7), to);
  }

  private static int count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }
}
