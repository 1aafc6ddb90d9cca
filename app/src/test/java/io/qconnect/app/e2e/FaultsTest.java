package io.qconnect.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.tracking.Shipment;
import io.qconnect.hub.tracking.ShipmentState;
import io.qconnect.hub.tracking.ShippedLine;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A fifth of all QAPI calls fail (error codes, HTTP 500, answers later than the client waits,
 * garbage bodies, dropped connections) while buyers order and the hub imports, confirms and writes
 * tracking back. Once the faults stop, nothing is missing and nothing is doubled. The fault rules
 * are seeded, so the test cannot pass (or fail) by chance: every run meets the same faults.
 */
class FaultsTest {
  /** Each rule has its own seed: the same calls meet the same faults on every run. */
  private static final String[] FAULTS = {
    "{\"method\":\"*\",\"fault\":\"error\",\"resultCode\":-10101,\"probability\":0.045,\"seed\":1}",
    "{\"method\":\"*\",\"fault\":\"http500\",\"probability\":0.045,\"seed\":2}",
    "{\"method\":\"*\",\"fault\":\"delay\",\"delayMs\":2500,\"probability\":0.045,\"seed\":3}",
    "{\"method\":\"*\",\"fault\":\"garbage\",\"probability\":0.045,\"seed\":4}",
    "{\"method\":\"*\",\"fault\":\"drop\",\"probability\":0.045,\"seed\":5}"
  };

  @Test
  void once_the_faults_stop_every_order_is_in_the_hub_once_and_every_shipment_written_back() {
    try (HubWorld w = new HubWorld(Engine.H2, true)) {
      for (String f : FAULTS) {
        assertThat(w.market.sandbox("POST", "/sandbox/faults", f).statusCode()).isEqualTo(201);
      }
      List<String> shipped = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        w.buyersOrder(12, 100 + round);
        w.hub.syncNow(w.shopId);
        shipSome(w, shipped);
        w.hub.sendShipmentsNow();
      }
      assertThat(w.market.market.faults().hits())
          .as("every kind of fault hit some calls")
          .containsOnlyKeys(io.qconnect.marketplace.qapi.Fault.Kind.values())
          .allSatisfy((kind, n) -> assertThat(n).isPositive());

      w.market.sandbox("DELETE", "/sandbox/faults", null);
      for (int i = 0; i < 4; i++) {
        w.hub.syncNow(w.shopId);
        w.hub.sendShipmentsNow();
        pause();
      }

      List<Long> live =
          w.marketLines("status >= 2 AND (claim_status IS NULL OR claim_status NOT IN (3, 16))");
      List<OrderLine> hub = w.hubLines();
      assertThat(w.duplicateHubRows()).isZero();
      assertThat(hub).extracting(OrderLine::orderNo).containsExactlyInAnyOrderElementsOf(live);
      List<Shipment> shipments = w.hub.shipments().list(w.shopId, null);
      assertThat(shipments).isNotEmpty().allMatch(s -> s.state() == ShipmentState.SENT);
      Map<Long, String> market = w.marketState();
      for (Shipment s : shipments) {
        assertThat(market.get(s.orderNo())).isEqualTo("4:" + s.trackingNo());
      }
      assertThat(shipped).hasSizeGreaterThan(20);
      assertThat(w.marketLines("status = 2"))
          .as("every new order was confirmed in the end")
          .isEmpty();
    }
  }

  /** Marks the confirmed lines not yet shipped as shipped, one tracking number per line. */
  private static void shipSome(HubWorld w, List<String> shipped) {
    Set<Long> queued =
        w.hub.shipments().list(w.shopId, null).stream()
            .map(Shipment::orderNo)
            .collect(Collectors.toSet());
    List<ShippedLine> lines = new ArrayList<>();
    for (OrderLine l : w.hubLines()) {
      if (l.hubStatus() == HubStatus.CONFIRMED
          && !queued.contains(l.orderNo())
          && l.orderNo() % 2 == 0) {
        lines.add(new ShippedLine(w.shopId, Long.toString(l.orderNo()), "佐川", "S-" + l.orderNo()));
        shipped.add("S-" + l.orderNo());
      }
    }
    if (!lines.isEmpty()) {
      w.hub.shipments().markShipped(lines);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(150); // lets the shortened write-back backoff (at most 100 ms) elapse
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
