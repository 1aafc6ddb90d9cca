package io.qconnect.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.protocol.client.ShippingQuery;
import io.qconnect.protocol.order.DelayType;
import io.qconnect.protocol.order.SellerCheck;
import io.qconnect.protocol.order.Sending;
import io.qconnect.protocol.order.ShippingInfoV2Row;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An order's whole life over QAPI, as an integrator sees it. */
class OrderLifecycleQapiTest {
  private static final LocalDateTime DAY_START = LocalDateTime.of(2026, 5, 11, 0, 0);
  private static final LocalDateTime DAY_END = LocalDateTime.of(2026, 5, 11, 23, 59, 59);

  private OrderWorld w;
  private List<Long> cart;

  @BeforeEach
  void start() {
    w = OrderWorld.start();
    w.item("TSHIRT-001", 2980, 20);
    w.optioned("MUG-002", 1650, "カラー||*白||*0||*5||*MUG-W$$カラー||*青||*200||*5||*MUG-B");
    cart =
        w.order(
            true,
            "credit_card",
            new Object[] {"TSHIRT-001", "", 2},
            new Object[] {"MUG-002", "MUG-B", 1});
  }

  @AfterEach
  void stop() {
    w.close();
  }

  private List<ShippingInfoV3Row> v3(ShippingStatus s) {
    return w.seller
        .getShippingInfoV3(ShippingQuery.byOrderDate(s, DAY_START, DAY_END))
        .orElseThrow();
  }

  private ShippingInfoV3Row only(ShippingStatus s, long orderNo) {
    return v3(s).stream().filter(r -> r.orderNo() == orderNo).findFirst().orElseThrow();
  }

  @Test
  void a_cart_of_one_line_relates_only_its_own_order_and_a_cart_of_two_both() {
    long alone = w.order(true, "credit_card", new Object[] {"TSHIRT-001", "", 1}).get(0);
    List<Long> pair =
        w.order(
            true,
            "credit_card",
            new Object[] {"TSHIRT-001", "", 1},
            new Object[] {"MUG-002", "MUG-W", 1});
    List<ShippingInfoV3Row> rows = v3(ShippingStatus.ON_REQUEST);
    assertThat(rows).hasSize(5);
    assertThat(only(ShippingStatus.ON_REQUEST, alone).relatedOrder()).isEqualTo("" + alone);
    for (long o : pair) {
      assertThat(only(ShippingStatus.ON_REQUEST, o).relatedOrder())
          .isEqualTo(pair.get(0) + "," + pair.get(1));
    }
    for (long o : cart) {
      assertThat(only(ShippingStatus.ON_REQUEST, o).relatedOrder())
          .isEqualTo(cart.get(0) + "," + cart.get(1));
    }
  }

  @Test
  void a_paid_order_appears_in_v3_with_the_qoo10_label_and_its_cart() {
    ShippingInfoV3Row shirt = only(ShippingStatus.ON_REQUEST, cart.get(0));
    ShippingInfoV3Row mug = only(ShippingStatus.ON_REQUEST, cart.get(1));
    assertThat(shirt.shippingStatus()).isEqualTo("On request(2)");
    assertThat(shirt.packNo()).isEqualTo(mug.packNo());
    assertThat(shirt.relatedOrder()).isEqualTo(cart.get(0) + "," + cart.get(1));
    assertThat(shirt.orderQty()).isEqualTo(2);
    assertThat(shirt.orderPrice()).isEqualByComparingTo("2980");
    assertThat(shirt.total()).isEqualByComparingTo("5960");
    assertThat(shirt.sellerItemCode()).isEqualTo("TSHIRT-001");
    assertThat(mug.option()).isEqualTo("カラー:青");
    assertThat(mug.optionCode()).isEqualTo("MUG-B");
    assertThat(mug.orderPrice()).isEqualByComparingTo("1850");
    assertThat(shirt.buyerKana()).isEqualTo("ヤマダ タロウ");
    assertThat(shirt.address1()).isEqualTo("東京都渋谷区");
    assertThat(shirt.paymentDate()).startsWith("2026-05-11 10:0");
    assertThat(shirt.estimatedShippingDate()).isEmpty();
  }

  @Test
  void v3_and_v2_rows_carry_the_exact_field_casing_of_real_responses() {
    JsonNode v3 =
        OrderWorld.read(
                w.raw(
                    "ShippingBasic.GetShippingInfo_v3",
                    "ShippingStatus=2&SearchStartDate=20260511&SearchEndDate=20260511"))
            .get("ResultObject")
            .get(0);
    assertThat(
            v3.has("BuyerKana")
                && v3.has("Address1")
                && v3.has("PackNo")
                && v3.has("SellerItemCode"))
        .isTrue();
    JsonNode v2 =
        OrderWorld.read(
                w.raw(
                    "ShippingBasic.GetShippingInfo_v2",
                    "ShippingStat=2&search_Sdate=20260511&search_Edate=20260511"))
            .get("ResultObject")
            .get(0);
    assertThat(
            v2.has("buyer_gata") && v2.has("Addr1") && v2.has("zipCode") && v2.has("PaymentDate"))
        .isTrue();
    assertThat(v2.get("shippingStatus").asText()).isEqualTo("On request(2)");
    assertThat(v2.has("BuyerKana")).isFalse();
  }

  @Test
  void confirm_ship_and_deliver_move_the_line_through_3_4_and_5() {
    long no = cart.get(0);
    LocalDate est = LocalDate.of(2026, 5, 13);
    assertThat(w.seller.setSellerCheck(SellerCheck.of(Long.toString(no), est)).isSuccess())
        .isTrue();
    ShippingInfoV3Row confirmed = only(ShippingStatus.SELLER_CONFIRM, no);
    assertThat(confirmed.shippingStatus()).isEqualTo("Seller confirm(3)");
    assertThat(confirmed.estimatedShippingDate()).isEqualTo("2026-05-13 00:00:00");
    assertThat(v3(ShippingStatus.ON_REQUEST))
        .extracting(ShippingInfoV3Row::orderNo)
        .containsExactly(cart.get(1));

    assertThat(
            w.seller
                .setSendingInfo(new Sending(Long.toString(no), "ヤマト宅急便", "4912-3456-7890"))
                .isSuccess())
        .isTrue();
    ShippingInfoV3Row shipped = only(ShippingStatus.ON_DELIVERY, no);
    assertThat(shipped.shippingStatus()).isEqualTo("On delivery(4)");
    assertThat(shipped.deliveryCompany()).isEqualTo("ヤマト宅急便");
    assertThat(shipped.trackingNo()).isEqualTo("4912-3456-7890");
    assertThat(shipped.shippingDate()).startsWith("2026-05-11");

    assertThat(w.sandbox("deliver", no)).isEqualTo(200);
    ShippingInfoV3Row delivered = only(ShippingStatus.DELIVERED, no);
    assertThat(delivered.shippingStatus()).isEqualTo("Delivered(5)");
    assertThat(delivered.deliveredDate()).startsWith("2026-05-11");
  }

  @Test
  void a_line_can_be_shipped_straight_from_status_2() {
    long no = cart.get(1);
    assertThat(
            w.seller
                .setSendingInfo(new Sending(Long.toString(no), "佐川急便", "3601-0000-1111"))
                .isSuccess())
        .isTrue();
    assertThat(only(ShippingStatus.ON_DELIVERY, no).deliveryCompany()).isEqualTo("佐川急便");
  }

  @Test
  void v2_lists_the_same_lines_with_its_own_parameter_names() {
    List<ShippingInfoV2Row> rows =
        w.seller
            .getShippingInfoV2(
                ShippingQuery.byOrderDate(ShippingStatus.ON_REQUEST, DAY_START, DAY_END))
            .orElseThrow();
    assertThat(rows).extracting(ShippingInfoV2Row::orderNo).containsExactlyElementsOf(cart);
    assertThat(rows.get(0).buyerGata()).isEqualTo("ヤマダ タロウ");
  }

  @Test
  void no_status_means_statuses_1_to_3_and_an_unpaid_order_is_awaiting_shipping_1() {
    List<Long> unpaid = w.order(false, "convenience_store", new Object[] {"TSHIRT-001", "", 1});
    assertThat(only(ShippingStatus.AWAITING_SHIPPING, unpaid.get(0)).shippingStatus())
        .isEqualTo("Awaiting shipping(1)");
    List<ShippingInfoV3Row> all =
        w.seller
            .getShippingInfoV3(
                new ShippingQuery(
                    null,
                    DAY_START,
                    DAY_END,
                    io.qconnect.protocol.order.ShippingSearchCondition.ORDER_DATE))
            .orElseThrow();
    assertThat(all)
        .extracting(ShippingInfoV3Row::orderNo)
        .containsExactlyInAnyOrder(cart.get(0), cart.get(1), unpaid.get(0));
  }

  @Test
  void bulk_confirmation_answers_every_documented_row_code() {
    List<Long> unpaid = w.order(false, "bank_transfer", new Object[] {"TSHIRT-001", "", 1});
    w.seller.setSellerCheck(SellerCheck.of(Long.toString(cart.get(0)), LocalDate.of(2026, 5, 13)));
    var r =
        w.seller.setSellerCheckBulk(
            List.of(
                SellerCheck.of(Long.toString(cart.get(0)), LocalDate.of(2026, 5, 13)),
                SellerCheck.of(Long.toString(unpaid.get(0)), LocalDate.of(2026, 5, 13)),
                new SellerCheck(Long.toString(cart.get(1)), null, null, ""),
                SellerCheck.of(Long.toString(cart.get(1)), LocalDate.of(2026, 7, 1)),
                SellerCheck.of(Long.toString(cart.get(1)), LocalDate.of(2026, 5, 11)),
                new SellerCheck(
                    Long.toString(cart.get(1)),
                    LocalDate.of(2026, 5, 14),
                    DelayType.MADE_TO_ORDER,
                    "受注生産")));
    assertThat(r.code()).isZero();
    assertThat(r.rows())
        .extracting(x -> x.code())
        .containsExactly(-10012, -10013, -10016, -10017, -10018, 0);
  }

  @Test
  void a_confirmation_for_another_sellers_order_is_refused() {
    var other = w.server.seller("other-shop");
    assertThat(
            other
                .setSellerCheck(
                    SellerCheck.of(Long.toString(cart.get(0)), LocalDate.of(2026, 5, 13)))
                .code())
        .isEqualTo(-10001);
    assertThat(
            other
                .getShippingInfoV3(
                    ShippingQuery.byOrderDate(ShippingStatus.ON_REQUEST, DAY_START, DAY_END))
                .orElseThrow())
        .isEmpty();
  }

  @Test
  void shipping_needs_carrier_and_tracking_and_a_paid_line() {
    List<Long> unpaid = w.order(false, "convenience_store", new Object[] {"TSHIRT-001", "", 1});
    String no = Long.toString(cart.get(0));
    assertThat(
            w.raw("ShippingBasic.SetSendingInfo", "OrderNo=" + no + "&ShippingCorp=&TrackingNo=1"))
        .contains("\"ResultCode\":-10002");
    assertThat(
            w.seller.setSendingInfo(new Sending(Long.toString(unpaid.get(0)), "ゆうパック", "1")).code())
        .isEqualTo(-10003);
    assertThat(w.seller.setSendingInfo(new Sending("999999999", "ゆうパック", "1")).code())
        .isEqualTo(-10001);
  }

  @Test
  void bulk_shipping_answers_per_row_and_retrying_a_shipment_is_harmless() {
    var r =
        w.seller.setSendingInfoBulk(
            List.of(
                new Sending(Long.toString(cart.get(0)), "ヤマト宅急便", "1111"),
                new Sending(Long.toString(cart.get(0)), "ヤマト宅急便", "1111"),
                new Sending("12345", "ヤマト宅急便", "2222")));
    assertThat(r.rows()).extracting(x -> x.code()).containsExactly(0, 0, -10001);
    assertThat(r.rows().get(0).transcNm()).isEqualTo("ヤマト宅急便");
  }

  @Test
  void search_errors_are_the_documented_codes() {
    assertThat(
            w.raw(
                "ShippingBasic.GetShippingInfo_v3",
                "ShippingStatus=2&SearchStartDate=20260101&SearchEndDate=20260511"))
        .contains("\"ResultCode\":-10002", "Searching period exceeds to 90 days.");
    assertThat(
            w.raw(
                "ShippingBasic.GetShippingInfo_v3",
                "ShippingStatus=7&SearchStartDate=20260511&SearchEndDate=20260511"))
        .contains("\"ResultCode\":-10003");
    assertThat(
            w.raw(
                "ShippingBasic.GetShippingInfo_v3",
                "ShippingStatus=2&SearchStartDate=2026-05-11&SearchEndDate=20260511"))
        .contains("\"ResultCode\":-10001");
    assertThat(
            w.raw(
                "ShippingBasic.GetShippingInfo_v3",
                "ShippingStatus=2&SearchStartDate=20260511&SearchEndDate=20260511&SearchCondition=9"))
        .contains("\"ResultCode\":-10004");
    assertThat(
            w.raw("ShippingBasic.GetClaimInfo_V3", "search_Sdate=20260101&search_Edate=20260511"))
        .contains("\"ResultCode\":-10003");
    assertThat(w.raw("ShippingBasic.GetShippingAndClaimInfoByOrderNo_V2", "OrderNo=123"))
        .contains("\"ResultCode\":-10003");
    assertThat(w.raw("ShippingBasic.GetShippingAndClaimInfoByOrderNo_V2", "OrderNo=abc"))
        .contains("\"ResultCode\":-10002");
  }

  @Test
  void the_same_calls_answer_in_xml_on_request() {
    String list =
        w.raw(
            "ShippingBasic.GetShippingInfo_v3",
            "returnType=xml&ShippingStatus=2&SearchStartDate=20260511&SearchEndDate=20260511");
    assertThat(list)
        .contains("<StdCustomResultOfListOfShippingInfo_V3 ")
        .contains("<ShippingInfo_V3>")
        .contains("<ShippingStatus>On request(2)</ShippingStatus>")
        .contains("<OrderNo>" + cart.get(0) + "</OrderNo>");
    String confirm =
        w.raw(
            "ShippingBasic.SetSellerCheckYN_V2",
            "returnType=text/xml&OrderNo=" + cart.get(0) + "&EstShipDt=20260513");
    assertThat(confirm).contains("<StdResult ").contains("<ResultCode>0</ResultCode>");
    String byNo =
        w.raw(
            "ShippingBasic.GetShippingAndClaimInfoByOrderNo_V2",
            "returnType=xml&OrderNo=" + cart.get(0));
    assertThat(byNo)
        .contains("<ShippingAndClaimInfo_V2>")
        .contains("<shippingStatus>Seller confirm(3)</shippingStatus>");
  }

  @Test
  void every_step_is_recorded_in_the_outbox() {
    long no = cart.get(0);
    w.seller.setSellerCheck(SellerCheck.of(Long.toString(no), LocalDate.of(2026, 5, 13)));
    w.seller.setSendingInfo(new Sending(Long.toString(no), "ヤマト宅急便", "1"));
    w.sandbox("deliver", no);
    assertThat(w.server.market.outbox().ofOrder(no))
        .extracting(Outbox.Entry::kind)
        .containsExactly(
            OrderEvent.ORDER_NOTICE,
            OrderEvent.SHIPPING_REQUEST,
            OrderEvent.SELLER_CONFIRMED,
            OrderEvent.SHIPPED,
            OrderEvent.DELIVERED);
  }
}
