package io.qconnect.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.sync.Alert;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Get Auth on the hub's side: a shop saved without password, the window's URL, the public callback
 * and the server-to-server code exchange against a real HTTP server (port 0) playing the
 * marketplace's token endpoint as the contract says ({@code POST /qsm/authorize/token}).
 */
class GetAuthApiTest {
  private static final String SHOP = "getauth-shop";
  private static final String GOOD_CODE = "code-0123456789abcdefghijklmnopqrstuvwxyz";

  private HubFixture f;
  private ApiClient api;
  private final HttpClient browser = HttpClient.newHttpClient(); // never follows redirects
  private final List<Map<String, String>> exchanges = new CopyOnWriteArrayList<>();
  private volatile String issuedKey;
  private volatile boolean codeUsed;

  @BeforeEach
  void start() {
    f = new HubFixture(Engine.H2);
    api = new ApiClient(f);
    f.server.route("/qsm/authorize/token", this::token);
  }

  @AfterEach
  void stop() {
    browser.close();
    api.close();
    f.close();
  }

  /** The marketplace's token endpoint: one good code, usable once, for our integrator only. */
  private void token(HttpExchange ex) throws IOException {
    Map<String, String> form = new HashMap<>();
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    exchanges.add(form);
    boolean ok =
        "POST".equals(ex.getRequestMethod())
            && GOOD_CODE.equals(form.get("code"))
            && !codeUsed
            && HubFixture.INTEGRATOR.equals(form.get("integrator"))
            && HubFixture.CALLBACK.toString().equals(form.get("redirect_uri"));
    String answer;
    if (ok) {
      codeUsed = true;
      issuedKey = f.qoo10.grant(SHOP);
      answer =
          "{\"certificationKey\":\""
              + issuedKey
              + "\",\"sellerId\":\""
              + SHOP
              + "\",\"expiresAt\":\"2027-01-14T10:00:00+09:00\"}";
    } else {
      answer = "{\"error\":\"invalid_grant\"}";
    }
    byte[] b = answer.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(ok ? 200 : 400, b.length);
    ex.getResponseBody().write(b);
    ex.close();
  }

  private JsonNode addWithoutPassword() {
    ApiClient.Answer created =
        api.post(
            "/api/shops",
            """
            {"shopId":"%s","apiKey":"%s","baseUrl":"%s"}"""
                .formatted(SHOP, HubFixture.apiKey(SHOP), f.qapiUrl()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> q = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return q;
  }

  private static String state(JsonNode shop) {
    return query(URI.create(shop.path("authorizationUrl").asText())).get("state");
  }

  /** The browser coming back from the window. */
  private HttpResponse<String> callback(String query) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(hubUrl() + "/hub/getauth/callback?" + query)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String hubUrl() {
    return api.url();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private Map<String, Object> row() {
    Jdbi jdbi = HubJdbi.create(f.dataSource);
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT password_sealed, cert_key_sealed, auth_mode FROM hub_shop"
                        + " WHERE shop_id = :s")
                .bind("s", SHOP)
                .mapToMap()
                .one());
  }

  @Test
  void a_shop_added_without_password_is_saved_pending_with_the_window_to_open_and_no_secret()
      throws Exception {
    JsonNode shop = addWithoutPassword();

    URI window = URI.create(shop.path("authorizationUrl").asText());
    URI base = f.qapiUrl();
    assertThat(window.getScheme() + "://" + window.getAuthority())
        .isEqualTo(base.getScheme() + "://" + base.getAuthority());
    assertThat(window.getPath()).isEqualTo("/qsm/authorize");
    Map<String, String> q = query(window);
    assertThat(q.get("integrator")).isEqualTo(HubFixture.INTEGRATOR);
    assertThat(q.get("redirect_uri")).isEqualTo(HubFixture.CALLBACK.toString());
    assertThat(q.get("state")).hasSizeGreaterThanOrEqualTo(32);
    assertThat(shop.path("authMode").asText()).isEqualTo("GETAUTH");
    assertThat(shop.path("authorizationNeeded").asBoolean()).isTrue();
    assertThat(shop.path("password").asText()).isEmpty();
    assertThat(shop.path("certificationKey").asText()).isEmpty();
    Map<String, Object> row = row();
    assertThat(row.get("password_sealed")).isNull();
    assertThat(row.get("cert_key_sealed")).isNull();
    assertThat(row.get("auth_mode")).isEqualTo("GETAUTH");
    // nothing was asked of Qoo10: no CreateCertificationKey without a password
    assertThat(f.server.received()).isEmpty();
    // and nothing is imported while it waits
    SyncRun run = ((SyncOutcome.Ran) f.hub.syncNow(SHOP)).run();
    assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
    assertThat(run.error()).contains("authorization pending");
    assertThat(f.server.received()).isEmpty();
    // no import job either, even once its settings change
    assertThat(api.patch("/api/shops/" + SHOP, "{\"intervalMinutes\":10}").status()).isEqualTo(200);
    assertThat(f.hub.jobs().nextImport(SHOP)).isEmpty();
  }

  @Test
  void the_callback_exchanges_the_code_server_to_server_stores_the_key_and_orders_import()
      throws Exception {
    String state = state(addWithoutPassword());
    f.qoo10.order(SHOP, 5001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1));

    HttpResponse<String> back = callback("code=" + enc(GOOD_CODE) + "&state=" + enc(state));

    assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
    assertThat(back.headers().firstValue("Location"))
        .hasValue("/hub/shops/" + SHOP + "?getauth=ok");
    assertThat(exchanges).hasSize(1);
    assertThat(exchanges.get(0))
        .containsEntry("code", GOOD_CODE)
        .containsEntry("integrator", HubFixture.INTEGRATOR)
        .containsEntry("redirect_uri", HubFixture.CALLBACK.toString());
    Shop shop = f.hub.shops().get(SHOP);
    assertThat(shop.authNeeded()).isFalse();
    assertThat(shop.keyExpiresAt()).isEqualTo(java.time.Instant.parse("2027-01-14T01:00:00Z"));
    Map<String, Object> row = row();
    assertThat(row.get("password_sealed")).isNull();
    assertThat(f.box.open((String) row.get("cert_key_sealed"))).isEqualTo(issuedKey);
    assertThat((String) row.get("cert_key_sealed")).doesNotContain(issuedKey);

    SyncRun run = ((SyncOutcome.Ran) f.hub.syncNow(SHOP)).run();
    assertThat(run.outcome()).as(run.error()).isEqualTo(SyncRun.Outcome.OK);
    assertThat(run.created()).isEqualTo(1);
    assertThat(f.server.received())
        .noneMatch(r -> r.fullMethodName().contains("CreateCertificationKey"));
  }

  @Test
  void a_state_used_before_unknown_or_older_than_ten_minutes_is_refused_and_exchanges_nothing()
      throws Exception {
    String state = state(addWithoutPassword());
    assertThat(callback("code=" + enc(GOOD_CODE) + "&state=" + enc(state)).statusCode())
        .isEqualTo(303);

    HttpResponse<String> again = callback("code=" + enc(GOOD_CODE) + "&state=" + enc(state));
    HttpResponse<String> unknown = callback("code=" + enc(GOOD_CODE) + "&state=not-a-state");
    HttpResponse<String> none = callback("code=" + enc(GOOD_CODE));
    String late = state(api.post("/api/shops/" + SHOP + "/auth", null).json());
    f.clock.advance(Duration.ofMinutes(11));
    HttpResponse<String> tooLate = callback("code=x&state=" + enc(late));

    for (HttpResponse<String> r : List.of(again, unknown, none, tooLate)) {
      assertThat(r.statusCode()).isEqualTo(400);
    }
    assertThat(again.body()).contains("unknown, used or older than 10 minutes");
    assertThat(exchanges).hasSize(1);
  }

  @Test
  void a_code_the_marketplace_refuses_or_a_refused_window_leaves_the_shop_pending()
      throws Exception {
    JsonNode shop = addWithoutPassword();
    HttpResponse<String> refused =
        callback("code=" + enc("forged-code") + "&state=" + enc(state(shop)));
    String second = state(api.post("/api/shops/" + SHOP + "/auth", null).json());
    HttpResponse<String> denied = callback("error=access_denied&state=" + enc(second));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("refused the code");
    assertThat(denied.statusCode()).isEqualTo(303);
    assertThat(denied.headers().firstValue("Location"))
        .hasValue("/hub/shops/" + SHOP + "?getauth=denied");
    assertThat(f.hub.shops().get(SHOP).authNeeded()).isTrue();
    assertThat(row().get("cert_key_sealed")).isNull();
  }

  @Test
  void a_revoked_key_stops_imports_with_one_alert_to_re_authorize_and_renew_answers_the_window()
      throws Exception {
    String state = state(addWithoutPassword());
    callback("code=" + enc(GOOD_CODE) + "&state=" + enc(state));
    f.qoo10.revoke(issuedKey);

    SyncRun failed = ((SyncOutcome.Ran) f.hub.syncNow(SHOP)).run();
    int calls = f.server.received().size();
    SyncRun again = ((SyncOutcome.Ran) f.hub.syncNow(SHOP)).run();

    assertThat(failed.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
    assertThat(failed.error()).contains("re-authorize").contains("-90001");
    assertThat(again.error()).contains("re-authorize");
    assertThat(f.server.received()).hasSize(calls); // stopped: no call with the dead key again
    assertThat(f.server.received())
        .noneMatch(r -> r.fullMethodName().contains("CreateCertificationKey"));
    List<Alert> alerts = f.hub.alerts().list(SHOP);
    assertThat(alerts).filteredOn(a -> a.kind() == Alert.Kind.AUTH_NEEDED).hasSize(1);
    assertThat(alerts.get(0).message()).contains("re-authorizes").contains("Get Auth");
    assertThat(f.hub.jobs().nextImport(SHOP)).isEmpty();

    ApiClient.Answer renew = api.post("/api/shops/" + SHOP + "/auth", null);
    assertThat(renew.status()).isEqualTo(200);
    assertThat(renew.json().path("authorizationUrl").asText()).contains("/qsm/authorize?");
    assertThat(renew.json().path("authorizationNeeded").asBoolean()).isTrue();
  }

  @Test
  void near_expiry_a_get_auth_key_is_not_renewed_by_the_hub_and_the_alert_says_to_re_authorize()
      throws Exception {
    String state = state(addWithoutPassword());
    callback("code=" + enc(GOOD_CODE) + "&state=" + enc(state));
    f.clock.set(java.time.Instant.parse("2027-01-14T01:00:00Z").minus(Duration.ofDays(20)));

    var report = f.hub.checkKeysNow();

    assertThat(report.renewed()).isZero();
    assertThat(report.renewalsFailed()).isZero();
    assertThat(f.server.received())
        .noneMatch(r -> r.fullMethodName().contains("CreateCertificationKey"));
    List<Alert> alerts = f.hub.alerts().list(SHOP);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).kind()).isEqualTo(Alert.Kind.KEY_EXPIRING);
    assertThat(alerts.get(0).message())
        .contains("in 20 day(s)")
        .contains("re-authorize it with Get Auth");
  }
}
