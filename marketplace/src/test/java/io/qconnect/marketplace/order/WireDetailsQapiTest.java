package io.qconnect.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.protocol.order.CancelReason;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/**
 * The wire details public clients tripped on (issue 10 §2), over HTTP: paging, numbers, impossible
 * dates, well-formed XML, the 1,000-character memo, shipping a line twice (docs/qapi.md §3.6, §5.6,
 * §6.2, §10).
 */
class WireDetailsQapiTest {
  private static final String V3_DAY =
      "ShippingStatus=2&SearchStartDate=20260511&SearchEndDate=20260511";

  private OrderWorld w;
  private List<Long> cart;

  @BeforeEach
  void start() {
    w = OrderWorld.start();
    w.item("TSHIRT-001", 2980, 20);
    w.optioned("MUG-002", 1650, "カラー||*白||*0||*5||*MUG-W$$カラー||*青||*300||*5||*MUG-B");
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

  private JsonNode rows(String method, String query) {
    JsonNode answer = OrderWorld.read(w.raw(method, query));
    assertThat(answer.get("ResultCode").asInt()).as(answer.toString()).isZero();
    return answer.get("ResultObject");
  }

  @Test
  void the_order_lists_answer_every_row_on_page_1_and_nothing_beyond_it() {
    assertThat(rows("ShippingBasic.GetShippingInfo_v3", V3_DAY)).hasSize(2);
    assertThat(rows("ShippingBasic.GetShippingInfo_v3", V3_DAY + "&Page=1")).hasSize(2);
    assertThat(rows("ShippingBasic.GetShippingInfo_v3", V3_DAY + "&Page=2")).isEmpty();
    assertThat(
            rows(
                "ShippingBasic.GetShippingInfo_v2",
                "ShippingStat=2&search_Sdate=20260511&search_Edate=20260511&Page=3&PageSize=200"))
        .isEmpty();
    assertThat(rows("ShippingBasic.GetShippingInfo_v3", V3_DAY + "&Page=x")).hasSize(2);
  }

  @Test
  void amounts_are_plain_integers_in_v3_v2_claims_and_inventory_in_json_and_xml() {
    w.seller.setCancelProcess(Long.toString(cart.get(1)), CancelReason.OUT_OF_STOCK, "品切れ");
    String v3 = w.raw("ShippingBasic.GetShippingInfo_v3", V3_DAY);
    assertThat(v3).contains("\"OrderPrice\":2980,", "\"Total\":5960,").doesNotContain("E+");
    assertThat(w.raw("ShippingBasic.GetShippingInfo_v3", V3_DAY + "&returnType=xml"))
        .contains("<OrderPrice>2980</OrderPrice>", "<Total>5960</Total>")
        .doesNotContain("E+");
    String claims =
        w.raw(
            "ShippingBasic.GetClaimInfo_V3",
            "search_Sdate=20260511&search_Edate=20260511&returnType=application/json");
    assertThat(claims).contains("\"paymentAmount\":1950,").doesNotContain("E+", "1950.0");
    String inventory = w.raw("ItemsLookup.GetGoodsInventoryInfo", "SellerCode=MUG-002");
    assertThat(inventory).contains("\"Price\":300,").doesNotContain("E+");
    assertThat(w.raw("ItemsLookup.GetGoodsInventoryInfo", "SellerCode=MUG-002&returnType=xml"))
        .contains("<Price>300</Price>")
        .doesNotContain("E+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"20260230", "20261131", "20260511240000", "20260511126000"})
  void an_impossible_date_gets_each_methods_date_error(String day) {
    assertThat(
            w.raw(
                "ShippingBasic.GetShippingInfo_v3",
                "ShippingStatus=2&SearchStartDate=" + day + "&SearchEndDate=20260511"))
        .contains("\"ResultCode\":-10001");
    assertThat(
            w.raw(
                "ShippingBasic.GetShippingInfo_v2",
                "ShippingStat=2&search_Sdate=20260501&search_Edate=" + day))
        .contains("\"ResultCode\":-10001");
    assertThat(
            w.raw(
                "ShippingBasic.GetClaimInfo_V3", "search_Sdate=" + day + "&search_Edate=20260511"))
        .contains("\"ResultCode\":-10002");
  }

  @Test
  void an_impossible_estimated_ship_date_is_refused_not_moved() {
    assertThat(
            w.raw(
                "ShippingBasic.SetSellerCheckYN_V2",
                "OrderNo=" + cart.get(0) + "&EstShipDt=20260532"))
        .contains("\"ResultCode\":-10016");
    assertThat(
            w.raw(
                "ShippingBasic.SetSellerCheckYN_V2",
                "OrderNo=" + cart.get(0) + "&EstShipDt=20260631"))
        .contains("\"ResultCode\":-10016");
  }

  @Test
  void control_characters_in_a_title_never_break_the_xml_answer_and_json_says_the_same() {
    String title = "%E3%83%9E%E3%82%B0%01%1F%EF%BF%BE%EF%BF%BF%00X";
    String answer =
        w.raw(
            "ItemsBasic.SetNewGoods",
            "SellerCode=CTRL-001&SecondSubCat=320001234&ItemTitle="
                + title
                + "&ItemPrice=2980&ItemQty=3&AvailableDateType=0&AvailableDateValue=3&TaxRate=10");
    assertThat(answer).contains("\"ResultCode\":0");
    String xml = w.raw("ItemsLookup.GetItemDetailInfo", "SellerCode=CTRL-001&returnType=xml");
    String parsed = parse(xml);
    assertThat(parsed).isEqualTo("マグX");
    JsonNode json = rows("ItemsLookup.GetItemDetailInfo", "SellerCode=CTRL-001");
    assertThat(json.get(0).get("ItemTitle").asText()).isEqualTo(parsed);
    String echo =
        w.raw("ShippingBasic.GetShippingInfo_v3", "ShippingStatus=%01%EF%BF%BF&returnType=xml");
    parseRoot(echo);
  }

  private static String parse(String xml) {
    return parseRoot(xml).getElementsByTagName("ItemTitle").item(0).getTextContent();
  }

  private static org.w3c.dom.Document parseRoot(String xml) {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + xml, e);
    }
  }

  @Test
  void set_cancel_process_keeps_a_memo_of_1000_characters_and_refuses_1001() {
    String memo = "欠".repeat(1000);
    assertThat(
            w.seller
                .setCancelProcess(Long.toString(cart.get(0)), CancelReason.SHIPPING_DELAY, memo)
                .code())
        .isZero();
    assertThat(
            w.seller
                .setCancelProcess(
                    Long.toString(cart.get(1)), CancelReason.SHIPPING_DELAY, memo + "品")
                .code())
        .isEqualTo(-10001);
    JsonNode claims =
        rows("ShippingBasic.GetClaimInfo_V3", "search_Sdate=20260511&search_Edate=20260511");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).get("reason").asText()).endsWith(memo);
  }

  @Test
  void sending_again_on_a_line_in_status_4_replaces_carrier_and_tracking_and_answers_0() {
    String no = Long.toString(cart.get(0));
    assertThat(
            w.raw(
                "ShippingBasic.SetSendingInfo",
                "OrderNo="
                    + no
                    + "&ShippingCorp=%E4%BD%90%E5%B7%9D%E6%80%A5%E4%BE%BF&TrackingNo=1111"))
        .contains("\"ResultCode\":0");
    assertThat(
            w.raw(
                "ShippingBasic.SetSendingInfo",
                "OrderNo="
                    + no
                    + "&ShippingCorp=%E3%83%A4%E3%83%9E%E3%83%88%E5%AE%85%E6%80%A5%E4%BE%BF&TrackingNo=2222"))
        .contains("\"ResultCode\":0");
    JsonNode row =
        rows(
                "ShippingBasic.GetShippingInfo_v3",
                "ShippingStatus=4&SearchStartDate=20260511&SearchEndDate=20260511")
            .get(0);
    assertThat(row.get("TrackingNo").asText()).isEqualTo("2222");
    assertThat(row.get("DeliveryCompany").asText()).isEqualTo("ヤマト宅急便");
    assertThat(w.sandbox("deliver", cart.get(0))).isEqualTo(200);
    assertThat(
            w.raw(
                "ShippingBasic.SetSendingInfo",
                "OrderNo="
                    + no
                    + "&ShippingCorp=%E4%BD%90%E5%B7%9D%E6%80%A5%E4%BE%BF&TrackingNo=3333"))
        .contains("\"ResultCode\":-10003");
  }
}
