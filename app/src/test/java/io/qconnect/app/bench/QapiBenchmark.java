package io.qconnect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.item.GoodsInfoList;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.wire.QapiDates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QAPI benchmark (not a test: it checks only that the calls answer what they should, and prints
 * figures). One marketplace process — the real {@code Main marketplace}, H2 file database, in a
 * child JVM so that the load generator does not share its JVM — seeded with a seller, 50 items and
 * 100 paid orders; then {@code wrk} with {@value #CONNECTIONS} connections against {@code /health},
 * ItemsLookup.GetItemDetailInfo going round the 50 items and ShippingBasic.GetShippingInfo_v3
 * answering 100 rows, one after the other, in rounds. Figures are the mean over the rounds; ratios
 * are to {@code /health} on the same server in the same run. Skipped, saying so, when {@code wrk}
 * is not installed. Run: {@code mvn -B -pl app -am -Pbench verify} ({@code -Dqc.bench.seconds=N}
 * per measurement, {@code -Dqc.bench.rounds=N}, {@code -Dqc.bench.jfr=FILE} records the server with
 * JFR).
 */
@Tag("bench")
class QapiBenchmark {
  static final int CONNECTIONS = 4;
  static final int ORDERS = 100;
  static final int SECONDS = Integer.getInteger("qc.bench.seconds", 10);
  static final int ROUNDS = Integer.getInteger("qc.bench.rounds", 2);
  private static final String TOKEN = "bench-sandbox-token";
  private static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void qapi_methods_against_health_on_one_server() throws Exception {
    String wrk = wrk();
    assumeTrue(
        wrk != null,
        "QAPI benchmark skipped: wrk is not installed (apt-get install -y wrk, or brew install wrk)");
    try (ChildJvm server = server(dir)) {
      Map<String, Target> targets = seed(server.url, dir);
      String only = System.getProperty("qc.bench.only", "");
      targets.keySet().removeIf(k -> !k.equals("/health") && !k.contains(only));
      Map<String, List<Run>> runs = new LinkedHashMap<>();
      for (String name : targets.keySet()) {
        wrk(wrk, server, targets.get(name), Math.max(5, SECONDS)); // warm-up: JIT, caches, pools
        runs.put(name, new ArrayList<>());
      }
      for (int round = 0; round < ROUNDS; round++) {
        for (Map.Entry<String, Target> t : targets.entrySet()) {
          runs.get(t.getKey()).add(wrk(wrk, server, t.getValue(), SECONDS));
        }
      }
      print(runs);
    }
  }

  /**
   * What wrk asks for: a URL, or a wrk script going through several paths of its host.
   *
   * @param script null for the URL alone
   */
  record Target(String url, Path script) {}

  /**
   * The three targets, after checking that each answers what the figures claim. GetItemDetailInfo
   * goes round the 50 items and GetShippingInfo_v3 round 50 windows holding the same 100 orders
   * (wrk scripts), so that no database can answer from the statement's last result.
   */
  private static Map<String, Target> seed(String url, Path dir) throws Exception {
    JsonNode seller =
        JSON.readTree(sandbox(url, "/sandbox/seed", "{\"seed\":1,\"sellers\":1,\"items\":50}"))
            .get("sellers")
            .get(0);
    String sellerId = seller.get("sellerId").asText();
    try (QapiClient client =
        QapiClient.builder()
            .baseUrl(url + QAPI)
            .requestTimeout(Duration.ofSeconds(30))
            .requestsPerSecond(1000)
            .retry(RetryPolicy.none())
            .build()) {
      CertificationKey key =
          client
              .createCertificationKey(
                  new ApiKey(seller.get("apiKey").asText()),
                  sellerId,
                  seller.get("password").asText())
              .orElseThrow();
      QapiSeller s = client.seller(key);
      List<GoodsInfoList.Item> items = s.getAllGoods(ItemStatus.ON_SALE).orElseThrow();
      placeOrders(url, sellerId, s, items);
      LocalDateTime now = LocalDateTime.now(QapiDates.JST);
      List<String> details = new ArrayList<>();
      for (GoodsInfoList.Item item : items) {
        details.add(
            QAPI
                + "/ItemsLookup.GetItemDetailInfo?ItemCode="
                + item.itemCode()
                + "&SellerCode=&returnType=application/json&key="
                + key.value());
      }
      // 50 windows a minute apart, each holding the 100 orders: no two requests in a row are equal
      List<String> windows = new ArrayList<>();
      for (int w = 0; w < 50; w++) {
        windows.add(
            QAPI
                + "/ShippingBasic.GetShippingInfo_v3?ShippingStatus=2&SearchCondition=1"
                + "&SearchStartDate="
                + QapiDates.DATE_TIME.format(now.minusDays(1).minusMinutes(w))
                + "&SearchEndDate="
                + QapiDates.DATE_TIME.format(now.plusDays(1))
                + "&returnType=application/json&key="
                + key.value());
      }
      for (String d : details) {
        assertThat(resultObject(url + d)).hasSize(1);
      }
      assertThat(details).hasSize(50);
      for (String w : windows) {
        assertThat(resultObject(url + w)).hasSize(ORDERS);
      }
      Map<String, Target> out = new LinkedHashMap<>();
      out.put("/health", new Target(url + "/health", null));
      out.put(
          "GetItemDetailInfo (50 items)",
          new Target(url + details.get(0), roundRobin(dir, "items", details)));
      out.put(
          "GetShippingInfo_v3 (" + ORDERS + " rows)",
          new Target(url + windows.get(0), roundRobin(dir, "windows", windows)));
      return out;
    }
  }

  /** {@value #ORDERS} paid one-line orders over the items, each with its best-stocked option. */
  private static void placeOrders(
      String url, String sellerId, QapiSeller s, List<GoodsInfoList.Item> items) throws Exception {
    int placed = 0;
    for (int i = 0; placed < ORDERS && i < ORDERS * 4; i++) {
      String itemCode = items.get(i % items.size()).itemCode();
      String option =
          s.getGoodsInventoryInfo(itemCode, "").orElseThrow().stream()
              .max(Comparator.comparing(InventoryRow::qty))
              .map(InventoryRow::itemTypeCode)
              .orElse("");
      String body =
          "{\"sellerId\":\""
              + sellerId
              + "\",\"lines\":[{\"itemCode\":\""
              + itemCode
              + "\",\"optionCode\":\""
              + option
              + "\",\"qty\":1}],\"paid\":true}";
      if (post(url + "/sandbox/orders", body).statusCode() / 100 == 2) {
        placed++;
      }
    }
    assertThat(placed).as("orders placed").isEqualTo(ORDERS);
  }

  private static JsonNode resultObject(String url) throws Exception {
    try (HttpClient c = HttpClient.newHttpClient()) {
      HttpResponse<String> r =
          c.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode n = JSON.readTree(r.body());
      assertThat(n.path("ResultCode").asInt(-1)).as(r.body()).isZero();
      return n.get("ResultObject");
    }
  }

  private static String sandbox(String url, String path, String json) throws Exception {
    HttpResponse<String> r = post(url + path, json);
    assertThat(r.statusCode() / 100).as(r.body()).isEqualTo(2);
    return r.body();
  }

  private static HttpResponse<String> post(String url, String json) throws Exception {
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("X-Sandbox-Token", TOKEN)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  /**
   * One wrk measurement.
   *
   * @param cpuMicros the server's CPU time per request (user and system), which another process on
   *     the machine disturbs much less than the request rate
   */
  record Run(double requestsPerSecond, double p99Millis, double cpuMicros) {}

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");
  private static final Pattern ERRORS =
      Pattern.compile("(?:Non-2xx or 3xx responses|Socket errors):?\\s*(.*)");

  /** A wrk script asking for the paths in turn, each connection going round them all. */
  private static Path roundRobin(Path dir, String name, List<String> paths) throws IOException {
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String path : paths) {
      lua.append("  \"").append(path).append("\",\n");
    }
    lua.append(
        """
        }
        local i = 0
        request = function()
          i = i % #paths + 1
          return wrk.format(nil, paths[i])
        end
        """);
    Path script = dir.resolve(name + ".lua");
    Files.writeString(script, lua.toString());
    return script;
  }

  private static Run wrk(String wrk, ChildJvm server, Target target, int seconds) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                wrk,
                "-t2",
                "-c" + CONNECTIONS,
                "-d" + seconds + "s",
                "--latency",
                "-H",
                "Accept: application/json"));
    if (target.script() != null) {
      cmd.addAll(List.of("-s", target.script().toString()));
    }
    cmd.add(target.url());
    long cpuBefore = server.cpu().toNanos();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(seconds + 60L, TimeUnit.SECONDS)).isTrue();
    long cpu = server.cpu().toNanos() - cpuBefore;
    Matcher requests = REQUESTS.matcher(out);
    assertThat(requests.find()).as(out).isTrue();
    Matcher rps = RPS.matcher(out);
    Matcher p99 = P99.matcher(out);
    assertThat(rps.find() && p99.find()).as(out).isTrue();
    double ms =
        switch (p99.group(2)) {
          case "us" -> Double.parseDouble(p99.group(1)) / 1000;
          case "s" -> Double.parseDouble(p99.group(1)) * 1000;
          default -> Double.parseDouble(p99.group(1));
        };
    Matcher errors = ERRORS.matcher(out);
    assertThat(errors.find()).as("wrk saw errors:%n%s", out).isFalse();
    return new Run(
        Double.parseDouble(rps.group(1)), ms, cpu / 1000.0 / Long.parseLong(requests.group(1)));
  }

  private static void print(Map<String, List<Run>> runs) {
    double health = mean(runs.get("/health"));
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%nQAPI BENCHMARK: one marketplace process (child JVM, H2 file), wrk %d connections,"
                + " %d x %d s per target, %d cores%n",
            CONNECTIONS,
            ROUNDS,
            SECONDS,
            Runtime.getRuntime().availableProcessors()));
    b.append(
        String.format(
            Locale.ROOT,
            "%-32s %12s %10s %14s %10s %14s %10s%n",
            "target",
            "req/s",
            "p99 ms",
            "x /health",
            "target",
            "server CPU/req",
            "x /health"));
    double healthCpu = runs.get("/health").stream().mapToDouble(Run::cpuMicros).average().orElse(0);
    for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
      double rps = mean(e.getValue());
      double p99 = e.getValue().stream().mapToDouble(Run::p99Millis).max().orElse(0);
      double ratio = rps / health;
      boolean isHealth = e.getKey().equals("/health");
      double want = e.getKey().startsWith("GetItemDetailInfo") ? 0.5 : 0.1;
      String goal = isHealth ? "" : String.format(Locale.ROOT, ">= %.2fx", want);
      String met = isHealth ? "" : ratio >= want && p99 < 20 ? " met" : " NOT met";
      double cpu = e.getValue().stream().mapToDouble(Run::cpuMicros).average().orElse(0);
      b.append(
          String.format(
              Locale.ROOT,
              "%-32s %,12.0f %10.2f %13.3fx %10s%-8s %10.1f us %9.3fx%n",
              e.getKey(),
              rps,
              p99,
              ratio,
              goal,
              met,
              cpu,
              healthCpu / cpu));
    }
    b.append("(p99 target: under 20 ms at ").append(CONNECTIONS).append(" connections)\n");
    b.append(
        "(server CPU/req: the marketplace process's CPU time per request; its ratio is a check on"
            + " the req/s ratio that another process on the machine disturbs less, not the"
            + " target)\n");
    System.out.println(b);
  }

  private static double mean(List<Run> runs) {
    return runs.stream().mapToDouble(Run::requestsPerSecond).average().orElse(0);
  }

  private static String wrk() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(d, "wrk");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }

  /** {@code Main marketplace} in a child JVM on a free port. */
  private static ChildJvm server(Path dir) throws IOException {
    List<String> options = new ArrayList<>(List.of("-Xmx1g"));
    options.addAll(ChildJvm.profilingOptions());
    return ChildJvm.start(
        options,
        List.of("marketplace", "--http-port=0", "--data-dir=" + dir.resolve("data")),
        Map.of("QC_SANDBOX_TOKEN", TOKEN),
        line -> {});
  }
}
