package io.qconnect.marketplace;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A real marketplace for tests: a fresh database, the HTTP server on port 0, and a {@link
 * QapiClient} pointed at it. The clock starts at {@code start} (JST) and can be moved.
 */
public final class MarketplaceServer implements AutoCloseable {
  public static final String TOKEN = "test-sandbox-token";

  /** Every test marketplace draws its faults from this seed, so fault tests repeat exactly. */
  public static final long FAULT_SEED = 20260511L;

  public final HikariDataSource dataSource;
  public final SandboxClock clock;
  public final Marketplace market;
  public final QapiClient client;
  private final Javalin http;

  public MarketplaceServer(Engine engine, OffsetDateTime start, AccessSettings access) {
    this(engine, start, access, Clock.systemUTC());
  }

  /**
   * @param base the time the sandbox clock shifts: the system's, or a fixed one for a test whose
   *     assertion lies a few seconds from a limit (a lock that ends ten minutes after the fifth
   *     wrong password), so that a slow machine cannot carry it over the limit
   */
  public MarketplaceServer(Engine engine, OffsetDateTime start, AccessSettings access, Clock base) {
    dataSource = TestDatabases.fresh(engine);
    clock = new SandboxClock(base);
    clock.set(start.toInstant());
    market =
        Marketplace.create(
            new MarketplaceConfig(access, TOKEN, 1000, FAULT_SEED),
            dataSource,
            clock,
            SecretBox.random());
    http =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  market.mount(cfg.routes);
                })
            .start("127.0.0.1", 0);
    client =
        QapiClient.builder()
            .baseUrl(qapiUrl())
            .requestTimeout(Duration.ofSeconds(10))
            .requestsPerSecond(1000)
            .retry(RetryPolicy.none())
            .build();
  }

  /** H2, the clock at Monday 2026-05-11 10:00 JST, automatic approval on. */
  public static MarketplaceServer start() {
    return start(false);
  }

  /**
   * As {@link #start()}; with {@code still}, the clock stands at 10:00 until the test moves it
   * (through the sandbox API or {@link #clock}) instead of running on from there.
   */
  public static MarketplaceServer start(boolean still) {
    OffsetDateTime start = OffsetDateTime.parse("2026-05-11T10:00:00+09:00");
    return new MarketplaceServer(
        Engine.H2,
        start,
        AccessSettings.demo(),
        still ? Clock.fixed(start.toInstant(), start.getOffset()) : Clock.systemUTC());
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + http.port());
  }

  public URI qapiUrl() {
    return URI.create(baseUrl() + "/GMKT.INC.Front.QAPIService/ebayjapan.qapi");
  }

  public void setClock(String isoWithOffset) {
    clock.set(Instant.from(OffsetDateTime.parse(isoWithOffset)));
    market.tick();
  }

  /** A seller with an approved API key, through the sandbox API. */
  public ApiKey sandboxSeller(String sellerId, String password) {
    String body =
        "{\"sellerId\":\""
            + sellerId
            + "\",\"password\":\""
            + password
            + "\",\"email\":\""
            + sellerId
            + "@example.jp\",\"reviewCompleted\":true,\"servicePoints\":0}";
    String out = sandbox("POST", "/sandbox/sellers", body).body();
    int i = out.indexOf("\"apiKey\":\"") + 10;
    return new ApiKey(out.substring(i, out.indexOf('"', i)));
  }

  /** A seller with a certification key, ready for QAPI calls. */
  public QapiSeller seller(String sellerId) {
    ApiKey api = sandboxSeller(sellerId, "Passw0rd!" + sellerId);
    CertificationKey key =
        client.createCertificationKey(api, sellerId, "Passw0rd!" + sellerId).orElseThrow();
    return client.seller(key);
  }

  public HttpResponse<String> sandbox(String method, String path, String json) {
    return http(method, path, json, TOKEN);
  }

  public HttpResponse<String> http(String method, String path, String json, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    if (token != null) {
      b.header("X-Sandbox-Token", token);
    }
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    http.stop();
    market.close();
    dataSource.close();
  }
}
