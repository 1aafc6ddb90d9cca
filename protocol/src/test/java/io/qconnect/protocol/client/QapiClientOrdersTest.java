package io.qconnect.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.protocol.order.CancelReason;
import io.qconnect.protocol.order.ClaimSearchCondition;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.DelayType;
import io.qconnect.protocol.order.OrderLineView;
import io.qconnect.protocol.order.SellerCheck;
import io.qconnect.protocol.order.SellerCheckBulkRow;
import io.qconnect.protocol.order.Sending;
import io.qconnect.protocol.order.ShippingInfoV2Row;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.order.ShippingSearchCondition;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.wire.QapiKeyExpiredException;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiNotAuthorizedException;
import io.qconnect.protocol.wire.QapiParams;
import io.qconnect.protocol.wire.QapiResponse;
import io.qconnect.protocol.wire.QapiUnknownMethodException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QapiClientOrdersTest {
  private static final ShippingQuery NEW_ORDERS =
      ShippingQuery.byOrderDate(
          ShippingStatus.ON_REQUEST,
          LocalDateTime.of(2026, 1, 10, 0, 0),
          LocalDateTime.of(2026, 1, 16, 23, 59, 59));

  private ClientHarness h;

  @BeforeEach
  void start() throws Exception {
    h = new ClientHarness();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void reads_v3_rows_of_one_cart_with_exact_fields() {
    List<ShippingInfoV3Row> rows =
        h.seller("SAK-ORDERS").getShippingInfoV3(NEW_ORDERS).orElseThrow();

    assertThat(rows)
        .extracting(ShippingInfoV3Row::orderNo)
        .containsExactly(1023456789L, 1023456790L);
    ShippingInfoV3Row first = rows.get(0);
    assertThat(first.shippingStatus()).isEqualTo("On request(2)");
    assertThat(first.packNo()).isEqualTo(612345678L);
    assertThat(first.relatedOrder()).isEqualTo("1023456789,1023456790");
    assertThat(first.orderPrice()).isEqualByComparingTo("2980");
    assertThat(first.total()).isEqualByComparingTo("5960");
  }

  @Test
  void a_v3_row_reads_into_the_semantic_view() {
    OrderLineView v =
        h.seller("SAK-ORDERS").getShippingInfoV3(NEW_ORDERS).orElseThrow().get(0).toView(null);

    assertThat(v.status()).isEqualTo(ShippingStatus.ON_REQUEST);
    assertThat(v.progress().orderDate()).isEqualTo(LocalDateTime.of(2026, 1, 10, 14, 3, 21));
    assertThat(v.progress().estimatedShippingDate()).isNull();
    assertThat(v.buyer().kana()).isEqualTo("ヤマダ タロウ");
    assertThat(v.receiver().mobile()).isEqualTo("+81-90-1234-5678");
    assertThat(v.receiver().address1()).isEqualTo("東京都渋谷区");
    assertThat(v.item().optionCode()).isEqualTo("TS-BLU-L");
    assertThat(v.amounts().settlePrice()).isEqualTo(5364);
  }

  @Test
  void sends_one_status_the_dates_as_yyyyMMddHHmmss_and_the_search_condition() {
    h.seller("SAK-ORDERS").getShippingInfoV3(NEW_ORDERS);

    assertThat(h.server.received().get(0).params().asMap())
        .containsEntry("ShippingStatus", "2")
        .containsEntry("SearchStartDate", "20260110000000")
        .containsEntry("SearchEndDate", "20260116235959")
        .containsEntry("SearchCondition", "1");
  }

  @Test
  void skips_a_byte_order_mark_before_the_json() {
    List<ShippingInfoV3Row> rows = h.seller("SAK-BOM").getShippingInfoV3(NEW_ORDERS).orElseThrow();
    assertThat(rows).singleElement().extracting(ShippingInfoV3Row::orderNo).isEqualTo(1023456789L);
  }

  @Test
  void accepts_a_result_code_sent_as_a_string() {
    QapiResult<List<ShippingInfoV3Row>> r = h.seller("SAK-STRCODE").getShippingInfoV3(NEW_ORDERS);
    assertThat(r.isSuccess()).isTrue();
    assertThat(r.message()).isEqualTo("Success");
    assertThat(r.value()).isEmpty();
  }

  @Test
  void reads_keys_in_any_casing_and_numbers_sent_as_text() {
    ShippingInfoV3Row row =
        h.seller("SAK-LOWER").getShippingInfoV3(NEW_ORDERS).orElseThrow().get(0);
    assertThat(row.orderNo()).isEqualTo(1023456789L);
    assertThat(row.packNo()).isEqualTo(612345678L);
    assertThat(row.orderQty()).isEqualTo(2);
    assertThat(row.orderPrice()).isEqualByComparingTo(new BigDecimal("2980"));
    assertThat(row.zipCode()).isEqualTo("150-0001");
  }

  @Test
  void a_null_result_object_means_no_orders() {
    assertThat(h.seller("SAK-NULL").getShippingInfoV3(NEW_ORDERS).orElseThrow()).isEmpty();
  }

  @Test
  void reads_v3_rows_answered_in_xml() {
    ShippingInfoV3Row row = h.seller("SAK-XML").getShippingInfoV3(NEW_ORDERS).orElseThrow().get(0);
    assertThat(row.orderNo()).isEqualTo(1023456789L);
    assertThat(row.option()).isEqualTo("カラー:ブルー / サイズ:L");
    assertThat(row.orderPrice()).isEqualByComparingTo("2980");
  }

  @Test
  void an_expired_key_is_a_typed_error_in_either_envelope() {
    assertThatThrownBy(() -> h.seller("SAK-EXPIRED").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOfSatisfying(
            QapiKeyExpiredException.class, e -> assertThat(e.code()).isEqualTo(-90004));
    assertThatThrownBy(() -> h.seller("SAK-EXPIRED2").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOfSatisfying(
            QapiKeyExpiredException.class, e -> assertThat(e.code()).isEqualTo(-90005));
  }

  @Test
  void an_unknown_or_unchecked_key_is_a_typed_error() {
    assertThatThrownBy(() -> h.seller("SAK-UNKNOWN").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOfSatisfying(
            QapiKeyInvalidException.class, e -> assertThat(e.code()).isEqualTo(-90001));
    assertThatThrownBy(() -> h.seller("SAK-CHECK").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOfSatisfying(
            QapiKeyInvalidException.class, e -> assertThat(e.code()).isEqualTo(-10000));
  }

  @Test
  void a_suspended_seller_is_not_authorized() {
    assertThatThrownBy(() -> h.seller("SAK-SUSPENDED").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOf(QapiNotAuthorizedException.class);
  }

  @Test
  void an_unknown_method_answer_is_a_typed_error_carrying_the_plain_text() {
    assertThatThrownBy(() -> h.seller("SAK-NOMETHOD").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOfSatisfying(
            QapiUnknownMethodException.class,
            e -> assertThat(e.answer()).isEqualTo("Can't find method Info GetShippingInfo_v3"));
  }

  @Test
  void a_business_error_code_is_a_value() {
    QapiParams p =
        QapiParams.builder()
            .add("ShippingStatus", "2")
            .add("SearchStartDate", "20260101000000")
            .add("SearchEndDate", "20260501000000")
            .add("SearchCondition", "1")
            .build();
    QapiResponse r = h.seller("SAK-ORDERS").call(QapiMethod.GET_SHIPPING_INFO_V3, p);
    assertThat(r.codeOrNull()).isEqualTo(-10002);
  }

  @Test
  void splits_a_200_day_range_into_three_calls_and_merges_the_rows_once() {
    ShippingQuery q =
        new ShippingQuery(
            ShippingStatus.DELIVERED,
            LocalDateTime.of(2026, 1, 1, 0, 0),
            LocalDateTime.of(2026, 7, 19, 23, 59, 59),
            ShippingSearchCondition.DELIVERED_DATE);

    List<ShippingInfoV3Row> rows = h.seller("SAK-SPLIT").getShippingInfoV3(q).orElseThrow();

    assertThat(h.server.received())
        .extracting(
            r -> r.params().text("SearchStartDate") + "-" + r.params().text("SearchEndDate"))
        .containsExactly(
            "20260101000000-20260331235959",
            "20260401000000-20260629235959",
            "20260630000000-20260719235959");
    assertThat(rows)
        .extracting(ShippingInfoV3Row::orderNo)
        .containsExactly(1023400001L, 1023400002L, 1023400003L, 1023400004L);
  }

  @Test
  void reads_v2_rows_with_their_mixed_casing() {
    OrderLineView v =
        h.seller("SAK-V2").getShippingInfoV2(NEW_ORDERS).orElseThrow().get(0).toView(null);
    assertThat(v.buyer().kana()).isEqualTo("ヤマダ タロウ");
    assertThat(v.receiver().address1()).isEqualTo("東京都渋谷区");
    assertThat(v.receiver().zipCode()).isEqualTo("150-0001");
    assertThat(v.progress().paymentDate()).isEqualTo(LocalDateTime.of(2026, 1, 10, 14, 5, 2));
    assertThat(v.receiver().country()).isEqualTo("JP");
  }

  @Test
  void sends_v2_with_its_own_parameter_names() {
    h.seller("SAK-V2").getShippingInfoV2(NEW_ORDERS);
    assertThat(h.server.received().get(0).params().asMap())
        .containsOnlyKeys("ShippingStat", "search_Sdate", "search_Edate", "search_condition");
  }

  @Test
  void reads_a_lower_case_zipcode_in_v2() {
    ShippingQuery confirmed =
        ShippingQuery.byOrderDate(
            ShippingStatus.SELLER_CONFIRM, NEW_ORDERS.from(), NEW_ORDERS.to());
    ShippingInfoV2Row row = h.seller("SAK-V2C").getShippingInfoV2(confirmed).orElseThrow().get(0);
    assertThat(row.zipCode()).isEqualTo("150-0001");
    assertThat(row.toView(null).status()).isEqualTo(ShippingStatus.SELLER_CONFIRM);
  }

  @Test
  void reads_one_order_with_its_claim() {
    OrderLineView v =
        h.seller("SAK-ORDERS")
            .getShippingAndClaimInfo("1023456790")
            .orElseThrow()
            .get(0)
            .toView(null);
    assertThat(v.claim().status()).isEqualTo(ClaimStatus.CANCEL_REQUESTED);
    assertThat(v.claim().reason()).isEqualTo("注文内容を変更したい");
    assertThat(h.seller("SAK-ORDERS").getShippingAndClaimInfo("9999999999").code())
        .isEqualTo(-10003);
  }

  @Test
  void confirms_an_order_with_an_estimated_ship_date() {
    QapiResult<Void> r =
        h.seller("SAK-ORDERS")
            .setSellerCheck(SellerCheck.of("1023456789", LocalDate.of(2026, 1, 14)));
    assertThat(r.isSuccess()).isTrue();
    assertThat(h.server.received().get(0).params().text("EstShipDt")).isEqualTo("20260114");
  }

  @Test
  void confirms_with_a_delay_type_and_reads_an_xml_std_result() {
    SellerCheck c =
        new SellerCheck(
            "1023456790", LocalDate.of(2026, 1, 20), DelayType.MADE_TO_ORDER, "受注生産のため");
    assertThat(h.seller("SAK-XML").setSellerCheck(c).isSuccess()).isTrue();
  }

  @Test
  void an_already_confirmed_order_is_a_value() {
    QapiResult<Void> r =
        h.seller("SAK-CONFIRMED")
            .setSellerCheck(SellerCheck.of("1023456789", LocalDate.of(2026, 1, 14)));
    assertThat(r.code()).isEqualTo(-10012);
  }

  @Test
  void bulk_confirmation_returns_every_rows_result() {
    LocalDate d = LocalDate.of(2026, 1, 14);
    BulkResult<SellerCheckBulkRow> r =
        h.seller("SAK-ORDERS")
            .setSellerCheckBulk(
                List.of(
                    SellerCheck.of("1023456789", d),
                    SellerCheck.of("1023456790", d),
                    SellerCheck.of("1023456791", d)));
    assertThat(r.code()).isZero();
    assertThat(r.isSuccess()).isFalse();
    assertThat(r.rows()).extracting(SellerCheckBulkRow::code).containsExactly(0, -10012, -10013);
    assertThat(r.failedRows())
        .extracting(SellerCheckBulkRow::subject)
        .containsExactly("1023456790", "1023456791");
  }

  @Test
  void registers_carrier_and_tracking() {
    Sending s = new Sending("1023456789", "ヤマト宅急便", "4912-3456-7890");
    assertThat(h.seller("SAK-ORDERS").setSendingInfo(s).isSuccess()).isTrue();
  }

  @Test
  void bulk_shipping_returns_every_rows_result() {
    BulkResult<io.qconnect.protocol.order.SendingBulkRow> r =
        h.seller("SAK-ORDERS")
            .setSendingInfoBulk(
                List.of(
                    new Sending("1023456789", "ヤマト宅急便", "4912-3456-7890"),
                    new Sending("1023456799", "佐川急便", "3601-2222-3333")));
    assertThat(r.rows())
        .extracting(x -> x.subject() + ":" + x.code())
        .containsExactly("1023456789:0", "1023456799:-10001");
    assertThat(r.rows().get(1).transcNm()).isEqualTo("佐川急便");
  }

  @Test
  void reads_cancelled_claims_by_completion_date() {
    ClaimQuery q =
        new ClaimQuery(
            ClaimStatus.CANCEL_COMPLETE,
            LocalDateTime.of(2026, 1, 1, 0, 0),
            LocalDateTime.of(2026, 1, 31, 23, 59, 59),
            ClaimSearchCondition.COMPLETED_DATE);
    OrderLineView v =
        h.seller("SAK-ORDERS")
            .getClaimInfo(q)
            .orElseThrow()
            .get(0)
            .toView(ShippingStatus.ON_REQUEST);
    assertThat(v.claim().status()).isEqualTo(ClaimStatus.CANCEL_COMPLETE);
    assertThat(v.orderNo()).isEqualTo(1023456790L);
    assertThat(v.claim().cancelRefundDate()).isEqualTo(LocalDateTime.of(2026, 1, 12, 10, 15));
  }

  @Test
  void the_seller_cancels_a_line_and_an_invalid_state_is_a_value() {
    assertThat(
            h.seller("SAK-ORDERS")
                .setCancelProcess("1023456790", CancelReason.ORDER_CHANGE, "お客様のご要望によりキャンセル")
                .isSuccess())
        .isTrue();
    assertThat(
            h.seller("SAK-ORDERS")
                .setCancelProcess("1023400001", CancelReason.OUT_OF_STOCK, "")
                .code())
        .isEqualTo(-10004);
  }
}
