package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.seller.NewSeller;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's protections, checked over real HTTP. */
class ConsoleSecurityTest {
  @TempDir static Path dir;
  static Application app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, false);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** A browser-like client with its own cookies. */
  private static final class Client {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(app.url() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(app.url() + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    String csrf(String path) throws Exception {
      Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
      assertThat(m.find()).as("a CSRF field on " + path).isTrue();
      return m.group(1);
    }

    HttpResponse<String> login(String login, String password) throws Exception {
      return post(
          "/login",
          "_csrf=" + csrf("/login") + "&login=" + enc(login) + "&password=" + enc(password));
    }
  }

  /** The one Location of a redirect, relative to the app. */
  private static String where(HttpResponse<String> r) {
    assertThat(r.headers().allValues("Location")).hasSize(1);
    String l = r.headers().firstValue("Location").orElseThrow();
    return l.startsWith(app.url()) ? l.substring(app.url().length()) : l;
  }

  private static String decoded(String s) {
    return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
    HttpResponse<String> r = new Client().get("/login");
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("qc_session=").contains("HttpOnly", "SameSite=Lax");
    assertThat(cookie).doesNotContain("Secure");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).contains("charset=utf-8");
  }

  @Test
  void a_post_without_a_valid_csrf_token_is_refused_with_403() throws Exception {
    Client c = new Client();
    assertThat(c.login("staff", TestApp.STAFF_PASSWORD).statusCode()).isEqualTo(303);
    String form = "reviewCompleted=on&servicePoints=5&shippingDelays=0";
    assertThat(c.post("/staff/sellers/demo-shop/standing", form).statusCode()).isEqualTo(403);
    assertThat(c.post("/staff/sellers/demo-shop/standing", "_csrf=forged&" + form).statusCode())
        .isEqualTo(403);
    assertThat(app.marketplace().sellers().get("demo-shop").servicePoints()).isZero();
  }

  @Test
  void logging_in_replaces_the_session_and_pages_need_the_right_role() throws Exception {
    Client c = new Client();
    assertThat(c.get("/hub").statusCode()).isEqualTo(303);
    HttpResponse<String> login = c.login("demo-shop", "demo-pass-7");
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/qsm");
    assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly");
    assertThat(c.get("/qsm").statusCode()).isEqualTo(200);
    assertThat(c.get("/hub").statusCode()).isEqualTo(403);
    assertThat(c.get("/staff").statusCode()).isEqualTo(403);
  }

  @Test
  void the_language_switch_follows_only_plain_local_paths() throws Exception {
    Client c = new Client();
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("/%09/evil.example", "/");
    cases.put("//evil.example", "/");
    cases.put("/\\evil.example", "/");
    cases.put("https://evil.example", "/");
    cases.put("/%0d%0aSet-Cookie:x", "/");
    cases.put("/%2F/evil.example", "/");
    cases.put("/ /evil.example", "/");
    cases.put("", "/");
    cases.put("/qsm/orders?x=1", "/qsm/orders?x=1");
    for (Map.Entry<String, String> e : cases.entrySet()) {
      String raw = e.getKey();
      // the URL-encoded form a page would send, and for the encoded tricks the decoded one too
      for (String back : raw.contains("%") ? List.of(raw, decoded(raw)) : List.of(raw)) {
        HttpResponse<String> r = c.get("/lang?to=ja&back=" + enc(back));
        assertThat(r.statusCode()).as(back).isEqualTo(303);
        assertThat(where(r)).as(back).isEqualTo(e.getValue());
        assertThat(r.headers().allValues("Set-Cookie")).as(back).noneMatch(v -> v.startsWith("x"));
      }
    }
    HttpResponse<String> tab = c.get("/lang?to=ja&back=/%09/evil.example");
    assertThat(where(tab)).isEqualTo("/");
  }

  @Test
  void a_refused_action_goes_back_only_to_a_plain_local_path() throws Exception {
    Client c = new Client();
    c.login("staff", TestApp.STAFF_PASSWORD);
    String bad = "reviewCompleted=on&servicePoints=many&shippingDelays=0";
    for (String back :
        List.of(
            "/\t/evil.example",
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "/\r\nSet-Cookie:x",
            "/%2F/evil.example",
            "")) {
      HttpResponse<String> r =
          c.post(
              "/staff/sellers/demo-shop/standing",
              "_csrf=" + c.csrf("/staff") + "&_back=" + enc(back) + "&" + bad);
      assertThat(r.statusCode()).as(back).isEqualTo(303);
      assertThat(where(r)).as(back).isEqualTo("/staff");
    }
    HttpResponse<String> ok =
        c.post(
            "/staff/sellers/demo-shop/standing",
            "_csrf="
                + c.csrf("/staff")
                + "&_back="
                + enc("/staff/sellers/demo-shop?x=1")
                + "&"
                + bad);
    assertThat(where(ok)).isEqualTo("/staff/sellers/demo-shop?x=1");
  }

  @Test
  void what_sellers_type_is_escaped_on_staff_pages() throws Exception {
    app.marketplace()
        .sellers()
        .register(
            new NewSeller(
                "xss-shop", "xss-pass-123", "x@example.jp", "<script>alert(1)</script>", true, 0));
    Client c = new Client();
    c.login("staff", TestApp.STAFF_PASSWORD);
    String body = c.get("/staff/sellers/xss-shop").body();
    assertThat(body)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert");
  }

  @Test
  void keys_are_masked_unless_the_seller_asks_to_see_them() throws Exception {
    String key = app.marketplace().keys().revealApiKey("demo-shop").orElseThrow();
    Client c = new Client();
    c.login("demo-shop", "demo-pass-7");
    assertThat(c.get("/qsm/api").body()).doesNotContain(key);
    c.post("/qsm/api/reveal", "_csrf=" + c.csrf("/qsm/api"));
    assertThat(c.get("/qsm/api").body()).contains(key);
    assertThat(c.get("/qsm/api").body()).doesNotContain(key);
  }

  @Test
  void htmx_and_the_stylesheet_are_served() throws Exception {
    Client c = new Client();
    HttpResponse<String> js = c.get("/static/htmx.min.js");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.body()).contains("htmx");
    assertThat(c.get("/static/console.css").statusCode()).isEqualTo(200);
  }
}
