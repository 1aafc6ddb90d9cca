package io.qconnect.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.order.SellerCheck;
import io.qconnect.protocol.order.Sending;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a line the seller confirms and ships on Qoo10 (here through QAPI as the seller, as QSM
 * does) between two hub runs is imported by the next run, as shipped by the seller.
 */
class SellerShipsInQsmTest {
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
    return ((SyncOutcome.Ran) w.hub.syncNow(w.shopId)).run();
  }

  @Test
  void a_line_confirmed_and_shipped_by_the_seller_between_two_runs_is_in_the_hub_after_the_next() {
    w.buyersOrder(3, 31);
    sync();
    Set<Long> known = new HashSet<>(w.hubLines().stream().map(OrderLine::orderNo).toList());
    w.buyersOrder(3, 32);
    List<Long> fresh =
        w.marketLines("status = 2").stream().filter(no -> !known.contains(no)).toList();
    assertThat(fresh).isNotEmpty();
    long shipped = fresh.get(0);
    try (QapiClient client = QapiClient.builder().baseUrl(w.market.qapiUrl()).build()) {
      QapiSeller seller =
          client.seller(
              client.createCertificationKey(new ApiKey(w.apiKey), w.shopId, w.password).value());
      String no = Long.toString(shipped);
      assertThat(seller.setSellerCheck(SellerCheck.of(no, LocalDate.now().plusDays(2))).isSuccess())
          .isTrue();
      assertThat(seller.setSendingInfo(new Sending(no, "ヤマト宅急便", "4912-7777-0001")).isSuccess())
          .isTrue();
    }

    SyncRun next = sync();
    SyncRun again = sync();

    assertThat(next.error()).isEmpty();
    OrderLine line = w.hub.orders().get(w.shopId, shipped);
    assertThat(line.qoo10Status()).isEqualTo(ShippingStatus.ON_DELIVERY);
    assertThat(line.hubStatus()).isEqualTo(HubStatus.SHIPPED);
    assertThat(line.trackingNo()).isEqualTo("4912-7777-0001");
    assertThat(line.confirmation().attempts()).as("the hub never confirmed it itself").isZero();
    List<HistoryEntry> history = w.hub.orders().history(w.shopId, shipped);
    assertThat(history).extracting(HistoryEntry::kind).containsExactly(HistoryKind.IMPORTED);
    assertThat(history.get(0).note()).contains("shipped by the seller");
    assertThat(again.created()).isZero();
    assertThat(w.duplicateHubRows()).isZero();
    assertThat(w.hubLines())
        .extracting(OrderLine::orderNo)
        .containsAll(fresh)
        .doesNotHaveDuplicates();
  }
}
