package io.qconnect.marketplace.qapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The QAPI endpoint over real HTTP: request styles, service names, routing answers, keys. */
class QapiRoutingTest {
  @TestMarketplace static MarketplaceServer server;
  private static ApiKey apiKey;

  @BeforeAll
  static void setUp() {
    apiKey = server.sandboxSeller("route-shop", "route-password");
  }

  private static HttpResponse<String> raw(
      String method, String pathAndQuery, String form, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery));
    if (key != null) {
      b.header("GiosisCertificationKey", key);
    }
    if (form != null) {
      b.header("Content-Type", "application/x-www-form-urlencoded");
      b.method(method, HttpRequest.BodyPublishers.ofString(form));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void issues_a_certification_key_through_the_client() {
    QapiResult<CertificationKey> r =
        server.client.createCertificationKey(apiKey, "route-shop", "route-password");
    assertThat(r.isSuccess()).isTrue();
    assertThat(r.value().value()).hasSizeGreaterThan(80);
  }

  @Test
  void a_wrong_password_is_a_result_code_and_an_unknown_api_key_the_gateway_error() {
    assertThat(server.client.createCertificationKey(apiKey, "route-shop", "wrong-password").code())
        .isEqualTo(-10001);
    assertThatThrownBy(
            () ->
                server.client.createCertificationKey(
                    new ApiKey("NO-SUCH-KEY-0000"), "route-shop", "x"))
        .isInstanceOf(QapiKeyInvalidException.class);
  }

  @Test
  void accepts_the_get_query_style_on_giosis_qapi_and_answers_xml() {
    HttpResponse<String> r =
        raw(
            "GET",
            "/GMKT.INC.Front.QAPIService/Giosis.qapi?v=1.0&returnType=xml&method=CertificationAPI.CreateCertificationKey&key="
                + enc(apiKey.value())
                + "&user_id=route-shop&pwd=route-password",
            null,
            null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<StdCustomResultOfString")
        .contains("<ResultCode>0</ResultCode>");
  }

  @Test
  void accepts_the_path_style_with_the_key_as_a_parameter_and_any_method_case() {
    HttpResponse<String> r =
        raw(
            "POST",
            "/GMKT.INC.Front.QAPIService/ebayjapan.qapi/certificationapi.CREATECERTIFICATIONKEY?key="
                + enc(apiKey.value()),
            "user_id=route-shop&pwd=route-password",
            null);
    assertThat(r.body())
        .startsWith("{\"ResultCode\":0,\"ResultMsg\":\"SUCCESS\",\"ResultObject\":\"");
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
  }

  @Test
  void an_unknown_class_answers_plain_text_with_http_200() {
    HttpResponse<String> r =
        raw(
            "POST",
            "/GMKT.INC.Front.QAPIService/ebayjapan.qapi/OrderService.OrderNewslookup",
            "",
            "x");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("Can't find service Name OrderService");
  }

  @Test
  void an_unknown_method_of_a_known_class_answers_plain_text() {
    HttpResponse<String> r =
        raw(
            "GET",
            "/GMKT.INC.Front.QAPIService/ebayjapan.qapi?method=ItemsBasic.UpdateGoodsPrice",
            null,
            "x");
    assertThat(r.body()).isEqualTo("Can't find method Info UpdateGoodsPrice");
  }

  @Test
  void a_real_method_this_emulator_lacks_says_so_instead_of_not_found() {
    HttpResponse<String> r =
        raw(
            "POST",
            "/GMKT.INC.Front.QAPIService/ebayjapan.qapi/ItemsContents.EditMoveGoodsContents",
            "ItemCode=1",
            "x");
    assertThat(r.body()).contains("\"ResultCode\":-10101").contains("not emulated");
  }
}
