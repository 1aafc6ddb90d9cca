package io.qconnect.hub.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class FulfilmentServiceTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  @Test
  void confirmed_lines_are_instructed_and_others_refuse_the_whole_request() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.qoo10.order(SHOP, 1002, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.hub.syncNow(SHOP);

      assertThatThrownBy(() -> f.hub.fulfilment().instruct(SHOP, List.of(1001L, 1002L)))
          .isInstanceOf(HubException.class)
          .hasMessage("order 1002 is NEW: only CONFIRMED lines can be instructed");
      assertThat(f.hub.orders().get(SHOP, 1001).hubStatus()).isEqualTo(HubStatus.CONFIRMED);

      List<OrderLine> done = f.hub.fulfilment().instruct(SHOP, List.of(1001L));
      List<OrderLine> again = f.hub.fulfilment().instruct(SHOP, List.of(1001L));

      assertThat(done).extracting(OrderLine::hubStatus).containsExactly(HubStatus.INSTRUCTED);
      assertThat(again).extracting(OrderLine::hubStatus).containsExactly(HubStatus.INSTRUCTED);
      assertThat(f.hub.orders().history(SHOP, 1001))
          .extracting(HistoryEntry::kind)
          .containsExactly(HistoryKind.IMPORTED, HistoryKind.INSTRUCTED);
    }
  }
}
