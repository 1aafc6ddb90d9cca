package io.qconnect.app.console;

import static io.qconnect.app.ConsoleClient.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.app.ConsoleClient;
import io.qconnect.hub.grid.GridFilter;
import io.qconnect.hub.grid.GridLine;
import io.qconnect.hub.orders.HubStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The operator's order grid in Chromium, in Japanese: filter, page, a bad date range kept with its
 * error, bulk ship with a carrier from the list, bulk instruct, the CSV export and a tracking
 * upload with its per-row results. Screenshots: {@code target/screenshots/huborders-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubOrderGridJourneyTest {
  private static final String SHOP = "demo-shop";

  @TempDir static Path dir;
  static Application app;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    app = TestApp.start(dir, true);
    TestApp.pinToBusinessDay(app);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.url() + "/sandbox/simulator/orders"))
                    .header("X-Sandbox-Token", app.sandboxToken())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"count\":150}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(201);
    browser = new Browser(app.url(), dir.resolve("chrome"), "huborders");
    // the demo shop is imported every minute and by each order mail, so a run of its own often
    // answers Busy, and the lines come in over several runs: wait until every line the marketplace
    // has in the statuses the shop imports (2, 3) is in the hub, whichever run brought it, so that
    // none arrives while a test pages the grid (up to two minutes: a loaded machine runs other
    // suites beside this one)
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(2))
        .pollInterval(java.time.Duration.ofMillis(500))
        .until(
            () -> {
              app.hub().syncNow(SHOP);
              long wanted = marketplaceLines();
              return wanted > 100 && total() >= wanted;
            });
    browser.login("operator", TestApp.OPERATOR_PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  /** The marketplace's lines of the shop in the statuses the hub imports for it (2 and 3). */
  private static long marketplaceLines() {
    Map<Integer, Integer> counts = app.marketplace().orderQueries().countsOfSeller(SHOP);
    return counts.getOrDefault(2, 0) + counts.getOrDefault(3, 0);
  }

  private static long total() {
    return app.hub().grid().page(GridFilter.ALL, 1, 1).total();
  }

  /** Lines of the demo shop in a hub status, newest first. */
  private static List<GridLine> lines(HubStatus status) {
    return app.hub()
        .grid()
        .page(new GridFilter(SHOP, status, null, null, null, null), 1, 500)
        .lines();
  }

  /** Two confirmed lines of different carts. */
  private static long[] twoCarts() {
    List<GridLine> confirmed = lines(HubStatus.CONFIRMED);
    GridLine a = confirmed.get(0);
    GridLine b =
        confirmed.stream()
            .filter(g -> g.line().packNo() != a.line().packNo())
            .findFirst()
            .orElseThrow();
    return new long[] {a.line().orderNo(), b.line().orderNo()};
  }

  @Test
  @Order(1)
  void the_grid_counts_every_line_pages_them_and_keeps_the_filter_in_the_paging_links() {
    browser.open("/hub/orders?shop=" + SHOP);

    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("全 (\\d+) 件中 1～50 件を表示")
            .matcher(browser.text(By.id("grid-total")));
    assertThat(m.find()).isTrue();
    long total = Long.parseLong(m.group(1));
    assertThat(total).isGreaterThan(50).isLessThanOrEqualTo(total());
    assertThat(browser.all(By.cssSelector("#hub-orders tr.order-row"))).hasSize(50);
    String first = browser.all(By.cssSelector("#hub-orders tr.order-row")).get(0).getText();
    assertThat(first).doesNotContain("00:00").contains(SHOP);
    assertThat(browser.all(By.cssSelector("#hub-orders td.est-ship")).get(0).getText())
        .matches("\\d{4}.\\d{2}.\\d{2}.*|-");
    browser.shot("grid");

    browser.click(By.cssSelector("a.next-page"));

    assertThat(browser.url()).contains("shop=" + SHOP).contains("page=2");
    assertThat(browser.text(By.id("grid-total"))).containsPattern("件中 51～\\d+ 件を表示");
    assertThat(browser.all(By.cssSelector("#hub-orders tr.order-row"))).hasSizeBetween(1, 50);
    browser.shot("page-2");
  }

  @Test
  @Order(2)
  void a_search_by_order_number_finds_the_line_with_its_buyer_and_address() {
    GridLine any = lines(null).get(0);
    long no = any.line().orderNo();

    browser.open("/hub/orders");
    browser.type(By.id("filter-no"), Long.toString(no));
    browser.click(By.id("filter-submit"));

    assertThat(browser.all(By.cssSelector("#hub-orders tr.order-row"))).isNotEmpty();
    String row = browser.text(By.id("row-" + SHOP + "-" + no));
    assertThat(row).contains(any.parties().receiver());
    assertThat(browser.find(By.id("filter-no")).getAttribute("value")).isEqualTo(Long.toString(no));
    browser.shot("search");
  }

  @Test
  @Order(3)
  void a_bad_date_range_is_said_next_to_the_field_in_japanese_and_the_filters_are_kept() {
    browser.open("/hub/orders?shop=" + SHOP + "&status=CONFIRMED&from=2026-12-01&to=2026-11-01");

    assertThat(browser.text(By.id("error-to")))
        .isEqualTo(
            "注文日 (まで) "
                + date("2026-11-01")
                + " が 注文日 (から) "
                + date("2026-12-01")
                + " より前です。"
                + date("2026-12-01")
                + " 以降の日付にしてください。");
    assertThat(browser.find(By.id("filter-from")).getAttribute("value")).isEqualTo("2026-12-01");
    assertThat(browser.find(By.id("filter-to")).getAttribute("value")).isEqualTo("2026-11-01");
    assertThat(new Select(browser.find(By.id("filter-status"))).getFirstSelectedOption().getText())
        .isEqualTo("注文確認済み");
    assertThat(new Select(browser.find(By.name("shop"))).getFirstSelectedOption().getText())
        .isEqualTo(SHOP);
    assertThat(browser.text(By.id("filter-errors"))).isEqualTo("検索条件を確認してください。");
    browser.shot("bad-range");
  }

  private static void openUpload() {
    if (browser.find(By.id("upload-card")).getAttribute("open") == null) {
      browser.find(By.cssSelector("#upload-card summary")).click();
    }
  }

  /** A date as the console writes it. */
  private static String date(String iso) {
    return Messages.load().choose("ja", null).date(java.time.LocalDate.parse(iso));
  }

  @Test
  @Order(4)
  void ticked_lines_ship_with_a_carrier_from_the_list_and_a_tracking_number_each() {
    long[] two = twoCarts();
    long a = two[0];
    long b = two[1];
    browser.open("/hub/orders?shop=" + SHOP + "&status=CONFIRMED");

    browser.find(By.id("tick-" + SHOP + "-" + a)).click();
    browser.find(By.id("tick-" + SHOP + "-" + b)).click();
    browser.type(By.id("tn-" + SHOP + "-" + a), "4912-0000-0001");
    browser.type(By.id("tn-" + SHOP + "-" + b), "bad tracking");
    new Select(browser.find(By.id("ship-carrier"))).selectByVisibleText("ヤマト宅急便");
    browser.click(By.id("ship-ticked"));

    assertThat(browser.text(By.id("ship-results")))
        .contains("発送登録しました (ヤマト宅急便 4912-0000-0001)")
        .contains("送り状番号「bad tracking」は使えません");
    assertThat(browser.url()).contains("status=CONFIRMED");
    assertThat(app.hub().shipments().find(SHOP, a)).isPresent();
    assertThat(app.hub().shipments().find(SHOP, b)).isEmpty();
    browser.shot("bulk-ship");
    browser.open("/hub/orders?shop=" + SHOP + "&no=" + a);
    browser.until(
        () -> {
          browser.open("/hub/orders?shop=" + SHOP + "&no=" + a);
          return browser
              .text(By.cssSelector("#row-" + SHOP + "-" + a + " td.writeback"))
              .contains("送信済み");
        });
    assertThat(browser.text(By.id("row-" + SHOP + "-" + a))).contains("4912-0000-0001");
    browser.shot("shipped-sent");
  }

  @Test
  @Order(5)
  void ticked_confirmed_lines_get_shipping_instructions() {
    long[] two = twoCarts();
    long a = two[0];
    long b = two[1];
    browser.open("/hub/orders?shop=" + SHOP + "&status=CONFIRMED");

    browser.find(By.id("tick-" + SHOP + "-" + a)).click();
    browser.find(By.id("tick-" + SHOP + "-" + b)).click();
    browser.click(By.id("instruct-ticked"));

    assertThat(browser.text(By.cssSelector(".flash-ok"))).contains("2 件の注文に出荷指示を出しました");
    browser.open("/hub/orders?shop=" + SHOP + "&status=INSTRUCTED");
    assertThat(browser.text(By.id("row-" + SHOP + "-" + a))).contains("指示済み", "出荷指示済み");
    browser.shot("bulk-instruct");
  }

  @Test
  @Order(6)
  void the_csv_export_has_every_line_of_the_filter_across_pages() throws Exception {
    browser.open("/hub/orders?shop=" + SHOP);
    String href = browser.find(By.id("export-csv")).getAttribute("href");
    assertThat(href).contains("/hub/orders.csv?shop=" + SHOP);
    ConsoleClient http = new ConsoleClient(app.url());
    http.post(
        "/login",
        "_csrf="
            + http.csrf("/login")
            + "&login=operator&password="
            + enc(TestApp.OPERATOR_PASSWORD));

    long before = total();
    HttpResponse<String> csv = http.get("/hub/orders.csv?shop=" + SHOP);
    long after = total();

    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    List<String> rows = csv.body().lines().toList();
    assertThat(rows.getFirst()).startsWith("\uFEFFショップID,注文番号,カート番号");
    assertThat((long) rows.size() - 1).isBetween(before, after).isGreaterThan(50);
    assertThat(csv.body()).contains("送信済み", "注文確認済み");
    HttpResponse<String> bad = http.get("/hub/orders.csv?from=2026-12-01&to=2026-11-01");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("より前です");
  }

  @Test
  @Order(7)
  void an_uploaded_tracking_file_ships_its_rows_and_reports_each_one() throws Exception {
    long[] two = twoCarts();
    long a = two[0];
    long b = two[1];
    Path file = dir.resolve("送り状.csv");
    Files.writeString(
        file,
        "\uFEFF注文番号,配送会社,送り状番号\r\n"
            + a
            + ",佐川急便,3601-0000-0001\r\n"
            + b
            + ",,\r\n"
            + "9999999,佐川急便,3601-0000-0009\r\n",
        StandardCharsets.UTF_8);
    browser.open("/hub/orders?shop=" + SHOP);

    openUpload();
    new Select(browser.find(By.id("upload-shop"))).selectByValue(SHOP);
    browser.find(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
    browser.click(By.id("upload-submit"));

    String results = browser.text(By.id("ship-results"));
    assertThat(results)
        .contains("送り状.csv")
        .contains("発送登録しました (佐川急便 3601-0000-0001)")
        .contains("配送会社・送り状番号が空欄のためスキップしました")
        .contains("注文 " + SHOP + "/9999999 はありません");
    assertThat(app.hub().shipments().find(SHOP, a)).isPresent();
    browser.shot("upload");

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "注文番号,メモ\r\n" + b + ",x\r\n", StandardCharsets.UTF_8);
    openUpload();
    browser.find(By.id("upload-file")).sendKeys(bad.toAbsolutePath().toString());
    browser.click(By.id("upload-submit"));

    assertThat(browser.text(By.cssSelector(".flash-error")))
        .contains("見出し行に 注文番号・配送会社・送り状番号 の列がありません");
    assertThat(app.hub().shipments().find(SHOP, b)).isEmpty();
    browser.shot("upload-bad-header");
  }
}
