package io.qconnect.marketplace.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Get Auth, marketplace side: an integrator registered through the sandbox, a grant from the window
 * (here called directly: the window is a console page), and the server-to-server code exchange over
 * real HTTP, whose key then works in QAPI.
 */
class GetAuthExchangeTest {
  private static final String CALLBACK = "http://127.0.0.1:9/hub/getauth/callback";

  @TestMarketplace MarketplaceServer server;

  private String integratorId;

  @BeforeEach
  void setUp() {
    server.sandboxSeller("getauth-shop", "getauth-pass-1");
    HttpResponse<String> r = register("qoo10-connect hub", CALLBACK);
    assertThat(r.statusCode()).isEqualTo(201);
    integratorId = field(r.body(), "integratorId");
  }

  private HttpResponse<String> register(String name, String uri) {
    return server.sandbox(
        "POST",
        "/sandbox/integrators",
        "{\"name\":\"" + name + "\",\"redirectUri\":\"" + uri + "\"}");
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    assertThat(m.find()).as(name + " in " + json).isTrue();
    return m.group(1);
  }

  private String grant() {
    Grant g = server.market.authorizations().grant("getauth-shop", integratorId, CALLBACK);
    assertThat(g).isInstanceOf(Grant.Granted.class);
    return ((Grant.Granted) g).code();
  }

  private HttpResponse<String> exchange(String code, String uri, String integrator)
      throws Exception {
    String form =
        "code=" + enc(code) + "&redirect_uri=" + enc(uri) + "&integrator=" + enc(integrator);
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/qsm/authorize/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void registering_the_same_redirect_address_again_answers_the_same_integrator() {
    HttpResponse<String> again = register("another name", CALLBACK);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(field(again.body(), "integratorId")).isEqualTo(integratorId);
    assertThat(field(again.body(), "name")).isEqualTo("qoo10-connect hub");
    assertThat(register("x", "ftp://example.jp/cb").statusCode()).isEqualTo(400);
    assertThat(register("x", "http://example.jp/cb#frag").statusCode()).isEqualTo(400);
  }

  @Test
  void a_code_is_exchanged_once_for_a_key_that_works_in_qapi() throws Exception {
    String code = grant();
    assertThat(code).hasSizeGreaterThanOrEqualTo(32);
    HttpResponse<String> r = exchange(code, CALLBACK, integratorId);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(field(r.body(), "sellerId")).isEqualTo("getauth-shop");
    assertThat(field(r.body(), "expiresAt")).matches("2027-05-11T10:0\\d:\\d\\d\\+09:00");
    String key = field(r.body(), "certificationKey");
    assertThat(
            server
                .client
                .seller(new CertificationKey(key))
                .getAllGoodsInfo(ItemStatus.ON_SALE, 1)
                .code())
        .isZero();

    HttpResponse<String> twice = exchange(code, CALLBACK, integratorId);
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).isEqualTo("{\"error\":\"invalid_grant\"}");
  }

  @Test
  void a_code_older_than_five_minutes_is_refused() throws Exception {
    String code = grant();
    server.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    HttpResponse<String> r = exchange(code, CALLBACK, integratorId);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("{\"error\":\"invalid_grant\"}");
  }

  @Test
  void a_code_with_another_address_or_integrator_or_unknown_is_refused() throws Exception {
    String code = grant();
    assertThat(exchange(code, CALLBACK + "x", integratorId).statusCode()).isEqualTo(400);
    assertThat(exchange(code, CALLBACK, "itg-000000000000").statusCode()).isEqualTo(400);
    assertThat(exchange("no-such-code", CALLBACK, integratorId).statusCode()).isEqualTo(400);
    assertThat(exchange(code, CALLBACK, integratorId).statusCode()).isEqualTo(200);
  }

  @Test
  void a_window_for_an_address_that_is_not_registered_grants_nothing() {
    assertThat(server.market.authorizations().window(integratorId, CALLBACK + "/other")).isEmpty();
    assertThat(server.market.authorizations().grant("getauth-shop", integratorId, "http://evil/cb"))
        .isInstanceOf(Grant.UnknownIntegrator.class);
    assertThat(server.market.authorizations().issuedKeys("getauth-shop")).isEmpty();
  }

  @Test
  void a_revoked_key_answers_as_an_invalid_key() throws Exception {
    String key = field(exchange(grant(), CALLBACK, integratorId).body(), "certificationKey");
    IssuedKey issued = server.market.authorizations().issuedKeys("getauth-shop").get(0);
    assertThat(issued.integratorName()).isEqualTo("qoo10-connect hub");
    assertThat(issued.state()).isEqualTo("VALID");

    assertThat(server.market.authorizations().revoke("getauth-shop", issued.keyId())).isTrue();

    assertThat(server.market.authorizations().issuedKeys("getauth-shop").get(0).state())
        .isEqualTo("CANCELLED");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                server
                    .client
                    .seller(new CertificationKey(key))
                    .getAllGoodsInfo(ItemStatus.ON_SALE, 1))
        .isInstanceOf(QapiKeyInvalidException.class);
    assertThat(server.market.keys().check(key)).isInstanceOf(KeyCheck.Unknown.class);
  }

  @Test
  void a_key_in_use_answers_as_an_invalid_key_at_once_when_revoked() throws Exception {
    String key = field(exchange(grant(), CALLBACK, integratorId).body(), "certificationKey");
    IssuedKey issued = server.market.authorizations().issuedKeys("getauth-shop").get(0);
    // used (and so kept by the key check) right before it is revoked
    server.client.seller(new CertificationKey(key)).getAllGoodsInfo(ItemStatus.ON_SALE, 1);
    assertThat(server.market.keys().check(key)).isInstanceOf(KeyCheck.Valid.class);

    assertThat(server.market.authorizations().revoke("getauth-shop", issued.keyId())).isTrue();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                server
                    .client
                    .seller(new CertificationKey(key))
                    .getAllGoodsInfo(ItemStatus.ON_SALE, 1))
        .isInstanceOf(QapiKeyInvalidException.class);
  }
}
