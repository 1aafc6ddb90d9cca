package io.qconnect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's speed: orders in the hub seconds after payment. Two child JVMs, as in production: the
 * {@code marketplace} sending its notification mails to {@code --smtp-url=smtp://127.0.0.1:P}, and
 * the {@code hub} listening with {@code --mail-port=P}. The shop is connected with a poll interval
 * of 60 minutes (its one scheduled run happens at connection, before any order), and a NextEngine
 * order template is registered through {@code POST /sandbox/notices} to the shop's intake address;
 * so only mail can explain an import. Then {@code qc.bench.mailOrders} paid orders (default 200) at
 * {@code qc.bench.mailRate} per minute (default 60); for each, the time from its payment (the
 * sandbox's answer) to the line in the hub's {@code GET /api/orders} (polled every 100 ms). Prints
 * p50 / p95 / max next to the target p95 under 10 s. Run: {@code mvn -B -pl app -am -Pbench verify
 * -Dtest=MailIntakeBenchmark}.
 */
@Tag("bench")
class MailIntakeBenchmark {
  static final int ORDERS = Integer.getInteger("qc.bench.mailOrders", 200);
  static final double RATE = Double.parseDouble(System.getProperty("qc.bench.mailRate", "60"));
  private static final String SANDBOX = "bench-sandbox-token";
  private static final String API = "bench-api-token";
  private static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void payment_to_line_in_the_hub_by_mail_alone() throws Exception {
    int mailPort = freePort();
    try (ChildJvm hub =
            child(
                dir.resolve("hub"),
                List.of("hub", "--mail-port=" + mailPort),
                Map.of("QC_API_TOKEN", API));
        ChildJvm market =
            child(
                dir.resolve("market"),
                List.of("marketplace", "--smtp-url=smtp://127.0.0.1:" + mailPort),
                Map.of("QC_SANDBOX_TOKEN", SANDBOX))) {
      JsonNode seller =
          JSON.readTree(call(market.url + "/sandbox/seed", "POST", SANDBOX, seedBody()).body())
              .get("sellers")
              .get(0);
      String shop = seller.get("sellerId").asText();
      connect(hub, market, seller);
      String address =
          JSON.readTree(call(hub.url + "/api/shops/" + shop, "GET", API, null).body())
              .get("mailIntake")
              .get("address")
              .asText();
      HttpResponse<String> notice =
          call(
              market.url + "/sandbox/notices",
              "POST",
              SANDBOX,
              "{\"sellerId\":\""
                  + shop
                  + "\",\"group\":\"NextEngine\",\"template\":4,\"to\":\""
                  + address
                  + "\",\"use\":\"Y\",\"standby\":\"N\"}");
      assertThat(notice.statusCode() / 100).as(notice.body()).isEqualTo(2);
      List<String[]> options = options(market.url, seller);

      Map<Long, Long> paidAt = new ConcurrentHashMap<>();
      Map<Long, Long> seenAt = new ConcurrentHashMap<>();
      Thread watcher = Thread.ofVirtual().start(() -> watch(hub, shop, paidAt, seenAt));
      long gap = (long) (60_000_000_000L / RATE);
      long start = System.nanoTime();
      int next = 0;
      for (int i = 0; i < ORDERS; i++) {
        long due = start + i * gap;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait); // the order rate, not a wait for a result
        }
        HttpResponse<String> r = null;
        long at = 0;
        for (int tries = 0; tries < options.size(); tries++) {
          String[] o = options.get(next++ % options.size()); // an item sold out: the next one
          r = call(market.url + "/sandbox/orders", "POST", SANDBOX, order(shop, o));
          at = System.nanoTime();
          if (r.statusCode() / 100 == 2) {
            break;
          }
        }
        assertThat(r.statusCode() / 100).as(r.body()).isEqualTo(2);
        for (JsonNode n : JSON.readTree(r.body()).get("orderNos")) {
          paidAt.put(n.asLong(), at);
        }
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (seenAt.size() < paidAt.size() && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(200);
      }
      watcher.interrupt();
      report(paidAt, seenAt, call(hub.url + "/api/sync-runs?shop=" + shop, "GET", API, null));
    }
  }

  private static String seedBody() {
    return "{\"seed\":3,\"sellers\":1,\"items\":40}";
  }

  private static void connect(ChildJvm hub, ChildJvm market, JsonNode seller) throws Exception {
    String body =
        "{\"shopId\":\""
            + seller.get("sellerId").asText()
            + "\",\"apiKey\":\""
            + seller.get("apiKey").asText()
            + "\",\"password\":\""
            + seller.get("password").asText()
            + "\",\"baseUrl\":\""
            + market.url
            + QAPI
            + "\",\"statuses\":[2,3],\"lookbackDays\":7,\"intervalMinutes\":60,\"autoConfirm\":true}";
    HttpResponse<String> r = call(hub.url + "/api/shops", "POST", API, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  /** Every item with its best-stocked option, to spread the orders over. */
  private static List<String[]> options(String url, JsonNode seller) throws Exception {
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
                  seller.get("sellerId").asText(),
                  seller.get("password").asText())
              .orElseThrow();
      QapiSeller s = client.seller(key);
      List<String[]> out = new ArrayList<>();
      for (GoodsInfoList.Item item : s.getAllGoods(ItemStatus.ON_SALE).orElseThrow()) {
        String option =
            s.getGoodsInventoryInfo(item.itemCode(), "").orElseThrow().stream()
                .max(Comparator.comparing(InventoryRow::qty))
                .map(InventoryRow::itemTypeCode)
                .orElse("");
        out.add(new String[] {item.itemCode(), option});
      }
      return out;
    }
  }

  private static String order(String shop, String[] o) {
    return "{\"sellerId\":\""
        + shop
        + "\",\"lines\":[{\"itemCode\":\""
        + o[0]
        + "\",\"optionCode\":\""
        + o[1]
        + "\",\"qty\":1}],\"paid\":true}";
  }

  /** Polls the hub's API and notes when each paid line first appears. */
  private static void watch(
      ChildJvm hub, String shop, Map<Long, Long> paidAt, Map<Long, Long> seen) {
    Pattern no = Pattern.compile("\"orderNo\"\\s*:\\s*\"?(\\d+)");
    while (!Thread.currentThread().isInterrupted()) {
      try {
        String body = call(hub.url + "/api/orders?shop=" + shop, "GET", API, null).body();
        long now = System.nanoTime();
        Matcher m = no.matcher(body);
        while (m.find()) {
          long n = Long.parseLong(m.group(1));
          if (paidAt.containsKey(n)) {
            seen.putIfAbsent(n, now);
          }
        }
        TimeUnit.MILLISECONDS.sleep(100);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        // the next poll tries again
      }
    }
  }

  private static void report(
      Map<Long, Long> paidAt, Map<Long, Long> seenAt, HttpResponse<String> runs)
      throws IOException {
    List<Double> seconds = new ArrayList<>();
    for (Map.Entry<Long, Long> e : seenAt.entrySet()) {
      seconds.add((e.getValue() - paidAt.get(e.getKey())) / 1e9);
    }
    Collections.sort(seconds);
    Map<String, Integer> triggers = new HashMap<>();
    List<Double> mailRuns = new ArrayList<>();
    for (JsonNode r : JSON.readTree(runs.body())) {
      triggers.merge(r.get("trigger").asText(), 1, Integer::sum);
      if (r.get("trigger").asText().equals("MAIL") && r.hasNonNull("finishedAt")) {
        mailRuns.add(
            Duration.between(
                        java.time.OffsetDateTime.parse(r.get("startedAt").asText()).toInstant(),
                        java.time.OffsetDateTime.parse(r.get("finishedAt").asText()).toInstant())
                    .toMillis()
                / 1e3);
      }
    }
    Collections.sort(mailRuns);
    System.out.printf(
        Locale.ROOT,
        "%nMail intake benchmark: %d paid lines at %.0f orders/minute, poll interval 60 minutes%n"
            + "  in the hub by mail: %d of %d (missing: %d)%n"
            + "  payment -> line in GET /api/orders: p50 %.2f s, p95 %.2f s, max %.2f s"
            + " (target: p95 < 10 s)%n"
            + "  hub runs by trigger: %s; a MAIL run (fetch, store, confirm) takes p50 %.2f s, max"
            + " %.2f s%n%n",
        paidAt.size(),
        RATE,
        seenAt.size(),
        paidAt.size(),
        paidAt.size() - seenAt.size(),
        pct(seconds, 0.50),
        pct(seconds, 0.95),
        seconds.isEmpty() ? Double.NaN : seconds.get(seconds.size() - 1),
        triggers,
        pct(mailRuns, 0.50),
        mailRuns.isEmpty() ? Double.NaN : mailRuns.get(mailRuns.size() - 1));
    assertThat(seenAt).as("every paid line reached the hub").hasSameSizeAs(paidAt);
  }

  private static double pct(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static HttpResponse<String> call(String url, String method, String token, String json)
      throws Exception {
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("X-Sandbox-Token", token)
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /**
   * {@code Main <args>} in a child JVM on a free port with its data in {@code data}; its warnings
   * and errors are printed.
   */
  private static ChildJvm child(Path data, List<String> args, Map<String, String> env)
      throws IOException {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--http-port=0", "--data-dir=" + data));
    return ChildJvm.start(
        List.of("-Xmx512m"),
        all,
        env,
        line -> {
          if (line.contains("WARN") || line.contains("ERROR")) {
            System.out.println("[" + args.get(0) + "] " + line);
          }
        });
  }
}
