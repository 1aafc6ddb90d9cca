package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.app.Application;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Get Auth window over real HTTP (no redirect followed): an integrator registered through the
 * sandbox opens it, the seller logs in and presses [Issue SCK], the integrator's address gets a
 * one-time code and the state, and the code exchanged server-to-server gives a key that works in
 * QAPI. Cancel, a wrong password and an unregistered address issue nothing.
 */
class GetAuthWindowTest {
  private static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";
  private static final String SELLER = "window-shop";
  private static final String PASSWORD = "window-pass-58";

  /**
   * The console's clock (sessions, login throttle), held still: the throttle's wait after the fifth
   * wrong password lasts one second of it, which a loaded machine used to spend between two
   * requests of one test.
   */
  private static final Clock CONSOLE_CLOCK =
      Clock.fixed(Instant.parse("2026-05-11T01:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dir;
  static Application app;
  static String callback;
  static String integratorId;

  @BeforeAll
  static void start() throws Exception {
    app = TestApp.start(dir, false, CONSOLE_CLOCK);
    app.marketplace()
        .sellers()
        .register(new NewSeller(SELLER, PASSWORD, "w@example.jp", "食品", true, 0));
    app.marketplace().keys().issueApiKey(SELLER);
    callback = "http://127.0.0.1:1/hub/getauth/callback";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.url() + "/sandbox/integrators"))
                    .header("X-Sandbox-Token", app.sandboxToken())
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"テスト連動ハブ\",\"redirectUri\":\"" + callback + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(201);
    integratorId = group(r.body(), "\"integratorId\":\"([^\"]+)\"");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private HttpClient http;

  @BeforeEach
  void newBrowser() {
    http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(app.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(app.url() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in " + text).isTrue();
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String windowQuery(String uri, String state) {
    return "/qsm/authorize?integrator="
        + integratorId
        + "&redirect_uri="
        + enc(uri)
        + "&state="
        + enc(state);
  }

  /** Opens the window and posts its form; answers the POST's response. */
  private HttpResponse<String> decide(String action, String password) throws Exception {
    return decideAs(SELLER, action, password);
  }

  private HttpResponse<String> decideAs(String login, String action, String password)
      throws Exception {
    HttpResponse<String> window = get(windowQuery(callback, "st-123"));
    assertThat(window.statusCode()).isEqualTo(200);
    String csrf = group(window.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
    return post(
        "/qsm/authorize",
        "_csrf="
            + enc(csrf)
            + "&integrator="
            + integratorId
            + "&redirect_uri="
            + enc(callback)
            + "&state=st-123&loginId="
            + login
            + "&password="
            + enc(password)
            + "&action="
            + action);
  }

  private HttpResponse<String> exchange(String code) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(app.url() + "/qsm/authorize/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "code="
                        + enc(code)
                        + "&redirect_uri="
                        + enc(callback)
                        + "&integrator="
                        + integratorId))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int issuedThroughIntegrators() {
    return app.marketplace().authorizations().issuedKeys(SELLER).size();
  }

  private static QapiClient qapi() {
    return QapiClient.builder()
        .baseUrl(app.url() + QAPI)
        .requestTimeout(Duration.ofSeconds(10))
        .retry(RetryPolicy.none())
        .build();
  }

  @Test
  void the_seller_issues_a_key_whose_one_time_code_the_integrator_exchanges_for_a_working_key()
      throws Exception {
    HttpResponse<String> window = get(windowQuery(callback, "st-123"));
    assertThat(window.body()).contains("テスト連動ハブ", "認証キー発行", "キャンセル", "QSM ID");
    assertThat(window.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("form-action 'self' http://127.0.0.1:1");

    HttpResponse<String> r = decide("issue", PASSWORD);

    assertThat(r.statusCode()).isEqualTo(303);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(callback + "?code=").endsWith("&state=st-123");
    String code = group(location, "code=([^&]+)");
    assertThat(code).hasSizeGreaterThanOrEqualTo(32);
    HttpResponse<String> token = exchange(code);
    assertThat(token.statusCode()).isEqualTo(200);
    String key = group(token.body(), "\"certificationKey\":\"([^\"]+)\"");
    assertThat(location).doesNotContain(key);
    assertThat(group(token.body(), "\"sellerId\":\"([^\"]+)\"")).isEqualTo(SELLER);
    try (QapiClient client = qapi()) {
      assertThat(
              client
                  .seller(new CertificationKey(key))
                  .getAllGoodsInfo(ItemStatus.ON_SALE, 1)
                  .code())
          .isZero();
    }
    assertThat(exchange(code).statusCode()).isEqualTo(400);
  }

  @Test
  void a_code_older_than_five_minutes_is_refused() throws Exception {
    HttpResponse<String> r = decide("issue", PASSWORD);
    String code = group(r.headers().firstValue("Location").orElseThrow(), "code=([^&]+)");
    app.marketplace().clock().advance(Duration.ofMinutes(6));
    try {
      HttpResponse<String> token = exchange(code);
      assertThat(token.statusCode()).isEqualTo(400);
      assertThat(token.body()).isEqualTo("{\"error\":\"invalid_grant\"}");
    } finally {
      app.marketplace().clock().advance(Duration.ofMinutes(-6));
    }
  }

  @Test
  void cancel_answers_access_denied_and_issues_nothing() throws Exception {
    int before = issuedThroughIntegrators();
    HttpResponse<String> r = decide("cancel", "");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElseThrow())
        .isEqualTo(callback + "?error=access_denied&state=st-123");
    assertThat(issuedThroughIntegrators()).isEqualTo(before);
  }

  @Test
  void a_wrong_password_shows_the_window_again_and_issues_nothing() throws Exception {
    int before = issuedThroughIntegrators();
    HttpResponse<String> r = decide("issue", "wrong-password");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Location")).isEmpty();
    assertThat(r.body()).contains("ログインIDまたはパスワードが正しくありません。", "テスト連動ハブ");
    assertThat(issuedThroughIntegrators()).isEqualTo(before);
  }

  @Test
  void an_address_that_is_not_registered_is_a_400_page_never_a_redirect() throws Exception {
    for (String uri : new String[] {"http://evil.example/cb", callback + "/x", callback + "?a=1"}) {
      HttpResponse<String> r = get(windowQuery(uri, "s"));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.headers().firstValue("Location")).isEmpty();
      assertThat(r.body()).contains("連動会社の指定が正しくありません");
    }
    assertThat(
            get("/qsm/authorize?integrator=itg-nosuch&redirect_uri=" + enc(callback)).statusCode())
        .isEqualTo(400);
    String csrf =
        group(get(windowQuery(callback, "s")).body(), "name=\"_csrf\" value=\"([^\"]+)\"");
    HttpResponse<String> posted =
        post(
            "/qsm/authorize",
            "_csrf="
                + enc(csrf)
                + "&integrator="
                + integratorId
                + "&redirect_uri="
                + enc("http://evil.example/cb")
                + "&state=s&action=cancel");
    assertThat(posted.statusCode()).isEqualTo(400);
    assertThat(posted.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void the_window_needs_its_csrf_token() throws Exception {
    get(windowQuery(callback, "s"));
    HttpResponse<String> r =
        post(
            "/qsm/authorize",
            "integrator="
                + integratorId
                + "&redirect_uri="
                + enc(callback)
                + "&state=s&loginId="
                + SELLER
                + "&password="
                + enc(PASSWORD)
                + "&action=issue");
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void a_key_the_seller_revokes_answers_as_an_invalid_key() throws Exception {
    HttpResponse<String> r = decide("issue", PASSWORD);
    String code = group(r.headers().firstValue("Location").orElseThrow(), "code=([^&]+)");
    String key = group(exchange(code).body(), "\"certificationKey\":\"([^\"]+)\"");
    long keyId = app.marketplace().authorizations().issuedKeys(SELLER).get(0).keyId();

    assertThat(app.marketplace().authorizations().revoke(SELLER, keyId)).isTrue();

    try (QapiClient client = qapi()) {
      assertThatThrownBy(
              () -> client.seller(new CertificationKey(key)).getAllGoodsInfo(ItemStatus.ON_SALE, 1))
          .isInstanceOf(QapiKeyInvalidException.class);
    }
  }

  private void login(String login, String password) throws Exception {
    String csrf = group(get("/login").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
    HttpResponse<String> r =
        post("/login", "_csrf=" + enc(csrf) + "&login=" + login + "&password=" + enc(password));
    assertThat(r.statusCode()).isEqualTo(303);
  }

  @Test
  void the_developer_page_lists_the_integrator_keys_and_revokes_one_which_then_answers_as_invalid()
      throws Exception {
    HttpResponse<String> r = decide("issue", PASSWORD);
    String code = group(r.headers().firstValue("Location").orElseThrow(), "code=([^&]+)");
    String key = group(exchange(code).body(), "\"certificationKey\":\"([^\"]+)\"");
    login(SELLER, PASSWORD);

    String page = get("/qsm/api").body();
    assertThat(page).contains("連動会社に発行した認証キー", "テスト連動ハブ", "取り消し");
    String keyId = group(page, "name=\"keyId\" value=\"(\\d+)\"");
    String csrf = group(page, "name=\"_csrf\" value=\"([^\"]+)\"");
    HttpResponse<String> revoked =
        post("/qsm/api/integrator-keys/revoke", "_csrf=" + enc(csrf) + "&keyId=" + keyId);
    assertThat(revoked.statusCode()).isEqualTo(303);
    String after = get("/qsm/api").body();
    assertThat(after).contains("認証キーを取り消しました", "取り消し済み");
    assertThat(after).doesNotContain("name=\"keyId\" value=\"" + keyId + "\"");

    try (QapiClient client = qapi()) {
      assertThatThrownBy(
              () -> client.seller(new CertificationKey(key)).getAllGoodsInfo(ItemStatus.ON_SALE, 1))
          .isInstanceOf(QapiKeyInvalidException.class);
    }
  }

  @Test
  void the_developer_page_lists_every_method_by_group_with_a_description() throws Exception {
    login(SELLER, PASSWORD);
    String page = get("/qsm/api").body();
    assertThat(page)
        .contains(
            "商品登録",
            "商品照会",
            "商品修正",
            "配送/クレーム管理",
            "お問い合わせ管理",
            "カテゴリ/ブランド",
            "ItemsBasic.SetNewGoods",
            "新しい商品を登録します。",
            "ShippingBasic.GetShippingInfo_v3",
            "Claim.SetCancelProcess");
    for (var m : app.marketplace().qapi().methods()) {
      assertThat(page).contains(m.fullName());
    }
    assertThat(page).doesNotContain("[qapi.");
    assertThat(page.indexOf("商品登録")).isLessThan(page.indexOf("商品照会"));
    assertThat(page.indexOf("ItemsBasic.SetNewGoods")).isLessThan(page.indexOf("商品照会"));
  }

  @Test
  void staff_register_an_integrator_on_their_screen() throws Exception {
    login("staff", TestApp.STAFF_PASSWORD);
    String csrf = group(get("/staff/integrators").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
    HttpResponse<String> r =
        post(
            "/staff/integrators",
            "_csrf="
                + enc(csrf)
                + "&name="
                + enc("スタッフ登録ハブ")
                + "&redirectUri="
                + enc("https://hub.example.jp/hub/getauth/callback"));
    assertThat(r.statusCode()).isEqualTo(303);
    String page = get("/staff/integrators").body();
    assertThat(page).contains("スタッフ登録ハブ", "https://hub.example.jp/hub/getauth/callback", "テスト連動ハブ");
    assertThat(
            app.marketplace()
                .authorizations()
                .byRedirectUri("https://hub.example.jp/hub/getauth/callback"))
        .isPresent();
  }

  @Test
  void the_window_counts_wrong_passwords_with_the_console_login_throttle() throws Exception {
    app.marketplace()
        .sellers()
        .register(new NewSeller("throttle-shop", "throttle-pass-9", "t@example.jp", "食品", true, 0));
    app.marketplace().keys().issueApiKey("throttle-shop");
    for (int i = 0; i < 5; i++) {
      assertThat(decideAs("throttle-shop", "issue", "wrong-" + i).body())
          .contains("ログインIDまたはパスワードが正しくありません。");
    }
    HttpResponse<String> refused = decideAs("throttle-shop", "issue", "throttle-pass-9");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("一時的にログインできません");
    assertThat(app.marketplace().authorizations().issuedKeys("throttle-shop")).isEmpty();

    String csrf = group(get("/login").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
    HttpResponse<String> console =
        post(
            "/login",
            "_csrf=" + enc(csrf) + "&login=throttle-shop&password=" + enc("throttle-pass-9"));
    assertThat(console.headers().firstValue("Location").orElseThrow()).startsWith("/login");
  }

  @Test
  void a_seller_without_an_api_key_is_told_why_and_nothing_is_issued() throws Exception {
    app.marketplace()
        .sellers()
        .register(new NewSeller("nokey-shop", "nokey-pass-4", "n@example.jp", "食品", true, 0));
    HttpResponse<String> r = decideAs("nokey-shop", "issue", "nokey-pass-4");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("API keyがないため発行できません");
    assertThat(app.marketplace().authorizations().issuedKeys("nokey-shop")).isEmpty();
  }
}
