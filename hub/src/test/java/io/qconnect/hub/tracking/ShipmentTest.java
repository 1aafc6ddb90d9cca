package io.qconnect.hub.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import io.qconnect.protocol.wire.QapiRequest;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class ShipmentTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  private static HubFixture withOrders(Engine engine, long... orderNos) {
    HubFixture f = new HubFixture(engine);
    f.connect(SHOP);
    for (long no : orderNos) {
      f.qoo10.order(SHOP, no, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(3));
    }
    f.hub.syncNow(SHOP);
    return f;
  }

  private static ShippedLine shipped(long orderNo, String carrier, String tracking) {
    return new ShippedLine(SHOP, Long.toString(orderNo), carrier, tracking);
  }

  private static List<String> sendCalls(HubFixture f) {
    return f.server.received().stream()
        .map(QapiRequest::methodName)
        .filter(m -> m.startsWith("SetSendingInfo"))
        .toList();
  }

  @Test
  void a_shipped_line_is_queued_then_written_back_with_set_sending_info() {
    try (HubFixture f = withOrders(engine, 1001)) {
      List<Shipment> queued =
          f.hub.shipments().markShipped(List.of(shipped(1001, "クロネコ", "4912-3456-7890")));

      assertThat(queued)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.state()).isEqualTo(ShipmentState.PENDING);
                assertThat(s.carrier()).isEqualTo("ヤマト宅急便");
                assertThat(s.carrierGiven()).isEqualTo("クロネコ");
              });
      assertThat(f.hub.orders().get(SHOP, 1001).hubStatus()).isEqualTo(HubStatus.SHIPPED);

      SendReport report = f.hub.sendShipmentsNow();

      assertThat(report.sent()).isEqualTo(1);
      assertThat(sendCalls(f)).containsExactly("SetSendingInfo");
      assertThat(f.qoo10.get(1001).status()).isEqualTo(ShippingStatus.ON_DELIVERY);
      assertThat(f.qoo10.get(1001).delivery().trackingNo()).isEqualTo("4912-3456-7890");
      OrderLine line = f.hub.orders().get(SHOP, 1001);
      assertThat(line.qoo10Status()).isEqualTo(ShippingStatus.ON_DELIVERY);
      assertThat(line.carrier()).isEqualTo("ヤマト宅急便");
      assertThat(f.hub.shipments().find(SHOP, 1001).orElseThrow().state())
          .isEqualTo(ShipmentState.SENT);
      assertThat(f.hub.orders().history(SHOP, 1001))
          .extracting(HistoryEntry::kind)
          .containsExactly(
              HistoryKind.IMPORTED, HistoryKind.SHIP_QUEUED, HistoryKind.TRACKING_SENT);
      assertThat(f.hub.sendShipmentsNow().attempted()).isZero();
    }
  }

  @Test
  void a_line_queued_while_a_send_runs_is_sent_by_that_send_when_its_own_finds_the_lease_taken() {
    try (HubFixture f = withOrders(engine, 1001, 1002)) {
      f.hub.shipments().markShipped(List.of(shipped(1001, "ヤマト", "4912-0001")));
      SendReport[] during = new SendReport[1];
      f.qoo10.onNextSending(
          () -> {
            // while the first send waits for Qoo10's answer: 1002 is queued and its own send runs
            f.hub.shipments().markShipped(List.of(shipped(1002, "ヤマト", "4912-0002")));
            during[0] = f.hub.sendShipmentsNow();
          });

      SendReport first = f.hub.sendShipmentsNow();

      assertThat(during[0].attempted()).as("the lease was taken").isZero();
      assertThat(first.sent()).isEqualTo(2);
      assertThat(f.hub.shipments().find(SHOP, 1002).orElseThrow().state())
          .isEqualTo(ShipmentState.SENT);
      assertThat(f.qoo10.get(1002).delivery().trackingNo()).isEqualTo("4912-0002");
      assertThat(sendCalls(f)).containsExactly("SetSendingInfo", "SetSendingInfo");
    }
  }

  @Test
  void several_lines_go_in_one_bulk_call_and_each_row_is_recorded() {
    try (HubFixture f = withOrders(engine, 1001, 1002, 1003)) {
      f.hub
          .shipments()
          .markShipped(
              List.of(
                  shipped(1001, "佐川", "3601-0001"),
                  shipped(1002, "日本郵便", "1234-0002"),
                  shipped(1003, "ヤマト", "4912-0003")));
      f.qoo10.remove(1003);

      SendReport report = f.hub.sendShipmentsNow();

      assertThat(sendCalls(f)).containsExactly("SetSendingInfoBulk");
      assertThat(report)
          .extracting(SendReport::attempted, SendReport::sent, SendReport::failed)
          .containsExactly(3, 2, 1);
      Shipment failed = f.hub.shipments().find(SHOP, 1003).orElseThrow();
      assertThat(failed.state()).isEqualTo(ShipmentState.FAILED);
      assertThat(failed.attempts()).isEqualTo(1);
      assertThat(failed.lastCode()).isEqualTo(-10001);
      assertThat(failed.lastError()).isEqualTo("-10001 Order not found.");
      assertThat(failed.nextAttemptAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(1)));
      assertThat(f.qoo10.get(1002).delivery().deliveryCompany()).isEqualTo("ゆうパック");
    }
  }

  @Test
  void failures_are_retried_with_growing_waits_and_never_dropped() {
    try (HubFixture f = withOrders(engine, 1001)) {
      f.hub.shipments().markShipped(List.of(shipped(1001, "ヤマト", "4912-0001")));
      String busy = "{\"ResultCode\":-10101,\"ResultMsg\":\"Processing Error - busy\"}";
      f.qoo10.script("ShippingBasic.SetSendingInfo", 2, busy);

      assertThat(f.hub.sendShipmentsNow().failed()).isEqualTo(1);
      assertThat(f.hub.sendShipmentsNow().attempted()).isZero();
      f.clock.advance(Duration.ofMinutes(1));
      assertThat(f.hub.sendShipmentsNow().failed()).isEqualTo(1);
      Shipment twice = f.hub.shipments().find(SHOP, 1001).orElseThrow();
      assertThat(twice.attempts()).isEqualTo(2);
      assertThat(twice.nextAttemptAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(2)));
      f.clock.advance(Duration.ofMinutes(1));
      assertThat(f.hub.sendShipmentsNow().attempted()).isZero();
      f.clock.advance(Duration.ofMinutes(1));

      assertThat(f.hub.sendShipmentsNow().sent()).isEqualTo(1);
      Shipment sent = f.hub.shipments().find(SHOP, 1001).orElseThrow();
      assertThat(sent.state()).isEqualTo(ShipmentState.SENT);
      assertThat(sent.attempts()).isEqualTo(3);
      assertThat(f.hub.shipments().list(SHOP, ShipmentState.SENT)).hasSize(1);
    }
  }

  @Test
  void a_cart_ships_together_unless_its_lines_are_listed_apart() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.cart(
          SHOP, 700, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1), 7001, 7002, 7003);
      f.qoo10.cart(SHOP, 800, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1), 8001, 8002);
      f.hub.syncNow(SHOP);

      List<Shipment> together =
          f.hub.shipments().markShipped(List.of(shipped(7002, "ヤマト", "T-700")));
      List<Shipment> apart =
          f.hub
              .shipments()
              .markShipped(List.of(shipped(8001, "ヤマト", "T-801"), shipped(8002, "佐川", "T-802")));

      assertThat(together).extracting(Shipment::orderNo).containsExactly(7002L, 7001L, 7003L);
      assertThat(together).extracting(Shipment::trackingNo).containsOnly("T-700");
      assertThat(apart).extracting(Shipment::trackingNo).containsExactly("T-801", "T-802");
      f.hub.sendShipmentsNow();
      assertThat(f.qoo10.get(7003).delivery().trackingNo()).isEqualTo("T-700");
    }
  }

  @Test
  void a_bad_report_is_refused_whole_naming_the_item_and_field() {
    try (HubFixture f = withOrders(engine, 1001)) {
      List<ShippedLine> bad =
          List.of(shipped(1001, "ヤマト", "4912-0001"), shipped(999, "ヤマト", "4912-0002"));

      assertThatThrownBy(() -> f.hub.shipments().markShipped(bad))
          .isInstanceOf(HubException.class)
          .hasMessage("item 2, field orderNo: shop demo-shop has no order 999");
      assertThatThrownBy(() -> f.hub.shipments().markShipped(List.of(shipped(1001, " ", "x"))))
          .hasMessage("item 1, field carrier: missing");
      assertThatThrownBy(
              () -> f.hub.shipments().markShipped(List.of(shipped(1001, "ヤマト", "49 12"))))
          .hasMessageStartingWith("item 1, field trackingNo: must be 1–50");

      assertThat(f.hub.shipments().list(SHOP, null)).isEmpty();
      assertThat(f.hub.orders().get(SHOP, 1001).hubStatus()).isEqualTo(HubStatus.CONFIRMED);
    }
  }

  @Test
  void cancelled_lines_cannot_ship_and_lines_cancelled_in_the_queue_are_not_sent() {
    try (HubFixture f = withOrders(engine, 1001, 1002)) {
      f.qoo10.claim(1001, ClaimStatus.CANCEL_COMPLETE);
      f.hub.syncNow(SHOP);
      assertThatThrownBy(() -> f.hub.shipments().markShipped(List.of(shipped(1001, "ヤマト", "A-1"))))
          .hasMessage("item 1, field orderNo: order 1001 is CANCELLED and cannot be shipped");

      f.hub.shipments().markShipped(List.of(shipped(1002, "ヤマト", "A-2")));
      f.qoo10.claim(1002, ClaimStatus.CANCEL_COMPLETE);
      f.hub.syncNow(SHOP);

      assertThat(f.hub.sendShipmentsNow().attempted()).isZero();
      assertThat(f.hub.shipments().find(SHOP, 1002).orElseThrow().state())
          .isEqualTo(ShipmentState.CANCELLED);
      assertThat(sendCalls(f)).isEmpty();
    }
  }

  @Test
  void a_csv_of_shipments_is_imported_with_carriers_mapped() {
    try (HubFixture f = withOrders(engine, 1001, 1002)) {
      String csv =
          "orderNo,carrier,trackingNo\n1001,ヤマト運輸,4912-0001\n\n\"1002\",\"佐川\",\"3601-0002\"\n";

      List<Shipment> queued =
          f.hub.shipments().importCsv(SHOP, new StringReader(csv), "shipments.csv");

      assertThat(queued).extracting(Shipment::carrier).containsExactly("ヤマト宅急便", "佐川急便");
      assertThat(f.hub.sendShipmentsNow().sent()).isEqualTo(2);
    }
  }

  @Test
  void a_bad_csv_is_refused_whole_naming_row_and_column() {
    try (HubFixture f = withOrders(engine, 1001, 1002)) {
      String missing = "orderNo,carrier,trackingNo\n1001,ヤマト,4912-0001\n1002,佐川,\n";
      String shortRow = "1001,ヤマト,4912-0001\n1002,佐川\n";
      String notNumber = "1001,ヤマト,4912-0001\n1O02,佐川,3601\n";

      assertThatThrownBy(
              () -> f.hub.shipments().importCsv(SHOP, new StringReader(missing), "shipments.csv"))
          .hasMessage("shipments.csv row 3, column trackingNo: missing");
      assertThatThrownBy(
              () -> f.hub.shipments().importCsv(SHOP, new StringReader(shortRow), "shipments.csv"))
          .hasMessage(
              "shipments.csv row 2: expected 3 columns (orderNo,carrier,trackingNo), found 2");
      assertThatThrownBy(
              () -> f.hub.shipments().importCsv(SHOP, new StringReader(notNumber), "shipments.csv"))
          .hasMessage("shipments.csv row 2, column orderNo: not an order number: '1O02'");

      assertThat(f.hub.shipments().list(SHOP, null)).isEmpty();
      assertThat(f.hub.orders().get(SHOP, 1001).hubStatus()).isEqualTo(HubStatus.CONFIRMED);
    }
  }

  @Test
  void reporting_the_same_parcel_twice_changes_nothing_and_a_new_number_requeues() {
    try (HubFixture f = withOrders(engine, 1001)) {
      f.hub.shipments().markShipped(List.of(shipped(1001, "ヤマト", "A-1")));
      f.hub.sendShipmentsNow();

      f.hub.shipments().markShipped(List.of(shipped(1001, "ヤマト運輸", "A-1")));
      assertThat(f.hub.shipments().find(SHOP, 1001).orElseThrow().state())
          .isEqualTo(ShipmentState.SENT);

      f.hub.shipments().markShipped(List.of(shipped(1001, "ヤマト", "A-2")));
      Shipment again = f.hub.shipments().find(SHOP, 1001).orElseThrow();
      assertThat(again.state()).isEqualTo(ShipmentState.PENDING);
      assertThat(again.attempts()).isZero();
    }
  }
}
