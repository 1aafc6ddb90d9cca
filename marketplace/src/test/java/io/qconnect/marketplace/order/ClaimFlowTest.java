package io.qconnect.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.access.Condition;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.PermissionRequest;
import io.qconnect.marketplace.access.RequestForm;
import io.qconnect.protocol.client.ClaimQuery;
import io.qconnect.protocol.client.ShippingQuery;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.order.CancelReason;
import io.qconnect.protocol.order.ClaimInfoRow;
import io.qconnect.protocol.order.ClaimSearchCondition;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.SellerCheck;
import io.qconnect.protocol.order.Sending;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancellations, unpaid cancellations and returns, and what they do to stock and standing. */
class ClaimFlowTest {
  private static final LocalDateTime FROM = LocalDateTime.of(2026, 5, 1, 0, 0);
  private static final LocalDateTime TO = LocalDateTime.of(2026, 7, 1, 0, 0);

  private OrderWorld w;
  private String itemCode;

  @BeforeEach
  void start() {
    w = OrderWorld.start();
    itemCode = w.item("BAG-010", 5000, 10);
  }

  @AfterEach
  void stop() {
    w.close();
  }

  private int stock() {
    ItemDetailRow d = w.seller.getItemDetailInfo(itemCode, "").orElseThrow().get(0);
    return Integer.parseInt(d.itemQty());
  }

  private List<ClaimInfoRow> claims(ClaimStatus s) {
    return w.seller
        .getClaimInfo(new ClaimQuery(s, FROM, TO, ClaimSearchCondition.CLAIM_REQUEST_DATE))
        .orElseThrow();
  }

  private boolean listed(long orderNo) {
    return w
        .seller
        .getShippingInfoV3(
            new ShippingQuery(
                null, FROM, TO, io.qconnect.protocol.order.ShippingSearchCondition.ORDER_DATE))
        .orElseThrow()
        .stream()
        .anyMatch(r -> r.orderNo() == orderNo);
  }

  @Test
  void a_buyer_cancel_request_then_the_sellers_cancel_completes_the_claim_and_returns_stock() {
    long no = w.order(true, "credit_card", new Object[] {"BAG-010", "", 3}).get(0);
    assertThat(stock()).isEqualTo(7);
    assertThat(w.sandbox("cancel-request", no)).isEqualTo(200);
    assertThat(claims(ClaimStatus.CANCEL_REQUESTED))
        .extracting(ClaimInfoRow::orderNo)
        .containsExactly(no);
    assertThat(listed(no)).isTrue();

    assertThat(
            w.seller
                .setCancelProcess(Long.toString(no), CancelReason.OUT_OF_STOCK, "在庫切れ")
                .isSuccess())
        .isTrue();

    ClaimInfoRow done = claims(ClaimStatus.CANCEL_COMPLETE).get(0);
    assertThat(done.claimStatus()).isEqualTo("3");
    assertThat(done.cancelRefundDate()).startsWith("2026-05-11");
    assertThat(stock()).isEqualTo(10);
    assertThat(listed(no)).isFalse();
    assertThat(
            w.seller.getShippingAndClaimInfo(Long.toString(no)).orElseThrow().get(0).claimStatus())
        .isEqualTo("3");
    assertThat(w.server.market.outbox().ofOrder(no))
        .extracting(Outbox.Entry::kind)
        .containsExactly(
            OrderEvent.ORDER_NOTICE,
            OrderEvent.SHIPPING_REQUEST,
            OrderEvent.CANCEL_REQUESTED,
            OrderEvent.CANCEL_COMPLETED);
  }

  @Test
  void a_shipped_line_cannot_be_cancelled_by_the_seller() {
    long no = w.order(true, "credit_card", new Object[] {"BAG-010", "", 1}).get(0);
    w.seller.setSendingInfo(new Sending(Long.toString(no), "ゆうパック", "1234"));
    assertThat(w.seller.setCancelProcess(Long.toString(no), CancelReason.SHIPPING_DELAY, "").code())
        .isEqualTo(-10004);
    assertThat(w.seller.setCancelProcess("424242", CancelReason.SHIPPING_DELAY, "").code())
        .isEqualTo(-10002);
    assertThat(
            w.server
                .seller("stranger")
                .setCancelProcess(Long.toString(no), CancelReason.ORDER_CHANGE, "")
                .code())
        .isEqualTo(-10003);
  }

  @Test
  void a_prepaid_order_left_unpaid_past_its_deadline_is_cancelled_with_claim_16() {
    long no = w.order(false, "convenience_store", new Object[] {"BAG-010", "", 2}).get(0);
    assertThat(stock()).isEqualTo(8);
    w.server.clock.advance(Duration.ofDays(3).plusMinutes(1));
    w.server.market.tick();
    assertThat(w.server.market.orders().line(no).claimStatus())
        .isEqualTo(ClaimStatus.UNPAID_CANCELLATION);
    assertThat(stock()).isEqualTo(10);
    assertThat(w.server.market.outbox().ofOrder(no))
        .extracting(Outbox.Entry::kind)
        .containsExactly(OrderEvent.ORDER_PLACED, OrderEvent.UNPAID_CANCELLED);
  }

  @Test
  void a_prepaid_order_paid_in_time_becomes_a_new_order() {
    long no = w.order(false, "bank_transfer", new Object[] {"BAG-010", "", 1}).get(0);
    w.server.clock.advance(Duration.ofDays(1));
    assertThat(w.sandbox("pay", no)).isEqualTo(200);
    assertThat(w.sandbox("pay", no)).isEqualTo(409);
    w.server.clock.advance(Duration.ofDays(10));
    w.server.market.tick();
    OrderLine l = w.server.market.orders().line(no);
    assertThat(l.status()).isEqualTo(ShippingStatus.ON_REQUEST);
    assertThat(l.claimStatus()).isNull();
    assertThat(l.paymentDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 12));
  }

  @Test
  void a_delivered_line_can_be_returned_and_its_stock_comes_back() {
    long no = w.order(true, "credit_card", new Object[] {"BAG-010", "", 1}).get(0);
    w.seller.setSendingInfo(new Sending(Long.toString(no), "ゆうパック", "1"));
    w.sandbox("deliver", no);
    assertThat(w.sandbox("return-request", no)).isEqualTo(200);
    assertThat(claims(ClaimStatus.RETURN_REQUESTED)).hasSize(1);
    assertThat(w.sandbox("return-complete", no)).isEqualTo(200);
    assertThat(w.server.market.orders().line(no).claimStatus())
        .isEqualTo(ClaimStatus.RETURN_COMPLETE);
    assertThat(stock()).isEqualTo(10);
  }

  @Test
  void a_line_past_its_ship_by_days_is_a_shipping_delay_that_blocks_an_ftp_request() {
    long no = w.order(true, "credit_card", new Object[] {"BAG-010", "", 1}).get(0);
    // the seller holds an API key already (a second API-key request is refused): FTP, same rules
    RequestForm form =
        new RequestForm(PermissionKind.FTP, w.sellerId, "s@example.jp", "バッグ", "受注連携", "GoQSystem");
    // paid Monday 2026-05-11; ship-by 3 business days: due Thursday the 14th, late from Friday
    w.server.setClock("2026-05-14T18:00:00+09:00");
    assertThat(w.server.market.access().blockingConditions(w.sellerId, PermissionKind.FTP))
        .isEmpty();
    w.server.setClock("2026-05-15T09:00:00+09:00");
    PermissionRequest r = w.server.market.access().file(form);
    assertThat(r.failed()).containsExactly(Condition.NO_SHIPPING_DELAYS);
    w.seller.setSendingInfo(new Sending(Long.toString(no), "ゆうパック", "1"));
    assertThat(w.server.market.access().blockingConditions(w.sellerId, PermissionKind.FTP))
        .isEmpty();
  }

  @Test
  void an_estimated_ship_date_moves_the_due_day_and_an_open_claim_counts_against_standing() {
    long no = w.order(true, "credit_card", new Object[] {"BAG-010", "", 1}).get(0);
    w.seller.setSellerCheck(SellerCheck.of(Long.toString(no), LocalDate.of(2026, 5, 20)));
    w.server.setClock("2026-05-19T09:00:00+09:00");
    assertThat(
            w.server
                .market
                .sellers()
                .standing(w.server.market.sellers().get(w.sellerId))
                .shippingDelays())
        .isZero();
    w.server.setClock("2026-05-21T09:00:00+09:00");
    assertThat(
            w.server
                .market
                .sellers()
                .standing(w.server.market.sellers().get(w.sellerId))
                .shippingDelays())
        .isOne();
    long other = w.order(true, "credit_card", new Object[] {"BAG-010", "", 1}).get(0);
    w.sandbox("cancel-request", other);
    assertThat(w.server.market.access().blockingConditions(w.sellerId, PermissionKind.FTP))
        .extracting(io.qconnect.marketplace.access.Failure::condition)
        .contains(Condition.NO_UNRESOLVED_CLAIMS);
  }
}
