package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
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

/** The operator's order list refuses a filter it does not know instead of ignoring it. */
class HubOrderFilterTest {
  @TempDir static Path dir;
  static Application app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, true);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> get(HttpClient http, String path, String lang)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(app.url() + path))
            .header("Accept-Language", lang)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** An operator's browser, logged in. */
  private static HttpClient operator() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    Matcher m =
        Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
            .matcher(get(http, "/login", "ja").body());
    assertThat(m.find()).isTrue();
    String form =
        "_csrf="
            + m.group(1)
            + "&login=operator&password="
            + URLEncoder.encode(TestApp.OPERATOR_PASSWORD, StandardCharsets.UTF_8);
    http.send(
        HttpRequest.newBuilder(URI.create(app.url() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    return http;
  }

  @Test
  void an_unknown_status_filter_shows_an_error_naming_it_and_the_known_ones() throws Exception {
    HttpClient http = operator();

    HttpResponse<String> en = get(http, "/hub/orders?status=BOGUS", "en");
    HttpResponse<String> ja = get(http, "/hub/orders?status=BOGUS", "ja");

    assertThat(en.statusCode()).isEqualTo(400);
    assertThat(en.body())
        .contains("Hub status must be one of NEW, CONFIRMED, INSTRUCTED")
        .contains("'BOGUS'");
    assertThat(ja.statusCode()).isEqualTo(400);
    assertThat(ja.body()).contains("ハブのステータス は NEW, CONFIRMED").contains("「BOGUS」");
    assertThat(get(http, "/hub/orders?status=shipped", "en").statusCode()).isEqualTo(200);
    assertThat(get(http, "/hub/orders?status=", "en").statusCode()).isEqualTo(200);
  }
}
