package io.qconnect.app;

import io.javalin.Javalin;
import io.qconnect.app.console.Console;
import io.qconnect.app.console.ConsoleLogins;
import io.qconnect.app.console.Router;
import io.qconnect.app.console.hubui.HubConsole;
import io.qconnect.app.console.qsm.QsmConsole;
import io.qconnect.hub.Hub;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.qapi.QapiErrorHandler;
import io.qconnect.marketplace.sandbox.Seeder;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.secret.SecretBox;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running qoo10-connect process: wires everything for the chosen mode and owns its lifecycle. */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final String QAPI_PATH = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";

  private final AppConfig config;
  private final MarketplaceSide marketplace;
  private final HubSide hub;
  private final Javalin http;
  private final PrometheusMetrics metrics;
  private volatile int mailPort = AppConfig.MAIL_OFF;

  private Application(
      AppConfig config,
      MarketplaceSide marketplace,
      HubSide hub,
      Javalin http,
      PrometheusMetrics metrics) {
    this.config = config;
    this.marketplace = marketplace;
    this.hub = hub;
    this.http = http;
    this.metrics = metrics;
  }

  /** Starts the process for {@code config} and returns once it serves requests. */
  public static Application start(AppConfig config) {
    return start(config, Clock.systemUTC());
  }

  /**
   * As {@link #start(AppConfig)}, with the console's sessions and login throttle on {@code
   * consoleClock} instead of the system's: a test that checks a wait of the throttle holds the
   * clock still, so that a slow machine cannot let the wait run out between two requests.
   */
  public static Application start(AppConfig config, Clock consoleClock) {
    DataDir.create(config.dataDir());
    int port = config.httpPort() == 0 ? Addresses.freePort() : config.httpPort();
    SecretBox box = SecretBox.load(config.secretKey(), config.dataDir().resolve("secret.key"));
    PrometheusMetrics metrics = new PrometheusMetrics(config.metricsToken());
    MarketplaceSide market =
        config.mode().runsMarketplace()
            ? new MarketplaceSide(config, box, metrics.registry())
            : null;
    URI callback = HubSide.callback(config, port);
    HubSide hubSide =
        config.mode().runsHub()
            ? new HubSide(
                config,
                box,
                qapiUrl(config, port),
                metrics.registry(),
                getAuthIntegrator(config, market, callback),
                callback)
            : null;
    DataDir.restrict(config.dataDir()); // H2 created its files with the umask
    ConsoleLogins logins = consoleLogins(config);
    Console console =
        Console.create(
            market == null ? null : market.market,
            hubSide == null ? null : hubSide.hub,
            logins,
            consoleClock);
    Javalin http =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              // a larger body answers 413 (the hub API: {"error": ...})
              cfg.http.maxRequestSize = 1_000_000L;
              // what Jetty refuses before any route: plain text, or QAPI's envelope, never HTML
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new QapiErrorHandler()));
              // a console filter with a long value reaches the console's own error, not Jetty's 414
              cfg.jetty.modifyHttpConfiguration(hc -> hc.setRequestHeaderSize(64 * 1024));
              cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
              HttpErrors.mount(cfg.routes);
              metrics.mount(cfg.routes);
              if (market != null) {
                market.mount(cfg.routes);
              }
              if (hubSide != null) {
                hubSide.mount(cfg.routes);
              }
              console.mount(cfg.routes, screens(market, hubSide));
            });
    http.start(config.host(), port);
    Application app = new Application(config, market, hubSide, http, metrics);
    app.startBackground(logins);
    app.announce(logins);
    return app;
  }

  /** The console screens of the parts this process runs. */
  private static List<Consumer<Router>> screens(MarketplaceSide market, HubSide hubSide) {
    List<Consumer<Router>> out = new ArrayList<>();
    if (market != null) {
      out.add(router -> QsmConsole.mount(router, market.market));
    }
    if (hubSide != null) {
      out.add(router -> HubConsole.mount(router, hubSide.hub, Clock.systemUTC()));
    }
    return out;
  }

  /** The console's own accounts for the parts this process runs. */
  private static ConsoleLogins consoleLogins(AppConfig config) {
    Map<String, String> fromEnv = new LinkedHashMap<>();
    for (String login :
        Console.ownLogins(config.mode().runsMarketplace(), config.mode().runsHub())) {
      fromEnv.put(
          login,
          login.equals(ConsoleLogins.STAFF) ? config.staffPassword() : config.operatorPassword());
    }
    if (config.mode() == RunMode.ALL && !config.loopbackOnly()) {
      fromEnv.put(Demo.SELLER, ""); // open to the network: no published demo password
    }
    return ConsoleLogins.resolve(fromEnv, config.dataDir());
  }

  /**
   * The hub's integrator id for Get Auth: configured, or in the demo the hub registers itself with
   * the embedded marketplace (idempotent by callback address); blank: none.
   */
  private static String getAuthIntegrator(AppConfig config, MarketplaceSide market, URI callback) {
    if (!config.getAuthIntegrator().isEmpty()) {
      return config.getAuthIntegrator();
    }
    if (config.mode() == RunMode.ALL && market != null) {
      String id =
          market
              .market
              .authorizations()
              .register(Demo.INTEGRATOR_NAME, callback.toString())
              .integratorId();
      LOG.info("demo: the hub is Get Auth integrator {} ({})", id, callback);
      return id;
    }
    return "";
  }

  /** The hub's default QAPI URL: configured, the embedded marketplace, or the real Qoo10. */
  private static URI qapiUrl(AppConfig config, int port) {
    if (!config.qapiUrl().isBlank()) {
      return URI.create(config.qapiUrl());
    }
    return config.mode() == RunMode.ALL
        ? URI.create(Addresses.baseUrl(config.host(), port) + QAPI_PATH)
        : QapiClient.QOO10_JP;
  }

  private void startBackground(ConsoleLogins logins) {
    if (config.mode() == RunMode.ALL) {
      String password = demoPassword(logins);
      Demo.prepareMarketplace(marketplace.market, config.simulatorRate());
      Demo.usePassword(hub.hub, marketplace.market, password);
      Demo.connectShop(hub.hub, marketplace.market, hub.hub.config().defaultQapiUrl(), password);
    }
    if (marketplace != null) {
      marketplace.start();
    }
    if (hub != null) {
      hub.start();
      int mail = config.effectiveMailPort();
      if (mail != AppConfig.MAIL_OFF) {
        InetAddress bind = Addresses.bindAddress(config.host());
        mailPort = hub.hub.listenForMail(bind, mail);
        if (config.mode() == RunMode.ALL) {
          Demo.sendNoticesToHub(
              hub.hub, marketplace.market, Addresses.reachableHost(bind), mailPort);
        }
      }
    }
  }

  /** The port of the hub's mail intake (SMTP), or {@link AppConfig#MAIL_OFF} when none listens. */
  public int mailPort() {
    return mailPort;
  }

  /** Logs where everything is ({@link Announcement}). */
  private void announce(ConsoleLogins logins) {
    Announcement.log(
        config, marketplace, hub, url(), port(), mailPort, logins, demoPassword(logins));
  }

  /**
   * The demo seller's password: the published {@code demo-pass-7} on this machine only, a generated
   * one (kept with the console logins) when the server is open to the network.
   */
  private String demoPassword(ConsoleLogins logins) {
    String generated = logins.password(Demo.SELLER);
    return generated.isEmpty() ? Seeder.password(Demo.SEED) : generated;
  }

  /** {@code http://localhost:port}, or the configured host's address. */
  public String url() {
    return Addresses.baseUrl(config.host(), http.port());
  }

  /** The address the server listens on. */
  public String host() {
    return config.host();
  }

  public int port() {
    return http.port();
  }

  /** The marketplace of this process, when it runs one. */
  public Marketplace marketplace() {
    if (marketplace == null) {
      throw new IllegalStateException(
          "this process runs no marketplace (mode " + config.mode() + ")");
    }
    return marketplace.market;
  }

  /** The hub of this process, when it runs one. */
  public Hub hub() {
    if (hub == null) {
      throw new IllegalStateException("this process runs no hub (mode " + config.mode() + ")");
    }
    return hub.hub;
  }

  public String sandboxToken() {
    return marketplace == null ? "" : marketplace.sandboxToken;
  }

  public String apiToken() {
    return hub == null ? "" : hub.apiToken;
  }

  @Override
  public void close() {
    LOG.info("qoo10-connect stopping");
    if (hub != null) {
      hub.close();
    }
    http.stop();
    if (marketplace != null) {
      marketplace.close();
    }
    metrics.close();
    DataDir.restrict(config.dataDir());
    LOG.info("qoo10-connect stopped");
  }
}
