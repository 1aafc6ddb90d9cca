package io.qconnect.hub.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** R72: the storage status new lines take is chosen per shop. */
@ParameterizedClass
@EnumSource(Engine.class)
class StorageStatusTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  private static SyncRun sync(HubFixture f) {
    return ((SyncOutcome.Ran) f.hub.syncNow(SHOP)).run();
  }

  private static HubStatus status(HubFixture f, long orderNo) {
    return f.hub.orders().get(SHOP, orderNo).hubStatus();
  }

  @Test
  void new_lines_are_stored_new_by_default() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));

      sync(f);

      assertThat(f.hub.shopFulfilment().get(SHOP).storageStatus()).isEqualTo(HubStatus.NEW);
      assertThat(status(f, 1001)).isEqualTo(HubStatus.NEW);
    }
  }

  @Test
  void a_shop_storing_new_lines_on_hold_keeps_them_unconfirmed_until_an_operator_releases_them() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP, ShopSettings.defaults().withAutomation(true, true));
      f.hub
          .shopFulfilment()
          .update(SHOP, new FulfilmentPatch(HubStatus.ON_HOLD, null, null, null, null));
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.qoo10.order(SHOP, 1002, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));

      SyncRun first = sync(f);
      SyncRun second = sync(f);

      assertThat(first.confirmed()).isZero();
      assertThat(second.confirmed()).isZero();
      assertThat(status(f, 1001)).isEqualTo(HubStatus.ON_HOLD);
      assertThat(status(f, 1002)).isEqualTo(HubStatus.CONFIRMED);
      assertThat(f.qoo10.get(1001).status()).isEqualTo(ShippingStatus.ON_REQUEST);

      f.hub.fulfilment().release(SHOP, List.of(1001L));
      assertThat(status(f, 1001)).isEqualTo(HubStatus.NEW);
      SyncRun third = sync(f);

      assertThat(third.confirmed()).isEqualTo(1);
      assertThat(status(f, 1001)).isEqualTo(HubStatus.CONFIRMED);
      assertThat(f.qoo10.get(1001).status()).isEqualTo(ShippingStatus.SELLER_CONFIRM);
    }
  }

  @Test
  void a_held_line_moves_on_when_qoo10_shows_it_shipped_and_only_held_lines_can_be_released() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.hub
          .shopFulfilment()
          .update(SHOP, new FulfilmentPatch(HubStatus.ON_HOLD, null, null, null, null));
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.qoo10.order(SHOP, 1002, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      sync(f);
      f.qoo10.setStatus(1001, ShippingStatus.ON_DELIVERY);

      sync(f);

      assertThat(status(f, 1001)).isEqualTo(HubStatus.SHIPPED);
      assertThatThrownBy(() -> f.hub.fulfilment().release(SHOP, List.of(1002L)))
          .isInstanceOf(HubException.class)
          .hasMessageContaining("only lines held on import");
    }
  }

  @Test
  void only_new_or_on_hold_may_be_the_storage_status() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);

      assertThatThrownBy(
              () ->
                  f.hub
                      .shopFulfilment()
                      .update(SHOP, new FulfilmentPatch(HubStatus.SHIPPED, null, null, null, null)))
          .isInstanceOf(HubException.class)
          .hasMessageContaining("storageStatus must be one of [NEW, ON_HOLD]");
      assertThat(f.hub.shopFulfilment().get(SHOP)).isEqualTo(FulfilmentSettings.defaults());
    }
  }
}
