package io.qconnect.hub.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import io.qconnect.protocol.wire.QapiRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class AutoConfirmTest {
  private static final String SHOP = "demo-shop";
  private static final ShopSettings AUTO = new ShopSettings(List.of(2, 3), 7, 5, true, true, 2, 30);

  @Parameter Engine engine;

  private static SyncRun sync(HubFixture f) {
    return ((SyncOutcome.Ran) f.hub.syncNow(SHOP)).run();
  }

  private static List<String> calls(HubFixture f) {
    return f.server.received().stream()
        .map(QapiRequest::methodName)
        .filter(m -> m.startsWith("SetSellerCheck"))
        .toList();
  }

  @Test
  void confirms_new_lines_in_bulk_with_a_ship_date_in_business_days() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP, AUTO);
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, LocalDateTime.of(2026, 1, 14, 9, 0));
      f.qoo10.order(SHOP, 1002, ShippingStatus.ON_REQUEST, LocalDateTime.of(2026, 1, 9, 9, 0));

      SyncRun run = sync(f);

      assertThat(run.confirmed()).isEqualTo(2);
      assertThat(calls(f)).containsExactly("SetSellerCheckYNBulk");
      OrderLine paidToday = f.hub.orders().get(SHOP, 1001);
      assertThat(paidToday.hubStatus()).isEqualTo(HubStatus.CONFIRMED);
      assertThat(paidToday.qoo10Status()).isEqualTo(ShippingStatus.SELLER_CONFIRM);
      assertThat(paidToday.confirmation().code()).isZero();
      assertThat(paidToday.confirmation().estShipDate()).isEqualTo(LocalDate.of(2026, 1, 16));
      // paid last Friday: +2 business days is already past, so the next business day after today
      assertThat(f.hub.orders().get(SHOP, 1002).confirmation().estShipDate())
          .isEqualTo(LocalDate.of(2026, 1, 15));
      assertThat(f.qoo10.get(1002).status()).isEqualTo(ShippingStatus.SELLER_CONFIRM);
      assertThat(f.hub.orders().history(SHOP, 1001))
          .extracting(HistoryEntry::kind)
          .containsExactly(HistoryKind.IMPORTED, HistoryKind.CONFIRMED);

      SyncRun next = sync(f);
      assertThat(next.confirmed()).isZero();
      assertThat(next.unchanged()).isEqualTo(2);
    }
  }

  @Test
  void one_line_is_confirmed_with_set_seller_check_yn_v2() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP, AUTO);
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));

      sync(f);

      assertThat(calls(f)).containsExactly("SetSellerCheckYN_V2");
      assertThat(f.hub.orders().get(SHOP, 1001).hubStatus()).isEqualTo(HubStatus.CONFIRMED);
    }
  }

  @Test
  void a_refused_confirmation_is_recorded_and_tried_again_next_run() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP, AUTO);
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.qoo10.script(
          "ShippingBasic.SetSellerCheckYN_V2",
          1,
          "{\"ResultCode\":-10101,\"ResultMsg\":\"Processing Error - busy\"}");

      SyncRun first = sync(f);

      assertThat(first.outcome()).isEqualTo(SyncRun.Outcome.PARTIAL);
      assertThat(first.failed()).isEqualTo(1);
      assertThat(first.error()).contains("order 1001: -10101 Processing Error - busy");
      OrderLine refused = f.hub.orders().get(SHOP, 1001);
      assertThat(refused.hubStatus()).isEqualTo(HubStatus.NEW);
      assertThat(refused.confirmation())
          .extracting(Confirmation::code, Confirmation::attempts)
          .containsExactly(-10101, 1);

      SyncRun second = sync(f);

      assertThat(second.outcome()).isEqualTo(SyncRun.Outcome.OK);
      assertThat(second.confirmed()).isEqualTo(1);
      OrderLine confirmed = f.hub.orders().get(SHOP, 1001);
      assertThat(confirmed.hubStatus()).isEqualTo(HubStatus.CONFIRMED);
      assertThat(confirmed.confirmation().attempts()).isEqualTo(2);
      assertThat(f.hub.orders().history(SHOP, 1001))
          .extracting(HistoryEntry::kind)
          .containsExactly(HistoryKind.IMPORTED, HistoryKind.CONFIRM_FAILED, HistoryKind.CONFIRMED);
    }
  }

  @Test
  void lines_on_hold_and_shops_without_the_option_are_not_confirmed() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP, AUTO);
      f.connect("manual-shop");
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));
      f.qoo10.claim(1001, ClaimStatus.CANCEL_REQUESTED);
      f.qoo10.order("manual-shop", 2001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));

      sync(f);
      f.hub.syncNow("manual-shop");

      assertThat(calls(f)).isEmpty();
      assertThat(f.hub.orders().get(SHOP, 1001).hubStatus()).isEqualTo(HubStatus.ON_HOLD);
      assertThat(f.hub.orders().get("manual-shop", 2001).hubStatus()).isEqualTo(HubStatus.NEW);
    }
  }
}
