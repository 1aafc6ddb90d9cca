package io.qconnect.hub;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.SchedulerSettings;
import io.qconnect.hub.tracking.Backoff;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.fixture.FixtureServer;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import io.qconnect.protocol.wire.QapiDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A hub on a fresh database (H2 or embedded PostgreSQL), pointed at a {@link FakeQoo10} on port 0,
 * with a clock the test moves. The clock starts on Wednesday 2026-01-14 10:00 JST.
 */
public final class HubFixture implements AutoCloseable {
  public static final String TOKEN = "test-token-4f8c2a9b";

  /** The hub's integrator id and registered callback with the (fake) marketplace's Get Auth. */
  public static final String INTEGRATOR = "itg-test00000001";

  public static final URI CALLBACK = URI.create("http://127.0.0.1:9/hub/getauth/callback");
  public static final Instant START = Instant.parse("2026-01-14T01:00:00Z");

  public final MutableClock clock;
  public final SecretBox box = SecretBox.random();
  public final HikariDataSource dataSource;
  public final FixtureServer server;
  public final FakeQoo10 qoo10;
  public final Hub hub;

  /** A frozen clock: time moves only when the test moves it. */
  public HubFixture(Engine engine) {
    this(engine, false);
  }

  /**
   * @param runningClock whether the clock also flows with real time (needed once the scheduler is
   *     started: it times its waits by the hub's clock)
   */
  public HubFixture(Engine engine, boolean runningClock) {
    clock = new MutableClock(START, runningClock);
    dataSource = TestDatabases.fresh(engine);
    try {
      server = new FixtureServer(List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    qoo10 = new FakeQoo10(server, clock);
    hub = Hub.create(config("node-a"), dataSource, clock, box);
  }

  /** A configuration for tests: short timeouts, no waiting between retries, fast polling. */
  public HubConfig config(String node) {
    return config(node, SchedulerSettings.defaults().withPollingInterval(Duration.ofMillis(50)));
  }

  /** The same with other scheduler settings. */
  public HubConfig config(String node, SchedulerSettings scheduler) {
    return HubConfig.builder(TOKEN)
        .defaultQapiUrl(server.baseUrl())
        .clientCustomizer(
            b ->
                b.requestTimeout(Duration.ofSeconds(5))
                    .connectTimeout(Duration.ofSeconds(2))
                    .requestsPerSecond(1000)
                    .retry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2))))
        .scheduler(scheduler)
        .nodeName(node)
        .shipmentBackoff(new Backoff(Duration.ofMinutes(1), Duration.ofHours(1)))
        .probeTimeout(Duration.ofSeconds(2))
        .getAuth(INTEGRATOR, CALLBACK)
        .build();
  }

  /** Another hub node on the same database and Qoo10. */
  public Hub node(String name) {
    return Hub.create(config(name), dataSource, clock, box);
  }

  public URI qapiUrl() {
    return server.baseUrl();
  }

  /** Registers the seller at Qoo10 and connects it with the default settings. */
  public Shop connect(String shopId) {
    return connect(shopId, ShopSettings.defaults());
  }

  public Shop connect(String shopId, ShopSettings settings) {
    qoo10.seller(shopId, apiKey(shopId), password(shopId));
    return hub.shops()
        .connect(new NewShop(shopId, apiKey(shopId), password(shopId), qapiUrl(), settings));
  }

  public static String apiKey(String shopId) {
    return "APIKEY-" + shopId + "-0001";
  }

  public static String password(String shopId) {
    return "Pa$$w0rd!" + shopId;
  }

  /** Now, as Qoo10 writes it (JST, no offset). */
  public LocalDateTime jstNow() {
    return LocalDateTime.ofInstant(clock.instant(), QapiDates.JST).withNano(0);
  }

  @Override
  public void close() {
    hub.close();
    server.close();
    dataSource.close();
  }
}
