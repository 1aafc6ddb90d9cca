package io.qconnect.app.console.hubui;

import static io.qconnect.app.ConsoleClient.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.app.ConsoleClient;
import io.qconnect.app.TestConfigs;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderQuery;
import io.qconnect.hub.stock.Listing;
import io.qconnect.hub.stock.MappingService;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void a_confirmed_line_whose_codes_name_no_sku_waits_on_the_page_and_is_refused_in_japanese()
      throws Exception {
    String csrf = login();
    String shop = shop();
    var r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(app.url() + "/sandbox/simulator/orders"))
                    .header("X-Sandbox-Token", app.sandboxToken())
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"count\":3}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(1))
        .pollInterval(java.time.Duration.ofMillis(500))
        .until(
            () -> {
              app.hub().syncNow(shop);
              return !confirmed(shop).isEmpty();
            });
    OrderLine line = confirmed(shop).get(0);
    // the shop keeps stock in the hub: one of its other units is mapped to a SKU
    app.hub().stock().items().sync(shop);
    Listing other =
        app.hub().stock().mappings().units(shop, false, 0, 500).stream()
            .filter(
                u ->
                    !u.itemCode().equals(line.itemCode())
                        && !u.sellerCode().equals(line.itemCode()))
            .findFirst()
            .orElseThrow();
    app.hub().stock().service().set("CONSOLE-SKU-1", 5, "test");
    app.hub()
        .stock()
        .mappings()
        .map(
            List.of(
                new MappingService.Mapping(
                    "CONSOLE-SKU-1", shop, other.itemCode(), other.optionCode())));

    String refused =
        http.post(
                "/hub/orders/instruct",
                "_csrf=" + csrf + "&_back=/hub/orders&line=" + enc(shop + "/" + line.orderNo()))
            .body();
    String page = http.get("/hub/shops/" + shop + "/fulfilment").body();

    assertThat(refused)
        .contains("注文 " + line.orderNo() + " は商品コード (")
        .contains("がハブのSKUに対応していないため出荷指示できません")
        .doesNotContain("name no hub SKU");
    assertThat(app.hub().orders().get(shop, line.orderNo()).hubStatus())
        .isEqualTo(HubStatus.CONFIRMED);
    assertThat(page)
        .contains("id=\"waiting-for-sku\"")
        .contains("SKU割当待ちの明細")
        .contains("/hub/orders/" + shop + "/" + line.orderNo())
        .doesNotContain("id=\"waiting-shown\""); // fewer than the page lists: no cap to mention
  }

  private static List<OrderLine> confirmed(String shop) {
    return app
        .hub()
        .orders()
        .list(new OrderQuery(shop, HubStatus.CONFIRMED, null, null, 10))
        .stream()
        .filter(l -> l.qty() > 0)
        .toList();
  }
}
