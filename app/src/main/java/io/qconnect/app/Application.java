package io.qconnect.app;

import io.javalin.Javalin;
import io.qconnect.protocol.secret.SecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running qoo10-connect process: wires everything for the chosen mode and owns its lifecycle. */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final AppConfig config;
  private final MarketplaceSide marketplace;
  private final Javalin http;

  private Application(AppConfig config, MarketplaceSide marketplace, Javalin http) {
    this.config = config;
    this.marketplace = marketplace;
    this.http = http;
  }

  /** Starts the process for {@code config} and returns once it serves requests. */
  public static Application start(AppConfig config) {
    createDataDir(config);
    SecretBox box = SecretBox.load(config.secretKey(), config.dataDir().resolve("secret.key"));
    MarketplaceSide market =
        config.mode().runsMarketplace() ? new MarketplaceSide(config, box) : null;
    Javalin http =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
              if (market != null) {
                market.mount(cfg.routes);
              }
            });
    http.start(config.httpPort());
    Application app = new Application(config, market, http);
    app.announce();
    return app;
  }

  private void announce() {
    LOG.info("qoo10-connect ({}) listening on {}", config.mode().name().toLowerCase(), url());
    if (marketplace != null) {
      LOG.info("QAPI: {}/GMKT.INC.Front.QAPIService/ebayjapan.qapi", url());
      LOG.info(
          "sandbox API: {}/sandbox (X-Sandbox-Token in {})",
          url(),
          config.dataDir().resolve("sandbox-token"));
    }
  }

  /** {@code http://localhost:port}. */
  public String url() {
    return "http://localhost:" + http.port();
  }

  public int port() {
    return http.port();
  }

  public AppConfig config() {
    return config;
  }

  /** The marketplace of this process, when it runs one. */
  public io.qconnect.marketplace.Marketplace marketplace() {
    if (marketplace == null) {
      throw new IllegalStateException(
          "this process runs no marketplace (mode " + config.mode() + ")");
    }
    return marketplace.market;
  }

  public String sandboxToken() {
    return marketplace == null ? "" : marketplace.sandboxToken;
  }

  @Override
  public void close() {
    LOG.info("qoo10-connect stopping");
    http.stop();
    if (marketplace != null) {
      marketplace.close();
    }
    LOG.info("qoo10-connect stopped");
  }

  private static void createDataDir(AppConfig config) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
    }
  }
}
