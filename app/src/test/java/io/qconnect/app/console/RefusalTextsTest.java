package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.app.ConsoleClient;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.RequestForm;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals reach the Japanese console in Japanese, naming the value and, for a QAPI result, its
 * code; the wire keeps Qoo10's English (the QAPI tests assert that).
 */
class RefusalTextsTest {
  private static final String SELLER = "demo-shop";

  @TempDir static Path dir;
  static Application app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, false);
    TestApp.pinToBusinessDay(app);
    // the hub would confirm the demo shop's orders itself; here the seller does
    app.hub().shops().delete(SELLER);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static ConsoleClient login(String login, String password) throws Exception {
    ConsoleClient c = new ConsoleClient(app.url());
    HttpResponse<String> r =
        c.post(
            "/login",
            "login="
                + ConsoleClient.enc(login)
                + "&password="
                + ConsoleClient.enc(password)
                + "&_csrf="
                + ConsoleClient.enc(c.csrf("/login")));
    assertThat(r.uri().getPath()).isNotEqualTo("/login");
    return c;
  }

  private static void japaneseOnly(HttpResponse<String> page) {
    assertThat(EnglishText.sentences(page.body())).as(page.uri().toString()).isEmpty();
  }

  @Test
  void a_ship_date_of_today_is_refused_in_japanese_with_the_qapi_code() throws Exception {
    long orderNo = TestApp.placeOrder(app, SELLER, "SKU-0001");
    ConsoleClient seller = login(SELLER, "demo-pass-7");
    String today = app.marketplace().clock().nowJst().toLocalDate().toString();

    HttpResponse<String> page =
        seller.post(
            "/qsm/orders/" + orderNo + "/confirm",
            "estShipDate=" + today + "&_csrf=" + ConsoleClient.enc(seller.csrf("/qsm/orders")));

    assertThat(page.body()).contains("発送予定日は本日より後の日付にしてください（-10018）");
    japaneseOnly(page);
  }

  @Test
  void a_rejection_without_a_reason_is_refused_in_japanese() throws Exception {
    long id =
        app.marketplace()
            .access()
            .file(
                new RequestForm(
                    PermissionKind.FTP, SELLER, "demo@example.jp", "ファッション", "在庫の一括更新のため", ""))
            .id();
    ConsoleClient staff = login("staff", TestApp.STAFF_PASSWORD);

    HttpResponse<String> page =
        staff.post(
            "/staff/requests/" + id + "/reject",
            "reason=&_csrf=" + ConsoleClient.enc(staff.csrf("/staff")));

    assertThat(page.body()).contains("却下理由を入力してください");
    japaneseOnly(page);
  }

  @Test
  void a_lookback_out_of_range_names_the_field_and_the_value_in_japanese() throws Exception {
    String apiKey = app.marketplace().keys().revealApiKey(SELLER).orElseThrow();
    app.hub()
        .shops()
        .connect(
            new NewShop(
                SELLER,
                apiKey,
                "demo-pass-7",
                URI.create(app.url() + "/GMKT.INC.Front.QAPIService/ebayjapan.qapi"),
                ShopSettings.defaults().withStatuses(2).withAutomation(false, false)));
    ConsoleClient operator = login("operator", TestApp.OPERATOR_PASSWORD);

    HttpResponse<String> page =
        operator.post(
            "/hub/shops/" + SELLER + "/settings",
            "statuses=2&statuses=3&lookbackDays=-5&_back=%2Fhub%2Fshops%2F"
                + SELLER
                + "&_csrf="
                + ConsoleClient.enc(operator.csrf("/hub/shops/" + SELLER)));

    assertThat(page.body()).contains("受注を取得する日数は1〜90の整数で入力してください（入力値: -5）");
    japaneseOnly(page);
  }

  @Test
  void an_unknown_address_shows_the_console_404_page_in_japanese() throws Exception {
    HttpResponse<String> page =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(URI.create(app.url() + "/qsm/no-such-page"))
                    .header("Accept", "text/html")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("お探しのページは見つかりません");
    japaneseOnly(page);
  }
}
