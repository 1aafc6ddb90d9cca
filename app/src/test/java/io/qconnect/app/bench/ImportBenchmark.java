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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The import benchmark (not a test: it asserts only that every line arrived, and prints figures).
 * 100,000 order lines are imported from the marketplace over HTTP into the hub's database by the
 * hub's own backfill; the floor is a plain JDBC batch insert of the same rows into the same table
 * of the same database. Run: {@code mvn -B -pl app -am -Pbench verify}.
 */
@Tag("bench")
@ParameterizedClass
@EnumSource(Engine.class)
class ImportBenchmark {
  static final int LINES = Integer.getInteger("qc.bench.lines", 100_000);
  static final int DAYS = 80;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter Engine engine;

  @Test
  void import_from_the_marketplace_against_a_jdbc_batch_floor() throws Exception {
    try (MarketplaceServer market =
            new MarketplaceServer(Engine.H2, OffsetDateTime.now(), AccessSettings.demo());
        HikariDataSource hubDb = TestDatabases.fresh(engine)) {
      JsonNode seller =
          JSON.readTree(
                  market
                      .sandbox("POST", "/sandbox/seed", "{\"seed\":1,\"sellers\":1,\"items\":5}")
                      .body())
              .get("sellers")
              .get(0);
      String shopId = seller.get("sellerId").asText();
      writeOrders(market.dataSource, shopId);
      try (Hub hub = hub(hubDb)) {
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
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        assertThat(o).isInstanceOf(SyncOutcome.Ran.class);
        assertThat(((SyncOutcome.Ran) o).run().created()).isEqualTo(LINES);

        double floorSeconds = floor(hubDb, shopId);
        double importRate = LINES / importSeconds;
        double floorRate = LINES / floorSeconds;
        System.out.printf(
            Locale.ROOT,
            "%nIMPORT BENCHMARK %s: %,d lines | import over HTTP %.1f s = %,.0f lines/s | "
                + "JDBC batch floor %.1f s = %,.0f lines/s | ratio %.3f%n",
            engine,
            LINES,
            importSeconds,
            importRate,
            floorSeconds,
            floorRate,
            importRate / floorRate);
      }
    }
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

  /** 100,000 paid single-line carts spread over 80 days, written straight into the marketplace. */
  private static void writeOrders(HikariDataSource ds, String sellerId) throws Exception {
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
        for (int i = 0; i < LINES; i++) {
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
    List<Object[]> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO hub_shop SELECT 'floor' AS shop_id, "
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
            p.setObject(k++, i == shopIndex ? "floor" : r[i]);
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
