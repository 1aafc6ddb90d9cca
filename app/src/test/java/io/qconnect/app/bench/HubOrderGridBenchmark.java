package io.qconnect.app.bench;

import static io.qconnect.app.ConsoleClient.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.app.AppConfig;
import io.qconnect.app.Application;
import io.qconnect.app.ConsoleClient;
import io.qconnect.app.RunMode;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The operator's order grid with 10,000 order lines in the hub's database (H2 and PostgreSQL): each
 * page is fetched over HTTP by a logged-in operator (first page, a middle page, the last page, a
 * status filter, a write-back filter) and the whole CSV export; prints the median of 10 calls after
 * 3 warm-ups. Not a test: it asserts only that the pages answered. Run: {@code mvn -B -pl app -am
 * -Pbench verify -Dtest=HubOrderGridBenchmark}.
 */
@Tag("bench")
@ParameterizedClass
@EnumSource(Engine.class)
class HubOrderGridBenchmark {
  static final int LINES = 10_000;
  private static final String OPERATOR_PASSWORD = "operator-pass-bench";

  @Parameter Engine engine;
  @TempDir Path dir;

  @Test
  void the_grid_pages_and_the_export_with_ten_thousand_lines() throws Exception {
    try (HikariDataSource db = TestDatabases.fresh(engine);
        Application app = Application.start(config(db))) {
      insertLines(db, "demo-shop");
      ConsoleClient http = new ConsoleClient(app.url());
      http.post(
          "/login",
          "_csrf=" + http.csrf("/login") + "&login=operator&password=" + enc(OPERATOR_PASSWORD));
      int last = LINES / 50 + 1;
      for (String path :
          List.of(
              "/hub/orders",
              "/hub/orders?page=100",
              "/hub/orders?page=" + last,
              "/hub/orders?shop=demo-shop&status=CONFIRMED",
              "/hub/orders?wb=NONE&from=2026-01-01&to=2026-12-31",
              "/hub/orders.csv")) {
        System.out.printf(
            "[bench] %s %-52s median %6.1f ms%n", engine, path, median(http, path) / 1e6);
      }
    }
  }

  private AppConfig config(HikariDataSource db) {
    String url = db.getJdbcUrl();
    url +=
        engine == Engine.POSTGRES
            ? (url.contains("?") ? "&" : "?") + "user=postgres&password=postgres"
            : ";USER=sa;PASSWORD=";
    return AppConfig.builder(RunMode.ALL, 0, dir.resolve("data"))
        .hubDbUrl(url)
        .autoApprove(true)
        .simulatorRate(0)
        .hubLockLease(Duration.ofMinutes(2))
        .staffPassword("staff-pass-bench-1")
        .operatorPassword(OPERATOR_PASSWORD)
        .build();
  }

  private static long median(ConsoleClient http, String path) throws Exception {
    long[] t = new long[13];
    for (int i = 0; i < t.length; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.get(path);
      t[i] = System.nanoTime() - t0;
      assertThat(r.statusCode()).as(path).isEqualTo(200);
    }
    long[] measured = Arrays.copyOfRange(t, 3, t.length);
    Arrays.sort(measured);
    return measured[measured.length / 2];
  }

  /** 10,000 lines of the demo shop, a minute apart, with buyer and address in their detail. */
  private static void insertLines(HikariDataSource db, String shop) throws Exception {
    String sql =
        """
        INSERT INTO hub_order_line (shop_id, order_no, pack_no, qoo10_status, hub_status,
          order_date, payment_date, est_ship_date, item_code, seller_item_code, item_title,
          option_text, qty, total, detail, first_seen_at, updated_at, version)
        VALUES (?, ?, ?, 3, 'CONFIRMED', ?, ?, ?, '1100000001', 'SKU-0001',
          'ベンチマーク商品 オーガニックコットンTシャツ', 'カラー:ブルー', 1, 2980, ?, ?, ?, 1)""";
    LocalDateTime start = LocalDateTime.of(2026, 3, 1, 9, 0);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Long> nos = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < LINES; i++) {
        long no = 9_000_000_000L + i;
        nos.add(no);
        LocalDateTime at = start.plusMinutes(i);
        p.setString(1, shop);
        p.setLong(2, no);
        p.setLong(3, no);
        p.setTimestamp(4, Timestamp.valueOf(at));
        p.setTimestamp(5, Timestamp.valueOf(at.plusMinutes(2)));
        p.setTimestamp(6, Timestamp.valueOf(at.toLocalDate().plusDays(2).atStartOfDay()));
        p.setString(
            7,
            "{\"Buyer\":\"山田 太郎\",\"Receiver\":\"山田 花子\",\"ZipCode\":\"150-0001\","
                + "\"ShippingAddress\":\"東京都渋谷区神宮前1-2-3\",\"Address1\":\"\",\"Address2\":\"\"}");
        p.setObject(8, now);
        p.setObject(9, now);
        p.addBatch();
        if (i % 1000 == 999) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
    assertThat(nos).hasSize(LINES);
  }
}
