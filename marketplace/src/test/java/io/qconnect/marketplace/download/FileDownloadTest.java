package io.qconnect.marketplace.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiParams;
import io.qconnect.protocol.wire.QapiResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RequestFileDownload over HTTP: the URL answered serves the seller's CSV; ten a day at most. */
class FileDownloadTest {
  @TestMarketplace MarketplaceServer server;

  private static HttpResponse<String> get(String url) throws Exception {
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(
          HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private static QapiResponse request(QapiSeller s, String type, String from, String to) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("apply_type", type);
    p.put("target_from_dt", from);
    p.put("target_to_dt", to);
    return s.call(QapiMethod.REQUEST_FILE_DOWNLOAD, QapiParams.of(p));
  }

  @Test
  void the_download_url_serves_the_items_of_the_seller_as_csv() throws Exception {
    QapiSeller s = server.seller("dl-shop");
    Map<String, String> goods = new LinkedHashMap<>();
    goods.put("SecondSubCat", "320001234");
    goods.put("ItemTitle", "ダウンロード用 Tシャツ");
    goods.put("SellerCode", "DL-1");
    goods.put("ItemPrice", "1980");
    goods.put("ItemQty", "4");
    goods.put("AvailableDateType", "0");
    goods.put("AvailableDateValue", "3");
    goods.put("ProductionPlaceType", "1");
    goods.put("ProductionPlace", "TOKYO");
    goods.put("AdultYN", "N");
    assertThat(s.call(QapiMethod.SET_NEW_GOODS, QapiParams.of(goods)).codeOrNull()).isZero();
    QapiResponse r = request(s, "item", "", "");
    String url = ((QapiResponse.Custom) r).resultObject().get(0).get("DownloadURL").asText();
    assertThat(url).startsWith(server.baseUrl() + "/qapi-files/");
    HttpResponse<String> file = get(url);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/csv"));
    assertThat(file.body())
        .startsWith("\uFEFFItemCode,SellerCode,ItemTitle,ItemStatus,ItemPrice,ItemQty\r\n")
        .contains(",DL-1,ダウンロード用 Tシャツ,S2,1980,4\r\n");
    assertThat(get(server.baseUrl() + "/qapi-files/" + "0".repeat(48)).statusCode()).isEqualTo(404);
  }

  @Test
  void a_seller_can_request_ten_files_a_day() {
    QapiSeller s = server.seller("dl-limit");
    for (int day = 1; day <= 10; day++) {
      String d = String.format("2026/05/%02d", day);
      assertThat(request(s, "order", d, d).codeOrNull()).isZero();
    }
    assertThat(request(s, "order", "2026/04/01", "2026/04/02").codeOrNull()).isEqualTo(-10005);
  }
}
