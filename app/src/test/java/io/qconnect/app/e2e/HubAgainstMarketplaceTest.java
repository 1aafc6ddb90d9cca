package io.qconnect.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.hub.tracking.ShippedLine;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 5's end-to-end acceptance: the hub against the real marketplace, over HTTP only. */
class HubAgainstMarketplaceTest {
  private HubWorld w;

  @BeforeEach
  void start() {
    w = new HubWorld(Engine.H2, true);
  }

  @AfterEach
  void stop() {
    w.close();
  }

  private SyncRun sync() {
    SyncOutcome o = w.hub.syncNow(w.shopId);
    assertThat(o).isInstanceOf(SyncOutcome.Ran.class);
    return ((SyncOutcome.Ran) o).run();
  }

  @Test
  void simulator_orders_are_imported_exactly_once_and_auto_confirmed_on_the_marketplace() {
    w.buyersOrder(120, 21);
    List<Long> paid = w.marketLines("status = 2 AND claim_status IS NULL");
    assertThat(paid).hasSizeGreaterThan(120);

    SyncRun first = sync();
    SyncRun second = sync();

    assertThat(first.error()).isEmpty();
    assertThat(first.created()).isEqualTo(paid.size());
    assertThat(second.created()).isZero();
    List<OrderLine> lines = w.hubLines();
    assertThat(lines).extracting(OrderLine::orderNo).containsExactlyInAnyOrderElementsOf(paid);
    assertThat(w.duplicateHubRows()).isZero();
    assertThat(w.marketLines("status = 2")).as("auto-confirm moved every new order to 3").isEmpty();
    assertThat(w.marketLines("status = 3")).containsExactlyInAnyOrderElementsOf(paid);
    assertThat(w.hubLines()).allMatch(l -> l.hubStatus() == HubStatus.CONFIRMED);
    Set<Long> packs = lines.stream().map(OrderLine::packNo).collect(Collectors.toSet());
    assertThat(packs).hasSizeLessThanOrEqualTo(120);
  }

  @Test
  void shipping_in_the_hub_moves_the_line_to_4_with_its_tracking_on_the_marketplace() {
    w.buyersOrder(10, 5);
    sync();
    List<OrderLine> lines = w.hubLines();
    OrderLine l = lines.get(0);
    w.hub
        .shipments()
        .markShipped(
            List.of(
                new ShippedLine(w.shopId, Long.toString(l.orderNo()), "ヤマト運輸", "4912-0000-0001")));
    w.hub.sendShipmentsNow();

    String market = w.marketState().get(l.orderNo());
    assertThat(market).isEqualTo("4:4912-0000-0001");
    String carrier =
        org.jdbi.v3.core.Jdbi.create(w.market.dataSource)
            .withHandle(
                h ->
                    h.createQuery("SELECT carrier FROM mk_order_line WHERE order_no = :o")
                        .bind("o", l.orderNo())
                        .mapTo(String.class)
                        .one());
    assertThat(carrier).as("ヤマト運輸 maps to Qoo10's name").isEqualTo("ヤマト宅急便");
    sync();
    OrderLine after = w.hub.orders().get(w.shopId, l.orderNo());
    assertThat(after.hubStatus()).isEqualTo(HubStatus.SHIPPED);
    assertThat(after.trackingNo()).isEqualTo("4912-0000-0001");
  }

  @Test
  void an_expired_key_is_reissued_automatically_and_the_sync_goes_on() {
    w.buyersOrder(5, 9);
    sync();
    Shop before = w.hub.shops().get(w.shopId);

    w.market.clock.advance(Duration.ofDays(366));
    SyncRun afterExpiry = sync();
    assertThat(afterExpiry.error()).isEmpty();
    Shop renewed = w.hub.shops().get(w.shopId);
    assertThat(renewed.keyIssuedAt()).isAfter(before.keyIssuedAt());

    w.market.clock.reset();
    w.buyersOrder(5, 10);
    SyncRun goesOn = sync();
    assertThat(goesOn.error()).isEmpty();
    assertThat(goesOn.created()).isPositive();
    assertThat(w.duplicateHubRows()).isZero();
    Map<Long, String> market = w.marketState();
    assertThat(w.hubLines())
        .hasSize((int) market.values().stream().filter(s -> !s.startsWith("1:")).count());
    assertThat(w.market.market.orders().line(w.hubLines().get(0).orderNo()).status())
        .isEqualTo(ShippingStatus.SELLER_CONFIRM);
  }
}
