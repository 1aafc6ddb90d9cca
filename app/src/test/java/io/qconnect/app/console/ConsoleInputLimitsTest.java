package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.RequestForm;
import io.qconnect.marketplace.access.RequestStatus;
import io.qconnect.marketplace.seller.NewSeller;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oversized and unknown values in console forms are refused on the form's page with a message the
 * user can read (issue 14/15: they used to end in a 500 page, or silently became something else).
 */
class ConsoleInputLimitsTest {
  @TempDir static Path dir;
  static Application app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, false);
    TestApp.pinToBusinessDay(app);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static final class Client {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String csrf;

    Client() throws Exception {
      csrf = csrf("/login");
    }

    Client(String login, String password, String home) throws Exception {
      csrf = csrf("/login");
      assertThat(post("/login", "login=" + enc(login) + "&password=" + enc(password)).statusCode())
          .isEqualTo(303);
      csrf = csrf(home);
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(app.url() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(app.url() + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Accept-Language", "ja")
              .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf) + "&" + form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    String csrf(String path) throws Exception {
      Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
      assertThat(m.find()).as("a CSRF field on " + path).isTrue();
      return m.group(1);
    }

    /** Posts a form and answers the page it leads back to (with its message). */
    String refused(String path, String form) throws Exception {
      HttpResponse<String> r = post(path, form);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
      String page = get(r.headers().firstValue("Location").orElseThrow()).body();
      assertThat(page).contains("flash-error");
      return page;
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String request(String kind, String email, String category) {
    return "kind="
        + enc(kind)
        + "&email="
        + enc(email)
        + "&category="
        + enc(category)
        + "&purpose="
        + enc("在庫連携")
        + "&company="
        + enc("テスト株式会社");
  }

  @Test
  void a_request_with_a_3000_character_category_or_a_300_character_email_is_refused_by_name()
      throws Exception {
    app.marketplace()
        .sellers()
        .register(new NewSeller("limit-shop", "limit-pass-123", "l@example.jp", "ファッション", true, 0));
    Client seller = new Client("limit-shop", "limit-pass-123", "/qsm");

    assertThat(
            seller.refused(
                "/qsm/permissions/request", request("FTP", "l@example.jp", "カ".repeat(3000))))
        .contains("商品カテゴリ", "100");
    assertThat(
            seller.refused(
                "/qsm/permissions/request",
                request("FTP", "x".repeat(290) + "@example.jp", "ファッション")))
        .contains("メールアドレス", "200");
    assertThat(app.marketplace().access().requestsOf("limit-shop")).isEmpty();
  }

  @Test
  void a_refused_request_comes_back_with_what_was_typed_and_the_error_under_its_field()
      throws Exception {
    app.marketplace()
        .sellers()
        .register(new NewSeller("keep-shop", "keep-pass-1234", "k@example.jp", "ファッション", true, 0));
    Client seller = new Client("keep-shop", "keep-pass-1234", "/qsm");
    String purpose = "在庫と受注を<b>連携</b>します";

    String page =
        seller.refused(
            "/qsm/permissions/request",
            "_back=/qsm/permissions/request&kind=FTP&email="
                + enc("kept@example.jp")
                + "&category="
                + enc("カ".repeat(3000))
                + "&purpose="
                + enc(purpose)
                + "&company="
                + enc("テスト株式会社"));

    assertThat(page)
        .contains("value=\"kept@example.jp\"", "value=\"" + "カ".repeat(3000) + "\"")
        .contains("在庫と受注を&lt;b&gt;連携&lt;/b&gt;します</textarea>")
        .contains("<option value=\"FTP\" selected>")
        .containsPattern(
            "name=\"category\"[^>]*aria-invalid=\"true\"[^>]*><span class=\"field-error\""
                + " id=\"error-category\" role=\"alert\">商品カテゴリは100文字以内で入力してください（現在 3000文字）。");
    assertThat(seller.get("/qsm/permissions/request").body())
        .as("kept once: the next visit shows the form afresh")
        .doesNotContain("kept@example.jp", "field-error");
  }

  @Test
  void a_refused_login_keeps_the_login_id_but_never_the_password() throws Exception {
    Client visitor = new Client();
    HttpResponse<String> r =
        visitor.post("/login", "login=" + enc("someone-<x>") + "&password=" + enc("secret-pw-42"));
    assertThat(r.statusCode()).isEqualTo(303);
    String page = visitor.get("/login").body();
    assertThat(page).contains("value=\"someone-&lt;x>\"").doesNotContain("secret-pw-42");
  }

  @Test
  void a_request_of_an_unknown_kind_is_refused_not_filed_as_an_api_key_request() throws Exception {
    app.marketplace()
        .sellers()
        .register(new NewSeller("kind-shop", "kind-pass-1234", "k@example.jp", "ファッション", true, 0));
    Client seller = new Client("kind-shop", "kind-pass-1234", "/qsm");

    assertThat(
            seller.refused("/qsm/permissions/request", request("BOGUS", "k@example.jp", "ファッション")))
        .contains("権限の種類", "BOGUS", "API_KEY, FTP");
    assertThat(app.marketplace().access().requestsOf("kind-shop")).isEmpty();
  }

  @Test
  void a_5000_character_rejection_or_suspension_reason_is_refused_and_changes_nothing()
      throws Exception {
    app.marketplace()
        .sellers()
        .register(
            new NewSeller("reason-shop", "reason-pass-12", "r@example.jp", "ファッション", true, 0));
    long id =
        app.marketplace()
            .access()
            .file(
                new RequestForm(
                    PermissionKind.FTP, "reason-shop", "r@example.jp", "ファッション", "在庫連携", "テスト"))
            .id();
    Client staff = new Client("staff", TestApp.STAFF_PASSWORD, "/staff");

    assertThat(
            staff.refused(
                "/staff/requests/" + id + "/reject",
                "reason=" + enc("理".repeat(5000)) + "&_back=/staff"))
        .contains("却下理由", "1000");
    assertThat(app.marketplace().access().get(id).status()).isEqualTo(RequestStatus.PENDING);

    assertThat(
            staff.refused(
                "/staff/sellers/reason-shop/suspension",
                "api=on&reason=" + enc("理".repeat(5000)) + "&_back=/staff/sellers/reason-shop"))
        .contains("停止理由", "500");
    assertThat(app.marketplace().sellers().get("reason-shop").apiSuspended()).isFalse();
  }
}
