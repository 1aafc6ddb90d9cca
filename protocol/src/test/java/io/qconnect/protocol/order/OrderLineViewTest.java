package io.qconnect.protocol.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OrderLineViewTest {
  private static final LocalDateTime PAID = LocalDateTime.of(2026, 5, 1, 10, 0);

  @Test
  void parts_left_out_are_empty_and_text_is_never_null() {
    OrderLineView v =
        new OrderLineView(
            null, Progress.of(ShippingStatus.ON_REQUEST), null, null, null, null, null, null, null);
    assertThat(v.key()).isEqualTo(OrderKey.NONE);
    assertThat(v.buyer().name()).isEmpty();
    assertThat(v.item().orderQty()).isZero();
    assertThat(v.amounts().total()).isZero();
    assertThat(v.receiver().zipCode()).isEmpty();
    assertThat(v.shipping().shippingRate()).isZero();
    assertThat(v.delivery().trackingNo()).isEmpty();
    assertThat(v.claim().status()).isNull();
    assertThat(new Buyer(null, null, null, null, null, null, null)).isEqualTo(Buyer.NONE);
  }

  @Test
  void a_line_needs_a_status() {
    assertThatThrownBy(() -> Progress.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> OrderLineView.of(OrderKey.NONE, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void withers_change_one_part_and_keep_the_rest() {
    OrderLineView v =
        OrderLineView.of(
                OrderKey.of("S1", 1001, 501),
                new Progress(ShippingStatus.ON_REQUEST, PAID, PAID, null, null, null))
            .withItem(LineItem.of("100001", "Tシャツ", 2));
    OrderLineView shipped =
        v.withStatus(ShippingStatus.ON_DELIVERY)
            .withDelivery(v.delivery().withTracking("ヤマト運輸", "4912"));
    assertThat(shipped.status()).isEqualTo(ShippingStatus.ON_DELIVERY);
    assertThat(shipped.progress().paymentDate()).isEqualTo(PAID);
    assertThat(shipped.delivery()).isEqualTo(Delivery.tracked("ヤマト運輸", "4912"));
    assertThat(shipped.item()).isEqualTo(v.item());
    assertThat(shipped.orderNo()).isEqualTo(1001);
    assertThat(v.status()).isEqualTo(ShippingStatus.ON_REQUEST);
  }
}
