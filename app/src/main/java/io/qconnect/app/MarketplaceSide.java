package io.qconnect.app;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.MarketplaceConfig;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.marketplace.notice.MailSettings;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.seller.PasswordHasher;
import io.qconnect.protocol.secret.SecretBox;
import java.time.Duration;

/** The marketplace's part of a process: its database, its services and its periodic work. */
final class MarketplaceSide implements AutoCloseable {
  /** How often the marketplace's time-driven work runs. */
  private static final Duration TICK = Duration.ofSeconds(10);

  final Marketplace market;
  final String sandboxToken;
  private final HikariDataSource ds;

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
            new MarketplaceConfig(access, sandboxToken, PasswordHasher.ITERATIONS),
            ds,
            SandboxClock.system(),
            box,
            meters);
    market.useMail(mail(config));
  }

  /** The mail settings: URL and sender from the configuration, credentials from the environment. */
  static MailSettings mail(AppConfig config) {
    try {
      return MailSettings.of(
          config.smtpUrl(),
          System.getenv("QC_SMTP_USER"),
          System.getenv("QC_SMTP_PASSWORD"),
          config.mailFrom());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--smtp-url: " + e.getMessage(), e);
    }
  }

  /** Starts the marketplace's periodic work. */
  void start() {
    market.start(TICK);
  }

  void mount(RoutesConfig routes) {
    market.mount(routes);
  }

  @Override
  public void close() {
    market.close();
    ds.close();
  }
}
