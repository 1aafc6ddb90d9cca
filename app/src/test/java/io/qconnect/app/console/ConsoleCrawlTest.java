package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.AppConfig;
import io.qconnect.app.Application;
import io.qconnect.app.RunMode;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.marketplace.sandbox.Seeder;
import io.qconnect.protocol.wire.QapiDates;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every console page a role reaches by following links (GET only), with 10,000 orders in both
 * databases, in every console language: no page answers 5xx, every page answers within a second,
 * and a page in a language other than English has no English sentence ({@link EnglishText}). Pages
 * are deduplicated by the shape of their address (identifiers and page numbers replaced), so one
 * order's detail page stands for all of them.
 */
class ConsoleCrawlTest {
  /** The console's languages; a new language is added here. */
  static final List<String> LANGS = List.of("ja", "en", "ko");

  /** Languages whose pages must not contain English sentences. */
  static final List<String> NOT_ENGLISH = List.of("ja", "ko");

  static final int ORDERS = 10_000;
  static final int MAX_PAGES = 400;
  static final long SLOW_MS = 1_000;
  private static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";
  private static final String DB =
      "jdbc:h2:mem:crawl-marketplace-"
          + ProcessHandle.current().pid()
          + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** Pages reached by no link: missing records and an unknown address. */
  private static final Map<String, List<String>> UNLINKED =
      Map.of(
          "seller",
          List.of("/qsm/items/9999999999", "/qsm/bulk/requests/999999", "/no-such-page"),
          "staff",
          List.of("/staff/sellers/no-such-seller", "/no-such-page"),
          "operator",
          List.of("/hub/shops/no-such-shop", "/hub/orders/1", "/no-such-page"));

  @TempDir static Path dir;
  static Application app;
  static final List<String> report = new ArrayList<>();
  static final List<String> extraPages = new ArrayList<>();

  record Login(String role, String login, String password) {}

  static List<Object[]> rolesAndLangs() {
    List<Login> logins =
        List.of(
            new Login("seller", Seeder.sellerId(1), "demo-pass-7"),
            new Login("staff", "staff", TestApp.STAFF_PASSWORD),
            new Login("operator", "operator", TestApp.OPERATOR_PASSWORD));
    List<Object[]> out = new ArrayList<>();
    for (Login l : logins) {
      for (String lang : LANGS) {
        out.add(new Object[] {l, lang});
      }
    }
    return out;
  }

  @BeforeAll
  static void start() throws Exception {
    app =
        Application.start(
            AppConfig.builder(RunMode.ALL, 0, dir.resolve("data"))
                .marketplaceDbUrl(DB)
                .autoApprove(false)
                .simulatorRate(0)
                .hubLockLease(Duration.ofMinutes(2))
                .staffPassword(TestApp.STAFF_PASSWORD)
                .operatorPassword(TestApp.OPERATOR_PASSWORD)
                .build());
    TestApp.pinToBusinessDay(app);
    long t0 = System.nanoTime();
    String seller = Seeder.sellerId(1);
    writeOrders(seller);
    long t1 = System.nanoTime();
    int imported = importIntoHub(seller);
    long t2 = System.nanoTime();
    somethingOnEveryPage(seller);
    report.add(
        String.format(
            Locale.ROOT,
            "seeded %,d marketplace orders in %d ms, hub imported %,d lines in %d ms",
            ORDERS,
            (t1 - t0) / 1_000_000,
            imported,
            (t2 - t1) / 1_000_000));
  }

  @AfterAll
  static void stop() {
    report.forEach(System.out::println);
    if (app != null) {
      app.close();
    }
  }

  /** 10,000 paid single-line carts of the demo seller's first item, written straight in. */
  private static void writeOrders(String sellerId) throws Exception {
    LocalDateTime now = LocalDateTime.now(QapiDates.JST).withNano(0);
    try (Connection c = DriverManager.getConnection(DB, "", "")) {
      String itemCode;
      String title;
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT item_code, title FROM mk_item WHERE seller_id = ? ORDER BY item_code")) {
        q.setString(1, sellerId);
        try (ResultSet rs = q.executeQuery()) {
          assertThat(rs.next()).isTrue();
          itemCode = rs.getString(1);
          title = rs.getString(2);
        }
      }
      c.setAutoCommit(false);
      try (PreparedStatement cart =
              c.prepareStatement(
                  "INSERT INTO mk_cart (pack_no, seller_id, buyer_name, buyer_kana, buyer_tel,"
                      + " buyer_mobile, buyer_email, receiver_name, receiver_kana, receiver_tel,"
                      + " receiver_mobile, zip_code, address1, address2, payment_method,"
                      + " ordered_at) VALUES (?, ?, '山田 太郎', 'ヤマダ タロウ', '+81--',"
                      + " '+81-90-1234-5678', 'b@example.jp', '山田 太郎', 'ヤマダ タロウ', '+81--',"
                      + " '+81-90-1234-5678', '150-0001', '東京都渋谷区', '神宮前1-2-3',"
                      + " 'CREDIT_CARD', ?)");
          PreparedStatement line =
              c.prepareStatement(
                  "INSERT INTO mk_order_line (order_no, pack_no, seller_id, item_code,"
                      + " seller_item_code, item_title, qty, unit_price, settle_price, status,"
                      + " order_date, payment_date, est_ship_date, changed_at) VALUES (?, ?, ?, ?,"
                      + " 'SKU-0001', ?, 1, 2980, 2682, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < ORDERS; i++) {
          Timestamp at = Timestamp.valueOf(now.minusMinutes(1 + i % 5000));
          cart.setLong(1, 700_000_000L + i);
          cart.setString(2, sellerId);
          cart.setTimestamp(3, at);
          cart.addBatch();
          int status = i % 2 == 0 ? 2 : 3;
          line.setLong(1, 2_000_000_000L + i);
          line.setLong(2, 700_000_000L + i);
          line.setString(3, sellerId);
          line.setString(4, itemCode);
          line.setString(5, title);
          line.setInt(6, status);
          line.setTimestamp(7, at);
          line.setTimestamp(8, at);
          line.setObject(9, status == 3 ? LocalDate.now(QapiDates.JST).plusDays(3) : null);
          line.setTimestamp(10, at);
          line.addBatch();
          if (i % 2000 == 1999) {
            cart.executeBatch();
            line.executeBatch();
          }
        }
        cart.executeBatch();
        line.executeBatch();
      }
      c.commit();
    }
  }

  /**
   * Reconnects the demo shop without automation (so nothing runs behind the crawl) and backfills
   * the orders over QAPI.
   */
  private static int importIntoHub(String seller) throws Exception {
    String apiKey = app.marketplace().keys().revealApiKey(seller).orElseThrow();
    app.hub().shops().delete(seller);
    app.hub()
        .shops()
        .connect(
            new NewShop(
                seller,
                apiKey,
                "demo-pass-7",
                URI.create(app.url() + QAPI),
                ShopSettings.defaults().withStatuses(2, 3).withAutomation(false, false)));
    LocalDate today = LocalDate.now(QapiDates.JST);
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      SyncOutcome o = app.hub().sync().backfill(seller, today.minusDays(7), today);
      if (o instanceof SyncOutcome.Ran r) {
        return r.run().created();
      }
      assertThat(System.nanoTime()).as("the backfill ran: " + o).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  /**
   * What makes the other pages show something: a pending FTP request in the staff queue, a bulk
   * upload with a refused row, the shop's items in the hub with one SKU mapped, an alert.
   */
  private static void somethingOnEveryPage(String seller) {
    app.marketplace()
        .access()
        .file(
            new io.qconnect.marketplace.access.RequestForm(
                io.qconnect.marketplace.access.PermissionKind.FTP,
                seller,
                seller + "@example.jp",
                "ファッション",
                "在庫の一括更新のため",
                ""));
    String item =
        app.marketplace()
            .catalog()
            .find(seller, new io.qconnect.marketplace.catalog.ItemRef("", "SKU-0001"))
            .orElseThrow()
            .itemCode();
    String csv =
        "商品番号,販売者商品コード,データ種類,オプション1,詳細1,オプション2,詳細2,オプション3,詳細3,価格,数量,オプションコード\r\n"
            + item
            + ",SKU-0001,組合せ型,カラー,ブラック,サイズ,L,,,高い,30,CRAWL-BK-L\r\n";
    var bulk =
        app.marketplace()
            .bulk()
            .submit(
                seller,
                io.qconnect.marketplace.bulk.BulkSource.WEB,
                "",
                "InventoryManagement_gridInventory.csv",
                csv.getBytes(java.nio.charset.Charset.forName("windows-31j")));
    app.marketplace().bulk().processPending();
    extraPages.add("seller:/qsm/bulk/requests/" + bulk.id());
    extraPages.add("seller:/qsm/items/" + item);
    app.hub().stock().items().sync(seller);
    app.hub().stock().service().set("CRAWL-SKU-1", 25, "crawl");
    var unit = app.hub().stock().mappings().units(seller, false, 0, 1).get(0);
    app.hub()
        .stock()
        .mappings()
        .map(
            List.of(
                new io.qconnect.hub.stock.MappingService.Mapping(
                    "CRAWL-SKU-1", seller, unit.itemCode(), unit.optionCode())));
    extraPages.add("operator:/hub/stock/CRAWL-SKU-1");
    app.hub()
        .alerts()
        .raise(
            seller,
            io.qconnect.hub.sync.Alert.Kind.SYNC_FAILED,
            "Sync failed: no QAPI endpoint answered at localhost:1: check the URL (the QAPI"
                + " endpoint) and the network",
            "crawl");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("rolesAndLangs")
  void every_page_answers_in_time_without_errors_and_in_one_language(Login login, String lang)
      throws Exception {
    Crawler crawler = new Crawler(lang);
    crawler.login(login.login(), login.password());
    List<String> extra = new ArrayList<>(UNLINKED.get(login.role()));
    for (String e : extraPages) {
      if (e.startsWith(login.role() + ":")) {
        extra.add(e.substring(login.role().length() + 1));
      }
    }
    Crawl crawl = crawler.crawl(extra);
    report.add(
        String.format(
            Locale.ROOT,
            "%s/%s: %d pages, slowest %d ms (%s)",
            login.role(),
            lang,
            crawl.pages,
            crawl.slowestMs,
            crawl.slowest));
    java.nio.file.Files.createDirectories(Path.of("target"));
    java.nio.file.Files.write(
        Path.of("target", "console-crawl-" + login.role() + "-" + lang + ".txt"), crawl.visited);
    assertThat(crawl.pages).as("pages reached").isGreaterThan(3);
    assertThat(crawl.problems).as(login.role() + " in " + lang).isEmpty();
  }

  /** What one crawl found. */
  static final class Crawl {
    int pages;
    long slowestMs;
    String slowest = "";
    final Map<String, String> problems = new TreeMap<>();
    final List<String> visited = new ArrayList<>();
  }

  /** A browser-like client in one language, following every same-site link once per shape. */
  static final class Crawler {
    private final String lang;
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    Crawler(String lang) {
      this.lang = lang;
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(app.url() + path))
              .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
              .timeout(Duration.ofSeconds(30))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    void login(String login, String password) throws Exception {
      get("/lang?to=" + lang);
      Matcher m = CSRF.matcher(get("/login").body());
      assertThat(m.find()).isTrue();
      String form =
          "login=" + enc(login) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(app.url() + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.uri().getPath()).as("logged in as " + login).isNotEqualTo("/login");
    }

    Crawl crawl(List<String> extra) throws Exception {
      Crawl out = new Crawl();
      Map<String, String> seen = new LinkedHashMap<>();
      Deque<String> queue = new ArrayDeque<>();
      queue.add("/");
      queue.addAll(extra);
      while (!queue.isEmpty() && out.pages < MAX_PAGES) {
        String path = queue.poll();
        if (!extra.contains(path) && seen.putIfAbsent(shape(path), path) != null) {
          continue;
        }
        HttpResponse<String> r = timed(path, out);
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/html")) {
          continue;
        }
        check(path, r, out);
        for (Element a : Jsoup.parse(r.body(), app.url() + r.uri().getPath()).select("a[href]")) {
          String link = local(a.attr("abs:href"));
          if (link != null) {
            queue.add(link);
          }
        }
      }
      return out;
    }

    /** Fetches a page; a slow answer is fetched once more (a busy machine), the faster counts. */
    private HttpResponse<String> timed(String path, Crawl out) throws Exception {
      long t0 = System.nanoTime();
      HttpResponse<String> r = get(path);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (ms > SLOW_MS) {
        long t1 = System.nanoTime();
        r = get(path);
        ms = Math.min(ms, (System.nanoTime() - t1) / 1_000_000);
      }
      out.pages++;
      out.visited.add(r.statusCode() + " " + ms + " ms " + path);
      if (ms > out.slowestMs) {
        out.slowestMs = ms;
        out.slowest = path;
      }
      if (ms > SLOW_MS) {
        out.problems.put(path, "answered in " + ms + " ms");
      }
      return r;
    }

    private void check(String path, HttpResponse<String> r, Crawl out) {
      if (r.statusCode() >= 500) {
        out.problems.put(path, "status " + r.statusCode());
        return;
      }
      if (NOT_ENGLISH.contains(lang)) {
        List<String> english = EnglishText.sentences(r.body());
        if (!english.isEmpty()) {
          out.problems.merge(path, "English: " + english, (a, b) -> a + "; " + b);
        }
      }
    }

    /** The path and query of a link to this site that a GET may follow, else null. */
    private static String local(String href) {
      if (!href.startsWith(app.url() + "/")) {
        return null;
      }
      String p = href.substring(app.url().length());
      int hash = p.indexOf('#');
      p = hash >= 0 ? p.substring(0, hash) : p;
      if (p.startsWith("/lang") || p.startsWith("/logout") || p.startsWith("/static")) {
        return null;
      }
      return p;
    }

    /** The address with identifiers and page numbers replaced: one page stands for its kind. */
    static String shape(String path) {
      int q = path.indexOf('?');
      String p = (q < 0 ? path : path.substring(0, q)).replaceAll("[^/]*\\d{3,}[^/]*", "#");
      if (q < 0) {
        return p;
      }
      Map<String, String> params = new TreeMap<>();
      for (String kv : path.substring(q + 1).split("&")) {
        String[] parts = kv.split("=", 2);
        String v = parts.length > 1 ? parts[1] : "";
        boolean kind = v.matches("\\d{1,2}|[A-Za-z_]{1,16}") && !parts[0].equals("page");
        params.put(parts[0], kind ? v : "#");
      }
      return p + "?" + params;
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
