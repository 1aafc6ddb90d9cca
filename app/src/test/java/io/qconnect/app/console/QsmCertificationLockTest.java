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
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seller's own console shares the CreateCertificationKey limit (docs/qapi.md §2.2) and, unlike
 * QAPI, says that the attempts are locked and until when.
 */
class QsmCertificationLockTest {
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

  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(app.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void post(String path, String form) throws Exception {
    http.send(
        HttpRequest.newBuilder(URI.create(app.url() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String csrf(String path) throws Exception {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
    assertThat(m.find()).as("a CSRF field on " + path).isTrue();
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Issues a certification key on /qsm/api and answers the page shown after it. */
  private String issue(String password) throws Exception {
    post(
        "/qsm/api/certification",
        "_csrf=" + csrf("/qsm/api") + "&userId=lock-console-shop&password=" + enc(password));
    return get("/qsm/api").body();
  }

  @Test
  void after_five_wrong_passwords_the_seller_is_told_the_key_is_locked_until_when()
      throws Exception {
    app.marketplace()
        .sellers()
        .register(
            new NewSeller("lock-console-shop", "lock-pass-31", "l@example.jp", "食品", true, 0));
    app.marketplace().keys().issueApiKey("lock-console-shop");
    post(
        "/login",
        "_csrf=" + csrf("/login") + "&login=lock-console-shop&password=" + enc("lock-pass-31"));

    for (int i = 0; i < 5; i++) {
      assertThat(issue("wrong-" + i)).contains("ログインIDまたはパスワードが正しくありません。");
    }
    assertThat(issue("lock-pass-31")).contains("まで認証キーを発行できません。");

    app.marketplace().clock().advance(Duration.ofMinutes(10));
    assertThat(issue("lock-pass-31")).contains("Certification Keyを発行しました");
  }
}
