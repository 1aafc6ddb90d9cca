package io.qconnect.app;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.MarketplaceConfig;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.marketplace.bulk.BulkUploads;
import io.qconnect.marketplace.ftp.FtpSettings;
import io.qconnect.marketplace.notice.MailSettings;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.seller.PasswordHasher;
import io.qconnect.protocol.secret.SecretBox;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The marketplace's part of a process: its database, its services and its periodic work. */
final class MarketplaceSide implements AutoCloseable {
  /** How often the marketplace's time-driven work runs. */
  private static final Duration TICK = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(MarketplaceSide.class);

  final Marketplace market;
  final String sandboxToken;
  private final HikariDataSource ds;
  private final AppConfig config;

  MarketplaceSide(AppConfig config, SecretBox box, MeterRegistry meters) {
    this.config = config;
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

  /** Starts the marketplace's periodic work, its bulk uploads and its FTP drop box. */
  void start() {
    market.start(TICK);
    FtpOptions ftp = config.ftp();
    if (!ftp.enabled()) {
      return;
    }
    FtpSettings settings =
        new FtpSettings(
            ftpHost(config),
            config.host(),
            ftp.port(),
            ftp.passivePorts(),
            config.dataDir().resolve("ftp"),
            BulkUploads.MAX_BYTES,
            Duration.ofMinutes(5),
            ftp.tls());
    try {
      market.startFtp(settings);
    } catch (RuntimeException e) {
      // a taken port must not keep QSM and QAPI from starting; QSM then says FTP is not running
      LOG.warn("FTP drop box not started on {}:{}: {}", config.host(), ftp.port(), e.getMessage());
    }
  }

  /**
   * The host sellers are told for FTP: configured, else {@code localhost} on this machine only,
   * else the listening address (this machine's name for a wildcard).
   */
  static String ftpHost(AppConfig config) {
    if (!config.ftp().host().isEmpty()) {
      return config.ftp().host();
    }
    if (config.loopbackOnly()) {
      return "localhost";
    }
    String h = config.host();
    if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
      try {
        return java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.net.UnknownHostException e) {
        return "localhost";
      }
    }
    return h;
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
