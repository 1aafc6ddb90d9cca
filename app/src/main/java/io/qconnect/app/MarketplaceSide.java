package io.qconnect.app;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.MarketplaceConfig;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.protocol.secret.SecretBox;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The marketplace's part of a process: its database, its services and its periodic work. */
final class MarketplaceSide implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MarketplaceSide.class);

  final Marketplace market;
  final String sandboxToken;
  private final HikariDataSource ds;
  private final ScheduledExecutorService ticker;

  MarketplaceSide(AppConfig config, SecretBox box, MeterRegistry meters) {
    this.ds = Databases.open("marketplace", config.marketplaceDbUrl(), config.dataDir(), meters);
    this.sandboxToken =
        Tokens.resolve(config.sandboxToken(), config.dataDir().resolve("sandbox-token"));
    AccessSettings access =
        new AccessSettings(
            config.autoApprove(),
            config.mode() == RunMode.ALL ? Duration.ZERO : Duration.ofHours(3));
    this.market =
        Marketplace.create(
            new MarketplaceConfig(access, sandboxToken, 210_000),
            ds,
            SandboxClock.system(),
            box,
            meters);
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "marketplace-tick");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleWithFixedDelay(this::tick, 1, 10, TimeUnit.SECONDS);
  }

  void mount(RoutesConfig routes) {
    market.mount(routes);
  }

  private void tick() {
    try {
      market.tick();
    } catch (RuntimeException e) {
      LOG.warn("marketplace periodic work failed; retrying in 10 s", e);
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    ds.close();
  }
}
