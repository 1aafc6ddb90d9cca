package io.qconnect.hub.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import org.junit.jupiter.api.Test;

class WorkflowTest {

  @Test
  void qoo10_statuses_map_onto_the_hub_workflow() {
    assertThat(Workflow.next(null, ShippingStatus.ON_REQUEST, null)).isEqualTo(HubStatus.NEW);
    assertThat(Workflow.next(null, ShippingStatus.SELLER_CONFIRM, null))
        .isEqualTo(HubStatus.CONFIRMED);
    assertThat(Workflow.next(null, ShippingStatus.ON_DELIVERY, null)).isEqualTo(HubStatus.SHIPPED);
    assertThat(Workflow.next(null, ShippingStatus.DELIVERED, null)).isEqualTo(HubStatus.DELIVERED);
  }

  @Test
  void status_3_leaves_an_instructed_line_instructed() {
    assertThat(Workflow.next(HubStatus.INSTRUCTED, ShippingStatus.SELLER_CONFIRM, null))
        .isEqualTo(HubStatus.INSTRUCTED);
    assertThat(Workflow.next(HubStatus.INSTRUCTED, ShippingStatus.ON_DELIVERY, null))
        .isEqualTo(HubStatus.SHIPPED);
  }

  @Test
  void a_status_list_never_moves_a_line_backwards() {
    assertThat(Workflow.next(HubStatus.CONFIRMED, ShippingStatus.ON_REQUEST, null))
        .isEqualTo(HubStatus.CONFIRMED);
    assertThat(Workflow.next(HubStatus.SHIPPED, ShippingStatus.SELLER_CONFIRM, null))
        .isEqualTo(HubStatus.SHIPPED);
  }

  @Test
  void a_requested_cancellation_holds_a_line_not_yet_shipped() {
    assertThat(
            Workflow.next(HubStatus.NEW, ShippingStatus.ON_REQUEST, ClaimStatus.CANCEL_REQUESTED))
        .isEqualTo(HubStatus.ON_HOLD);
    assertThat(
            Workflow.next(
                HubStatus.INSTRUCTED, ShippingStatus.SELLER_CONFIRM, ClaimStatus.CANCELLING))
        .isEqualTo(HubStatus.ON_HOLD);
    assertThat(
            Workflow.next(
                HubStatus.SHIPPED, ShippingStatus.ON_DELIVERY, ClaimStatus.CANCEL_REQUESTED))
        .isEqualTo(HubStatus.SHIPPED);
  }

  @Test
  void completed_cancellations_and_refunds_cancel_for_good() {
    for (ClaimStatus c :
        new ClaimStatus[] {
          ClaimStatus.CANCEL_COMPLETE,
          ClaimStatus.UNPAID_CANCELLATION,
          ClaimStatus.RETURN_COMPLETE,
          ClaimStatus.NON_RECEIPT_REFUND_COMPLETE
        }) {
      assertThat(Workflow.next(HubStatus.ON_HOLD, ShippingStatus.ON_REQUEST, c))
          .isEqualTo(HubStatus.CANCELLED);
    }
    assertThat(Workflow.next(HubStatus.CANCELLED, ShippingStatus.DELIVERED, null))
        .isEqualTo(HubStatus.CANCELLED);
  }

  @Test
  void returns_in_progress_are_recorded_but_do_not_change_the_status() {
    assertThat(
            Workflow.next(
                HubStatus.DELIVERED, ShippingStatus.DELIVERED, ClaimStatus.RETURN_REQUESTED))
        .isEqualTo(HubStatus.DELIVERED);
  }

  @Test
  void hub_statuses_map_to_the_qoo10_actions_that_carry_them_out() {
    assertThat(Workflow.actionFor(HubStatus.CONFIRMED).method())
        .isEqualTo("ShippingBasic.SetSellerCheckYN_V2");
    assertThat(Workflow.actionFor(HubStatus.SHIPPED).method())
        .isEqualTo("ShippingBasic.SetSendingInfo");
    assertThat(Workflow.actionFor(HubStatus.INSTRUCTED)).isEqualTo(Qoo10Action.NONE);
  }

  @Test
  void the_hub_may_ship_a_line_before_it_is_confirmed_but_not_a_cancelled_or_held_one() {
    assertThat(Workflow.allows(HubStatus.NEW, HubStatus.SHIPPED)).isTrue();
    assertThat(Workflow.allows(HubStatus.ON_HOLD, HubStatus.SHIPPED)).isFalse();
    assertThat(Workflow.allows(HubStatus.CANCELLED, HubStatus.SHIPPED)).isFalse();
    assertThat(Workflow.allows(HubStatus.NEW, HubStatus.INSTRUCTED)).isFalse();
  }
}
