package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.marketplace.sandbox.Seeder;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.item.ItemStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics} of a real process: QAPI, import, queue, pool and JVM series. */
class MetricsTest {
  private static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";

  @TempDir Path dir;

  @Test
  void counts_qapi_calls_by_method_and_result_code_and_import_runs_per_shop() throws Exception {
    try (Application app = Application.start(config(RunMode.ALL))) {
      QapiSeller seller = demoSeller(app);
      String itemCode = seller.getAllGoods(ItemStatus.ON_SALE).orElseThrow().get(0).itemCode();
      for (int i = 0; i < 3; i++) {
        QapiResult<List<ItemDetailRow>> r = seller.getItemDetailInfo(itemCode, "");
        assertThat(r.isSuccess()).as(r.message()).isTrue();
      }
      assertThat(
              get(app, QAPI + "?method=ItemsLookup.GetItemDetailInfo&key=no-such-key", null)
                  .statusCode())
          .isEqualTo(200);
      app.marketplace().simulator().start(0, 3);
      app.marketplace().simulator().placeOrders(5);
      syncOnce(app);

      HttpResponse<String> r = get(app, "/metrics", null);

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain; version=0.0.4"));
      String text = r.body();
      assertThat(
              value(
                  text,
                  "qapi_requests_seconds_count",
                  "method=\"ItemsLookup.GetItemDetailInfo\",result_code=\"0\""))
          .isEqualTo(3);
      assertThat(
              value(
                  text,
                  "qapi_requests_seconds_count",
                  "method=\"ItemsLookup.GetItemDetailInfo\",result_code=\"-90001\""))
          .isEqualTo(1);
      assertThat(text)
          .contains(
              "qapi_requests_seconds_bucket{method=\"ItemsLookup.GetItemDetailInfo\",result_code=\"0\",le=");
      assertThat(value(text, "hub_import_runs_total", "outcome=\"ok\",shop=\"demo-shop\""))
          .isGreaterThanOrEqualTo(1);
      double created = value(text, "hub_import_lines_total", "kind=\"new\",shop=\"demo-shop\"");
      assertThat(created).isGreaterThanOrEqualTo(1);
      assertThat(value(text, "hub_import_lag_seconds_count", "shop=\"demo-shop\""))
          .isEqualTo(created);
      assertThat(text)
          .contains(
              "hub_import_lag_seconds_bucket{shop=\"demo-shop\",le=\"300.0\"}",
              "hub_import_lines_total{kind=\"unchanged\",shop=\"demo-shop\"}",
              "hub_import_duration_seconds_count{shop=\"demo-shop\"}",
              "hub_writeback_queue{state=\"pending\"}",
              "hikaricp_connections_active{pool=\"marketplace\"}",
              "hikaricp_connections_active{pool=\"hub\"}",
              "jvm_memory_used_bytes",
              "jvm_gc_",
              "jvm_threads_live_threads",
              "jvm_classes_loaded_classes",
              "system_cpu_count");
    }
  }

  @Test
  void asks_for_the_bearer_token_when_one_is_set() throws Exception {
    try (Application app =
        Application.start(config(RunMode.MARKETPLACE).withMetricsToken("scrape-me-42"))) {
      assertThat(get(app, "/metrics", null).statusCode()).isEqualTo(401);
      assertThat(get(app, "/metrics", "Bearer wrong-token").statusCode()).isEqualTo(401);
      assertThat(get(app, "/metrics", "scrape-me-42").statusCode()).isEqualTo(401);
      HttpResponse<String> ok = get(app, "/metrics", "Bearer scrape-me-42");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).contains("jvm_memory_used_bytes");
      assertThat(get(app, "/health", null).statusCode()).isEqualTo(200);
    }
  }

  /** Sync now; the demo's scheduled run may hold the shop, then the call is answered busy. */
  private static void syncOnce(Application app) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!(app.hub().syncNow(Demo.SELLER) instanceof SyncOutcome.Ran)) {
      assertThat(System.nanoTime()).as("a sync ran within 60 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private AppConfig config(RunMode mode) {
    AppConfig d = AppConfig.defaults(mode, 0, dir.resolve("data"));
    return AppConfig.builder(mode, 0, d.dataDir())
        .autoApprove(true)
        .simulatorRate(0)
        .hubLockLease(d.hubLockLease())
        .build();
  }

  /** The demo seller with a certification key, through the process's QAPI. */
  private static QapiSeller demoSeller(Application app) {
    QapiClient client =
        QapiClient.builder()
            .baseUrl(app.url() + QAPI)
            .requestTimeout(Duration.ofSeconds(10))
            .retry(RetryPolicy.none())
            .build();
    String apiKey = app.marketplace().keys().revealApiKey(Demo.SELLER).orElseThrow();
    CertificationKey key =
        client
            .createCertificationKey(new ApiKey(apiKey), Demo.SELLER, Seeder.password(Demo.SEED))
            .orElseThrow();
    return client.seller(key);
  }

  private static HttpResponse<String> get(Application app, String path, String authorization)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url() + path));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  /** The sample value of one series, e.g. {@code name{a="1",b="2"} 3.0}; -1 when absent. */
  private static double value(String text, String name, String labels) {
    Matcher m =
        Pattern.compile(
                "^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$", Pattern.MULTILINE)
            .matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
