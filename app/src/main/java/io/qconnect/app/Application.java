package io.qconnect.app;

import io.javalin.Javalin;
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
  private final Javalin http;

  private Application(AppConfig config, Javalin http) {
    this.config = config;
    this.http = http;
  }

  /** Starts the process for {@code config} and returns once it serves requests. */
  public static Application start(AppConfig config) {
    createDataDir(config);
    Javalin http =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
            });
    http.start(config.httpPort());
    Application app = new Application(config, http);
    LOG.info("qoo10-connect ({}) listening on {}", config.mode().name().toLowerCase(), app.url());
    return app;
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

  @Override
  public void close() {
    LOG.info("qoo10-connect stopping");
    http.stop();
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
