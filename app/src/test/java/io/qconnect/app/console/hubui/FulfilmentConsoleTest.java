package io.qconnect.app.console.hubui;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.AppConfig;
import io.qconnect.app.Application;
import io.qconnect.app.RunMode;
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
 * The fulfilment page: storage status and webhook saved, a backfill queued or refused in Japanese,
 * and the order list's action on ticked lines.
 */
class FulfilmentConsoleTest {
  private static final String OPERATOR_PASSWORD = "operator-pass-5127";
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

  private String shop() {
    return app.hub().shops().list().get(0).shopId();
  }

  private String login() throws Exception {
    post(
        "/login", "_csrf=" + csrf("/login") + "&login=operator&password=" + enc(OPERATOR_PASSWORD));
    return csrf("/hub/shops/" + shop() + "/fulfilment");
  }

  @Test
  void the_storage_status_and_the_webhook_are_saved_and_bad_values_refused_in_japanese()
      throws Exception {
    String csrf = login();
    String page = "/hub/shops/" + shop() + "/fulfilment";

    String bad =
        post(
                page,
                "_csrf=" + csrf + "&_back=" + page + "&storageStatus=NEW&webhookUrl=ftp%3A%2F%2Fx")
            .body();
    String noSecret =
        post(
                page,
                "_csrf="
                    + csrf
                    + "&_back="
                    + page
                    + "&storageStatus=NEW&webhookUrl="
                    + enc("http://127.0.0.1:9/wh"))
            .body();
    String saved =
        post(
                page,
                "_csrf="
                    + csrf
                    + "&_back="
                    + page
                    + "&storageStatus=ON_HOLD&autoInstruct=on&webhookUrl="
                    + enc("http://127.0.0.1:9/wh")
                    + "&webhookSecret=console-secret-0123456789")
            .body();

    assertThat(bad).contains("Webhook URLはhttpまたはhttpsのアドレス");
    assertThat(noSecret).contains("Webhookを使うには署名キーを入力してください。");
    assertThat(saved).contains("設定を保存しました").doesNotContain("console-secret-0123456789");
    var s = app.hub().shopFulfilment().get(shop());
    assertThat(s.storageStatus().name()).isEqualTo("ON_HOLD");
    assertThat(s.autoInstruct()).isTrue();
    assertThat(s.webhookSecretSet()).isTrue();
    app.hub()
        .shopFulfilment()
        .update(
            shop(),
            new io.qconnect.hub.fulfilment.FulfilmentPatch(
                io.qconnect.hub.orders.HubStatus.NEW, false, "", "", false));
  }

  @Test
  void a_backfill_over_two_years_is_refused_in_japanese_and_a_shorter_one_is_queued()
      throws Exception {
    String csrf = login();
    String page = "/hub/shops/" + shop() + "/fulfilment";
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));

    String refused =
        post(
                "/hub/shops/" + shop() + "/backfill",
                "_csrf=" + csrf + "&_back=" + page + "&from=2020-01-01&to=" + today.minusDays(1))
            .body();
    String queued =
        post(
                "/hub/shops/" + shop() + "/backfill",
                "_csrf="
                    + csrf
                    + "&_back="
                    + page
                    + "&from="
                    + today.minusDays(3)
                    + "&to="
                    + today.minusDays(1))
            .body();

    assertThat(refused).contains("一度に取り込める期間は最長2年 (731日) です。");
    assertThat(queued).contains("の取込を受け付けました").contains("id=\"backfill-list\"");
    assertThat(app.hub().backfills().list(shop(), 10)).hasSize(1);
  }

  @Test
  void ticking_no_line_or_a_line_that_is_not_confirmed_is_refused_in_japanese() throws Exception {
    String csrf = login();

    String none = post("/hub/orders/instruct", "_csrf=" + csrf + "&_back=/hub/orders").body();
    String unknown =
        post(
                "/hub/orders/release",
                "_csrf=" + csrf + "&_back=/hub/orders&line=" + enc(shop() + "/1"))
            .body();

    assertThat(none).contains("注文を選択してください。");
    assertThat(unknown).contains("処理できませんでした");
  }
}
