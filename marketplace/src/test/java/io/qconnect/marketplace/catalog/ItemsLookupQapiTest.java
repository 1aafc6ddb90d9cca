package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.QapiCalls.call;
import static io.qconnect.marketplace.catalog.QapiCalls.code;
import static io.qconnect.marketplace.catalog.QapiCalls.goods;
import static io.qconnect.marketplace.catalog.QapiCalls.message;
import static io.qconnect.marketplace.catalog.QapiCalls.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.GoodsInfoList;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.wire.QapiCodec;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ItemsLookup over HTTP, in JSON and XML. */
class ItemsLookupQapiTest {
  @TestMarketplace static MarketplaceServer server;

  @Test
  void finds_an_item_by_its_seller_code_alone() {
    QapiSeller s = QapiCalls.newSeller(server);
    String code = register(s, goods("BY-SC"));
    QapiResult<List<ItemDetailRow>> r = s.getItemDetailInfo("", "BY-SC");
    assertThat(r.orElseThrow())
        .singleElement()
        .satisfies(d -> assertThat(d.itemCode()).isEqualTo(code));
  }

  @Test
  void answers_minus_10001_with_the_documented_message_for_an_unknown_item() {
    QapiSeller s = QapiCalls.newSeller(server);
    QapiResult<List<ItemDetailRow>> r = s.getItemDetailInfo("1999999999", "");
    assertThat(r.code()).isEqualTo(-10001);
    assertThat(r.message())
        .isEqualTo("Fail to find Item information with 'ItemCode','SellerCode'.");
    assertThat(s.getItemDetailInfo("", "").code()).isEqualTo(-10001);
  }

  @Test
  void pages_more_than_500_items_and_answers_an_empty_page_past_the_end() {
    QapiSeller s = QapiCalls.newSeller(server);
    String sellerId = sellerOf(s);
    for (int i = 0; i < 503; i++) {
      server
          .market
          .catalog()
          .register(sellerId, CatalogHarness.single("PG-" + i, 500, 1))
          .orElseThrow();
    }
    assertThat(s.getAllGoods(ItemStatus.ON_SALE).orElseThrow())
        .hasSize(503)
        .doesNotHaveDuplicates();
    GoodsInfoList second = s.getAllGoodsInfo(ItemStatus.ON_SALE, 2).orElseThrow();
    assertThat(second.totalItems()).isEqualTo(503);
    assertThat(second.totalPages()).isEqualTo(2);
    assertThat(second.presentPage()).isEqualTo(2);
    assertThat(second.items()).hasSize(3);
    GoodsInfoList past = s.getAllGoodsInfo(ItemStatus.ON_SALE, 3).orElseThrow();
    assertThat(past.items()).isEmpty();
    assertThat(past.presentPage()).isEqualTo(3);
  }

  @Test
  void refuses_an_unknown_item_status_and_a_bad_page() {
    QapiSeller s = QapiCalls.newSeller(server);
    QapiResponse bad = call(s, QapiMethod.GET_ALL_GOODS_INFO, "ItemStatus", "S9");
    assertThat(code(bad)).isEqualTo(-10001);
    assertThat(message(bad)).isEqualTo("Please enter the correct ItemStatus. (S0/S1/S2/S4)");
    assertThat(code(call(s, QapiMethod.GET_ALL_GOODS_INFO, "Page", "1"))).isEqualTo(-10001);
    QapiResponse page = call(s, QapiMethod.GET_ALL_GOODS_INFO, "ItemStatus", "S2", "Page", "0");
    assertThat(code(page)).isEqualTo(-10101);
  }

  @Test
  void lists_items_of_the_asked_status_only_with_page_one_by_default() {
    QapiSeller s = QapiCalls.newSeller(server);
    String onSale = register(s, goods("ON"));
    String off = register(s, goods("OFF"));
    call(s, QapiMethod.EDIT_GOODS_STATUS, "ItemCode", off, "Status", "1");
    QapiResponse r = call(s, QapiMethod.GET_ALL_GOODS_INFO, "ItemStatus", "S2");
    var items = ((QapiResponse.Custom) r).resultObject().get("Items");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("ItemCode").asText()).isEqualTo(onSale);
    assertThat(items.get(0).get("SellerCode").asText()).isEqualTo("ON");
  }

  @Test
  void lists_an_items_options_and_none_for_a_single_sku_item() {
    QapiSeller s = QapiCalls.newSeller(server);
    String plain = register(s, goods("PLAIN"));
    register(s, goods("OPTS", "ItemType", "色||*黒||*0||*3||*OP-B$$色||*白||*-100||*4||*OP-W"));
    assertThat(s.getGoodsInventoryInfo(plain, "").orElseThrow()).isEmpty();
    List<InventoryRow> rows = s.getGoodsInventoryInfo("", "OPTS").orElseThrow();
    assertThat(rows).extracting(InventoryRow::value1).containsExactly("黒", "白");
    assertThat(rows).extracting(InventoryRow::qty).containsExactly(3, 4);
    assertThat(rows.get(1).price()).isEqualByComparingTo("-100");
    assertThat(s.getGoodsInventoryInfo("1999999999", "").code()).isEqualTo(-10001);
  }

  @Test
  void answers_the_item_detail_in_xml_named_after_the_list_item_type() {
    QapiSeller s = QapiCalls.newSeller(server);
    register(s, goods("XML-1", "ItemDescription", "<p>綿100%</p>"));
    HttpResponse<String> r =
        QapiCalls.post(
            server,
            QapiMethod.GET_ITEM_DETAIL_INFO,
            s.key().value(),
            Map.of("SellerCode", "XML-1", "returnType", "xml"));
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
    assertThat(r.body())
        .contains("<StdCustomResultOfListOfItemDetailInfo")
        .contains("<ItemDetailInfo>")
        .contains("<SellerCode>XML-1</SellerCode>")
        .contains("&lt;p&gt;綿100%&lt;/p&gt;");
    QapiResponse decoded =
        new QapiCodec()
            .decode(
                r.body().getBytes(StandardCharsets.UTF_8), QapiMethod.GET_ITEM_DETAIL_INFO.shape());
    JsonAssert.firstRow(decoded, "ItemPrice", "2980");
  }

  @Test
  void answers_the_goods_list_and_a_refusal_in_xml() {
    QapiSeller s = QapiCalls.newSeller(server);
    register(s, goods("XML-2"));
    String key = s.key().value();
    HttpResponse<String> list =
        QapiCalls.post(
            server,
            QapiMethod.GET_ALL_GOODS_INFO,
            key,
            Map.of("ItemStatus", "S2", "returnType", "text/xml"));
    assertThat(list.body())
        .contains("<StdCustomResultOfGoodsInfoList")
        .contains("<TotalItems>1</TotalItems>")
        .contains("<Items>")
        .contains("<Item>");
    HttpResponse<String> missing =
        QapiCalls.post(
            server,
            QapiMethod.GET_ITEM_DETAIL_INFO,
            key,
            Map.of("ItemCode", "1999999999", "returnType", "xml"));
    assertThat(missing.body()).contains("<ResultCode>-10001</ResultCode>");
  }

  @Test
  void answers_a_wrong_key_with_the_gateway_envelope() {
    QapiSeller stranger = server.client.seller(new CertificationKey("not-a-key"));
    assertThatThrownBy(() -> stranger.getItemDetailInfo("1100000001", ""))
        .isInstanceOf(QapiKeyInvalidException.class);
    HttpResponse<String> raw =
        QapiCalls.post(
            server, QapiMethod.GET_ITEM_DETAIL_INFO, "not-a-key", Map.of("ItemCode", "1"));
    assertThat(raw.body()).contains("\"ErrorCode\":-90001");
  }

  private static String sellerOf(QapiSeller s) {
    return server.market.keys().check(s.key().value())
            instanceof io.qconnect.marketplace.access.KeyCheck.Valid v
        ? v.sellerId()
        : "";
  }
}
