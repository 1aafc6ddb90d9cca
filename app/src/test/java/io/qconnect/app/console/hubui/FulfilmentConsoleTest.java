package io.qconnect.app.console.hubui;

import static io.qconnect.app.ConsoleClient.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.app.ConsoleClient;
import io.qconnect.app.TestConfigs;
import java.nio.file.Path;
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
  final ConsoleClient http = new ConsoleClient(app.url());

  @BeforeAll
  static void start() {
    app = Application.start(TestConfigs.all(dir, "staff-pass-4821", OPERATOR_PASSWORD));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private String shop() {
    return app.hub().shops().list().get(0).shopId();
  }

  private String login() throws Exception {
    http.post(
        "/login",
        "_csrf=" + http.csrf("/login") + "&login=operator&password=" + enc(OPERATOR_PASSWORD));
    return http.csrf("/hub/shops/" + shop() + "/fulfilment");
  }

  @Test
  void the_storage_status_and_the_webhook_are_saved_and_bad_values_refused_in_japanese()
      throws Exception {
    String csrf = login();
    String page = "/hub/shops/" + shop() + "/fulfilment";

    String bad =
        http.post(
                page,
                "_csrf=" + csrf + "&_back=" + page + "&storageStatus=NEW&webhookUrl=ftp%3A%2F%2Fx")
            .body();
    String noSecret =
        http.post(
                page,
                "_csrf="
                    + csrf
                    + "&_back="
                    + page
                    + "&storageStatus=NEW&webhookUrl="
                    + enc("http://127.0.0.1:9/wh"))
            .body();
    String saved =
        http.post(
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
        http.post(
                "/hub/shops/" + shop() + "/backfill",
                "_csrf=" + csrf + "&_back=" + page + "&from=2020-01-01&to=" + today.minusDays(1))
            .body();
    String queued =
        http.post(
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

    String none = http.post("/hub/orders/instruct", "_csrf=" + csrf + "&_back=/hub/orders").body();
    String unknown =
        http.post(
                "/hub/orders/release",
                "_csrf=" + csrf + "&_back=/hub/orders&line=" + enc(shop() + "/1"))
            .body();

    assertThat(none).contains("注文を選択してください。");
    assertThat(unknown).contains("処理できませんでした").contains("はありません").doesNotContain("has no order");
  }
}
