package io.qconnect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.qconnect.app.AppConfig;
import io.qconnect.app.Application;
import io.qconnect.app.RunMode;
import io.qconnect.marketplace.catalog.ShippingFeeType;
import io.qconnect.marketplace.catalog.file.FileEncoding;
import io.qconnect.marketplace.catalog.file.GoodsListColumns;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The GoodsList.csv export benchmark (not a test: it asserts only that every row arrived, and
 * prints figures). {@value #DEFAULT_ROWS} items ({@code -Dqc.bench.items=N}) are written straight
 * into the marketplace database of the real application ({@code marketplace} mode); a seller then
 * downloads GoodsList.csv over HTTP through the console, the body read and counted. The floor is a
 * plain FastCSV write of the same rows, read with plain JDBC from the same database into a counting
 * stream (no HTTP, no formula escaping). A second download is made while a sampler forces a GC
 * every 250 ms and records the live heap: its peak over the idle heap shows that memory does not
 * grow with the number of rows. Run: {@code mvn -B -pl app -am -Pbench verify
 * -Dtest=CatalogueExportBenchmark}.
 */
@Tag("bench")
@ParameterizedClass
@EnumSource(Engine.class)
class CatalogueExportBenchmark {
  static final int DEFAULT_ROWS = 1_000_000;
  static final int ROWS = Integer.getInteger("qc.bench.items", DEFAULT_ROWS);
  static final String SELLER = "bench-shop";
  static final String PASSWORD = "bench-pass-123";
  static final String SELECT =
      """
      SELECT item_code, seller_code, title, price, qty, expire_date, supply_price,
        commission_percent, shipping_fee, shipping_fee_type
      FROM mk_item WHERE seller_id = ? ORDER BY item_code""";

  @Parameter Engine engine;
  @TempDir Path dir;

  @Test
  void goods_list_export_against_a_plain_fastcsv_write_of_the_same_rows() throws Exception {
    HikariDataSource pg = engine == Engine.POSTGRES ? TestDatabases.postgres() : null;
    String url = pg == null ? "" : withLogin(pg.getJdbcUrl());
    try (Application app = start(url)) {
      app.marketplace()
          .sellers()
          .register(new NewSeller(SELLER, PASSWORD, "b@example.jp", "", true, 0));
      String jdbcUrl =
          pg != null
              ? url
              : "jdbc:h2:file:"
                  + dir.resolve("data").resolve("marketplace").toAbsolutePath()
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
      long t0 = System.nanoTime();
      write(jdbcUrl);
      System.out.printf(
          Locale.ROOT, "%nwrote %,d items in %.1f s%n", ROWS, (System.nanoTime() - t0) / 1e9);
      HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      login(http, app.url());
      String csv = app.url() + "/qsm/items/GoodsList.csv?stock=all";

      download(http, csv); // warm-up: JIT, caches
      floor(jdbcUrl);
      Figure export = timed(() -> download(http, csv));
      Figure floor = timed(() -> floor(jdbcUrl));
      long idle = liveHeap();
      HeapSampler sampler = new HeapSampler();
      sampler.start();
      long lines = download(http, csv);
      long peak = sampler.stop();
      assertThat(lines).isEqualTo(ROWS + 1L);
      double exportRate = ROWS / export.seconds;
      double floorRate = ROWS / floor.seconds;
      System.out.printf(
          Locale.ROOT,
          "%nGOODSLIST EXPORT BENCHMARK %s: %,d rows | GoodsList.csv over HTTP %.2f s = %,.0f rows/s"
              + " | plain FastCSV floor %.2f s = %,.0f rows/s | ratio %.3f | live heap idle %,d MB,"
              + " peak during export %,d MB, growth %,d MB%n",
          engine,
          ROWS,
          export.seconds,
          exportRate,
          floor.seconds,
          floorRate,
          exportRate / floorRate,
          idle >> 20,
          peak >> 20,
          (peak - idle) >> 20);
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  private static String withLogin(String url) {
    String login = "user=postgres&password=postgres";
    String base = url.replaceAll("[?&]user=[^&]*", "");
    return base + (base.contains("?") ? "&" : "?") + login;
  }

  private Application start(String marketplaceUrl) {
    return Application.start(
        AppConfig.builder(RunMode.MARKETPLACE, 0, dir.resolve("data"))
            .marketplaceDbUrl(marketplaceUrl)
            .autoApprove(true)
            .simulatorRate(0)
            .hubLockLease(Duration.ofMinutes(2))
            .staffPassword("bench-staff-pass-1")
            .operatorPassword("bench-operator-pass-1")
            .build());
  }

  /** The items, straight into mk_item by one INSERT ... SELECT over a range of numbers. */
  private void write(String url) throws Exception {
    String range =
        engine == Engine.H2
            ? "SYSTEM_RANGE(0, " + (ROWS - 1) + ") AS r(x)"
            : "generate_series(0, " + (ROWS - 1) + ") AS r(x)";
    try (Connection c = connect(url);
        PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO mk_item (item_code, seller_id, seller_code, title, category_code,"
                    + " price, qty, status, available_date_type, available_date_value,"
                    + " expire_date, listed_at, changed_at, supply_price, shipping_fee,"
                    + " shipping_fee_type)"
                    + " SELECT CAST(2000000000 + x AS VARCHAR(12)), ?, CONCAT('SKU-', x),"
                    + " CONCAT('オーガニックコットン Tシャツ 半袖 No.', x), '320001234',"
                    + " 1000 + MOD(x, 9000), MOD(x, 50), 'S2', '1', '3', ?, ?, ?,"
                    + " 500 + MOD(x, 500), CASE WHEN MOD(x, 3) = 0 THEN 0 ELSE 550 END,"
                    + " CASE WHEN MOD(x, 3) = 0 THEN 'FREE' ELSE 'FIXED' END FROM "
                    + range)) {
      Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
      p.setString(1, SELLER);
      p.setDate(2, java.sql.Date.valueOf(LocalDate.now().plusYears(1)));
      p.setTimestamp(3, now);
      p.setTimestamp(4, now);
      assertThat(p.executeUpdate()).isEqualTo(ROWS);
    }
  }

  private static Connection connect(String url) throws Exception {
    return url.startsWith("jdbc:h2:")
        ? DriverManager.getConnection(url, "sa", "")
        : DriverManager.getConnection(url);
  }

  /** The floor: the same rows by plain JDBC, written with FastCSV to a counting stream. */
  private static long floor(String url) throws Exception {
    CountingStream out = new CountingStream();
    try (Connection c = connect(url)) {
      c.setAutoCommit(false);
      try (PreparedStatement p = c.prepareStatement(SELECT)) {
        p.setFetchSize(1000);
        p.setString(1, SELLER);
        out.write(FileEncoding.UTF_8.bom());
        CsvWriter csv =
            CsvWriter.builder()
                .lineDelimiter(LineDelimiter.CRLF)
                .build(out, FileEncoding.UTF_8.charset());
        csv.writeRecord(GoodsListColumns.HEADER);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            long price = rs.getLong(4);
            csv.writeRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                Long.toString(price),
                Long.toString(rs.getLong(7)),
                Long.toString(price * rs.getInt(8) / 100),
                Integer.toString(rs.getInt(5)),
                Long.toString(rs.getLong(9)),
                ShippingFeeType.valueOf(rs.getString(10)).ja(),
                rs.getObject(6, LocalDate.class).toString());
          }
        }
        csv.flush();
      }
      c.commit();
    }
    return out.lines;
  }

  private static long download(HttpClient http, String url) throws IOException {
    try {
      HttpResponse<InputStream> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(r.statusCode()).isEqualTo(200);
      long lines = 0;
      byte[] buf = new byte[1 << 16];
      try (InputStream in = r.body()) {
        for (int n; (n = in.read(buf)) > 0; ) {
          for (int i = 0; i < n; i++) {
            if (buf[i] == '\n') {
              lines++;
            }
          }
        }
      }
      return lines;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void login(HttpClient http, String base) throws Exception {
    String page =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).isTrue();
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + m.group(1) + "&login=" + SELLER + "&password=" + PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
  }

  private record Figure(double seconds) {}

  @FunctionalInterface
  private interface Run {
    long run() throws Exception;
  }

  private static Figure timed(Run r) throws Exception {
    long t0 = System.nanoTime();
    long lines = r.run();
    double s = (System.nanoTime() - t0) / 1e9;
    assertThat(lines).isEqualTo(ROWS + 1L);
    return new Figure(s);
  }

  private static long liveHeap() {
    MemoryMXBean m = ManagementFactory.getMemoryMXBean();
    System.gc();
    return m.getHeapMemoryUsage().getUsed();
  }

  /** Forces a GC every 250 ms and keeps the highest heap use after it (the live set). */
  private static final class HeapSampler {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(liveHeap(), Math::max);
                try {
                  Thread.sleep(250);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");

    void start() {
      thread.start();
    }

    long stop() throws InterruptedException {
      running.set(false);
      thread.interrupt();
      thread.join();
      return Math.max(peak.get(), liveHeap());
    }
  }

  private static final class CountingStream extends OutputStream {
    long lines;

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }
}
