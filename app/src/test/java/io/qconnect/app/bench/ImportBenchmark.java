package io.qconnect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.hub.Hub;
import io.qconnect.hub.HubConfig;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import benchmark (not a test: it asserts only that every line arrived, and prints figures).
 * 100,000 order lines are imported from the marketplace over HTTP into the hub's database (H2 in a
 * file, as the hub runs by default, or PostgreSQL) by the hub's own backfill; the floor is a plain
 * JDBC batch insert of the same rows into the same table of the same database. A warm-up round
 * (half as many lines of another shop, imported and floored in a database of its own) runs first,
 * so that the JIT is not measured. Run: {@code mvn -B -pl app -am -Pbench verify
 * -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dqc.bench.engine=H2} for
 * one database.
 */
@Tag("bench")
@ParameterizedClass
@MethodSource("engines")
class ImportBenchmark {
  static final int LINES = Integer.getInteger("qc.bench.lines", 100_000);
  static final int DAYS = 80;

  /** Lines of the warm-up round (another shop), imported and floored before the measured round. */
  static final int WARM_UP = Integer.getInteger("qc.bench.warmUpLines", Math.max(1, LINES / 2));

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter Engine engine;

  /** Both databases, or only the one named by {@code -Dqc.bench.engine=H2} (or POSTGRES). */
  static List<Engine> engines() {
    String only = System.getProperty("qc.bench.engine", "");
    return Arrays.stream(Engine.values())
        .filter(e -> only.isBlank() || e.name().equalsIgnoreCase(only))
        .toList();
  }

  @Test
  void import_from_the_marketplace_against_a_jdbc_batch_floor() throws Exception {
    try (MarketplaceServer market =
        new MarketplaceServer(Engine.H2, OffsetDateTime.now(), AccessSettings.demo())) {
      JsonNode sellers =
          JSON.readTree(
                  market
                      .sandbox("POST", "/sandbox/seed", "{\"seed\":1,\"sellers\":2,\"items\":5}")
                      .body())
              .get("sellers");
      JsonNode warm = sellers.get(0);
      JsonNode seller = sellers.get(1);
      writeOrders(market.dataSource, warm.get("sellerId").asText(), WARM_UP, 0);
      writeOrders(market.dataSource, seller.get("sellerId").asText(), LINES, WARM_UP);
      // a warm-up round, not counted, in a database of its own: an import of another shop's lines
      // and a floor of them, so that neither side is measured while the JIT compiles its code
      try (HikariDataSource warmDb = hubDatabase(engine);
          Hub hub = hub(warmDb)) {
        importAll(hub, market, warm, WARM_UP);
        floor(warmDb, warm.get("sellerId").asText());
      }
      // the measured round: the import into an empty database, then the floor into the same table
      try (HikariDataSource hubDb = hubDatabase(engine);
          Hub hub = hub(hubDb)) {
        double importSeconds = importAll(hub, market, seller, LINES);
        // every imported line waits unmapped (no SKU exists): the unlinked queue's first page is
        // read from the order lines that hold no stock line
        long q0 = System.nanoTime();
        int waiting =
            hub.stock().mappings().unlinked(seller.get("sellerId").asText(), 50).lines().size();
        double queueMillis = (System.nanoTime() - q0) / 1e6;
        assertThat(waiting).isEqualTo(Math.min(50, LINES));
        double floorSeconds = floor(hubDb, seller.get("sellerId").asText());
        double importRate = LINES / importSeconds;
        double floorRate = LINES / floorSeconds;
        System.out.printf(
            Locale.ROOT,
            "%nIMPORT BENCHMARK %s: %,d lines | import over HTTP %.1f s = %,.0f lines/s | "
                + "JDBC batch floor %.1f s = %,.0f lines/s | ratio %.3f (target %s)"
                + " | unlinked queue, first page of %,d waiting lines: %.0f ms%n",
            engine,
            LINES,
            importSeconds,
            importRate,
            floorSeconds,
            floorRate,
            importRate / floorRate,
            engine == Engine.H2 ? ">= 0.5" : ">= 0.6",
            LINES,
            queueMillis);
      }
    }
  }

  /**
   * The hub's database as the hub runs on it: H2 in a file (the default of {@code hub} and {@code
   * all}; in memory with {@code -Dqc.bench.h2=mem}), or a fresh database on the embedded PostgreSQL
   * server.
   */
  private static HikariDataSource hubDatabase(Engine engine) throws Exception {
    if (engine != Engine.H2 || "mem".equals(System.getProperty("qc.bench.h2"))) {
      return TestDatabases.fresh(engine);
    }
    Path dir = Files.createTempDirectory("qc-import-bench");
    HikariDataSource ds =
        new HikariDataSource() {
          @Override
          public void close() {
            super.close();
            deleteTree(dir);
          }
        };
    ds.setJdbcUrl(
        "jdbc:h2:file:"
            + dir.resolve("hub").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    ds.setUsername("sa");
    ds.setPassword("");
    ds.setMaximumPoolSize(10);
    return ds;
  }

  private static void deleteTree(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }

  /** Connects the seller's shop and backfills it; the seconds the backfill took. */
  private static double importAll(Hub hub, MarketplaceServer market, JsonNode seller, int lines) {
    String shopId = seller.get("sellerId").asText();
    hub.shops()
        .connect(
            new NewShop(
                shopId,
                seller.get("apiKey").asText(),
                seller.get("password").asText(),
                market.qapiUrl(),
                new ShopSettings(List.of(2), 7, 60, false, false, 2, 30)));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    long t0 = System.nanoTime();
    SyncOutcome o = hub.sync().backfill(shopId, today.minusDays(DAYS), today);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(o).isInstanceOf(SyncOutcome.Ran.class);
    assertThat(((SyncOutcome.Ran) o).run().created()).isEqualTo(lines);
    return seconds;
  }

  private static Hub hub(HikariDataSource ds) {
    return Hub.create(
        HubConfig.builder("bench")
            .clientCustomizer(
                b ->
                    b.requestTimeout(Duration.ofMinutes(5))
                        .requestsPerSecond(1000)
                        .retry(RetryPolicy.none()))
            .build(),
        ds,
        Clock.systemUTC(),
        SecretBox.random());
  }

  /**
   * {@code lines} paid single-line carts spread over 80 days, written straight into the
   * marketplace, numbered from {@code first}.
   */
  private static void writeOrders(HikariDataSource ds, String sellerId, int lines, int first)
      throws Exception {
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).withNano(0);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement cart =
              c.prepareStatement(
                  "INSERT INTO mk_cart (pack_no, seller_id, buyer_name, buyer_kana, buyer_tel, buyer_mobile, buyer_email,"
                      + " receiver_name, receiver_kana, receiver_tel, receiver_mobile, zip_code, address1, address2,"
                      + " payment_method, ordered_at) VALUES (?, ?, '山田 太郎', 'ヤマダ タロウ', '+81--', '+81-90-1234-5678',"
                      + " 'b@example.jp', '山田 太郎', 'ヤマダ タロウ', '+81--', '+81-90-1234-5678', '150-0001', '東京都渋谷区',"
                      + " '神宮前1-2-3', 'CREDIT_CARD', ?)");
          PreparedStatement line =
              c.prepareStatement(
                  "INSERT INTO mk_order_line (order_no, pack_no, seller_id, item_code, seller_item_code, item_title,"
                      + " option_label, option_code, qty, unit_price, settle_price, status, order_date, payment_date,"
                      + " changed_at) VALUES (?, ?, ?, '1100000001', 'SKU-0001', 'ベンチマーク商品 オーガニックコットンTシャツ',"
                      + " 'カラー:ブルー / サイズ:L', 'SKU-0001-BLU-L', 1, 2980, 2682, 2, ?, ?, ?)")) {
        for (int i = first; i < first + lines; i++) {
          Timestamp at = Timestamp.valueOf(now.minusDays(i % DAYS).minusMinutes(1 + i % 600));
          cart.setLong(1, 700_000_000L + i);
          cart.setString(2, sellerId);
          cart.setTimestamp(3, at);
          cart.addBatch();
          line.setLong(1, 2_000_000_000L + i);
          line.setLong(2, 700_000_000L + i);
          line.setString(3, sellerId);
          line.setTimestamp(4, at);
          line.setTimestamp(5, at);
          line.setTimestamp(6, at);
          line.addBatch();
          if (i % 5000 == 4999) {
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
   * The floor: the imported rows, read back, inserted again under another shop with a plain JDBC
   * batch of 1,000 rows per statement execution and one commit.
   */
  private static double floor(HikariDataSource ds, String shopId) throws Exception {
    String floorShop = "floor";
    List<Object[]> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO hub_shop SELECT '"
              + floorShop
              + "' AS shop_id, "
              + otherColumns(c, "hub_shop", "shop_id")
              + " FROM hub_shop WHERE shop_id = '"
              + shopId
              + "'");
      try (ResultSet rs =
          s.executeQuery("SELECT * FROM hub_order_line WHERE shop_id = '" + shopId + "'")) {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          columns.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
        }
        while (rs.next()) {
          Object[] r = new Object[columns.size()];
          for (int i = 0; i < r.length; i++) {
            r[i] = rs.getObject(i + 1);
          }
          rows.add(r);
        }
      }
    }
    int idIndex = columns.indexOf("id");
    int shopIndex = columns.indexOf("shop_id");
    List<String> insertColumns = new ArrayList<>(columns);
    insertColumns.remove("id");
    String sql =
        "INSERT INTO hub_order_line ("
            + String.join(", ", insertColumns)
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(insertColumns.size(), "?"))
            + ")";
    long t0 = System.nanoTime();
    try (Connection c = ds.getConnection();
        PreparedStatement p = c.prepareStatement(sql)) {
      c.setAutoCommit(false);
      int n = 0;
      for (Object[] r : rows) {
        int k = 1;
        for (int i = 0; i < r.length; i++) {
          if (i != idIndex) {
            p.setObject(k++, i == shopIndex ? floorShop : r[i]);
          }
        }
        p.addBatch();
        if (++n % 1000 == 0) {
          p.executeBatch();
        }
      }
      p.executeBatch();
      c.commit();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String otherColumns(Connection c, String table, String except) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet rs =
        c.createStatement().executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String name = md.getColumnName(i).toLowerCase(Locale.ROOT);
        if (!name.equals(except)) {
          out.add(name);
        }
      }
    }
    return String.join(", ", out);
  }
}
