package io.qconnect.app.console.hubui;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.AppConfig;
import io.qconnect.app.Application;
import io.qconnect.app.RunMode;
import java.net.CookieManager;
import java.net.ServerSocket;
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

/** The operator adding a shop at a URL the hub will not use reads why, in Japanese. */
class ShopUrlMessagesTest {
  private static final String OPERATOR_PASSWORD = "operator-pass-9375";
  private static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";

  @TempDir static Path dir;
  static Application app;
  final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  @BeforeAll
  static void start() {
    app =
        Application.start(
            new AppConfig(
                RunMode.ALL,
                0,
                dir.resolve("data"),
                "",
                "",
                "",
                "",
                "",
                "",
                true,
                0,
                java.time.Duration.ofMinutes(2),
                "staff-pass-4821",
                OPERATOR_PASSWORD));
  }

  @AfterAll
  static void stop() {
    app.close();
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

  private String csrf(String path) throws Exception {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String addShop(String baseUrl) throws Exception {
    return post(
            "/hub/shops",
            "_csrf="
                + csrf("/hub/shops/new")
                + "&_back=/hub/shops/new&shopId=other-shop&apiKey=KEY-0123456789&password=pw-12345678"
                + "&statuses=2&statuses=3&baseUrl="
                + enc(baseUrl))
        .body();
  }

  @Test
  void a_closed_port_and_a_url_with_credentials_are_refused_in_japanese() throws Exception {
    post(
        "/login", "_csrf=" + csrf("/login") + "&login=operator&password=" + enc(OPERATOR_PASSWORD));
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    assertThat(addShop("http://127.0.0.1:" + closed + QAPI))
        .contains("127.0.0.1 でQAPIが応答しませんでした。QAPI URLとネットワークを確認してください。");
    assertThat(addShop("http://admin:hunter2secret@127.0.0.1:" + closed + QAPI))
        .contains("QAPI URLにユーザー名やパスワード (user:pass@) は含められません。")
        .doesNotContain("hunter2secret");
    assertThat(app.hub().shops().find("other-shop")).isEmpty();
  }
}
