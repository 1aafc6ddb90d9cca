package io.qconnect.protocol.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatusTablesTest {
  @Test
  void shipping_status_labels_are_exactly_the_observed_ones() {
    assertThat(Arrays.stream(ShippingStatus.values()).map(ShippingStatus::label))
        .containsExactly(
            "Awaiting shipping(1)",
            "On request(2)",
            "Seller confirm(3)",
            "On delivery(4)",
            "Delivered(5)");
  }

  @Test
  void reads_the_code_from_any_label_variant() {
    assertThat(ShippingStatus.parse("On Waiting(1)")).contains(ShippingStatus.AWAITING_SHIPPING);
    assertThat(ShippingStatus.parse("3")).contains(ShippingStatus.SELLER_CONFIRM);
    assertThat(ShippingStatus.parse("On delivery(9)")).isEmpty();
    assertThat(ShippingStatus.parse("")).isEmpty();
  }

  @Test
  void claim_statuses_are_1_to_6_and_11_to_16() {
    assertThat(Arrays.stream(ClaimStatus.values()).map(ClaimStatus::code))
        .containsExactly(1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 16);
  }

  @Test
  void reads_a_claim_status_as_number_label_or_japanese() {
    assertThat(ClaimStatus.parse("3")).contains(ClaimStatus.CANCEL_COMPLETE);
    assertThat(ClaimStatus.parse("Cancel complete(3)")).contains(ClaimStatus.CANCEL_COMPLETE);
    assertThat(ClaimStatus.parse("未納の注文のキャンセル")).contains(ClaimStatus.UNPAID_CANCELLATION);
    assertThat(ClaimStatus.parse("7")).isEmpty();
  }

  @Test
  void search_conditions_and_delay_types_have_their_codes() {
    assertThat(ShippingSearchCondition.fromCode(4))
        .contains(ShippingSearchCondition.DELIVERED_DATE);
    assertThat(ClaimSearchCondition.fromCode(2)).contains(ClaimSearchCondition.CLAIM_REQUEST_DATE);
    assertThat(DelayType.fromCode(2)).contains(DelayType.MADE_TO_ORDER);
    assertThat(DelayType.fromCode(5)).isEmpty();
    assertThat(CancelReason.parse("")).contains(CancelReason.OUT_OF_STOCK);
  }

  @Test
  void a_view_renders_to_v3_and_back_unchanged() {
    OrderLineView v =
        OrderLineView.of(
                OrderKey.of("", 1, 2),
                new Progress(
                    ShippingStatus.ON_DELIVERY,
                    java.time.LocalDateTime.of(2026, 5, 1, 10, 0),
                    null,
                    null,
                    java.time.LocalDateTime.of(2026, 5, 2, 9, 30),
                    null))
            .withItem(new LineItem("", "", "", "", "", 3, "", ""))
            .withAmounts(new Amounts(1000, 0, 3000, 0, 0, 0, 0, 0, ""))
            .withDelivery(Delivery.tracked("佐川急便", "3601"));
    assertThat(ShippingInfoV3Row.from(v).toView(null)).isEqualTo(v);
    OrderLineView v2 = ShippingInfoV2Row.from(v).toView(null);
    assertThat(v2.withReceiver(v2.receiver().withCountry(""))).isEqualTo(v);
  }

  @Test
  void a_seller_check_renders_its_wire_parameters() {
    SellerCheck c =
        new SellerCheck("1", java.time.LocalDate.of(2026, 1, 5), DelayType.OTHER, "memo");
    assertThat(c.wire())
        .containsExactly(
            java.util.Map.entry("OrderNo", "1"),
            java.util.Map.entry("EstShipDt", "20260105"),
            java.util.Map.entry("DelayType", "4"),
            java.util.Map.entry("DelayMemo", "memo"));
  }
}
