package io.qconnect.app;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.qconnect.hub.Hub;
import io.qconnect.hub.HubConfig;
import io.qconnect.hub.shop.QapiHosts;
import io.qconnect.protocol.secret.SecretBox;
import java.net.URI;
import java.time.Clock;

/** The hub's part of a process: its database, its services and its scheduler. */
final class HubSide implements AutoCloseable {
  final Hub hub;
  final String apiToken;
  private final HikariDataSource ds;

  /** The hub's Get Auth callback under its public URL. */
  static URI callback(AppConfig config, int port) {
    String base =
        config.hubPublicUrl().isEmpty() ? "http://localhost:" + port : config.hubPublicUrl();
    return URI.create(base + "/hub/getauth/callback");
  }

  /**
   * @param getAuthIntegrator the hub's integrator id with the marketplace (blank: no Get Auth)
   * @param callback the hub's Get Auth callback, as registered with the marketplace
   */
  HubSide(
      AppConfig config,
      SecretBox box,
      URI defaultQapiUrl,
      MeterRegistry meters,
      String getAuthIntegrator,
      URI callback) {
    this.ds = Databases.open("hub", config.hubDbUrl(), config.dataDir(), meters);
    this.apiToken = Tokens.resolve(config.apiToken(), config.dataDir().resolve("api-token"));
    HubConfig.Builder b =
        HubConfig.builder(apiToken)
            .defaultQapiUrl(defaultQapiUrl)
            .lockLease(config.hubLockLease())
            .qapiHosts(QapiHosts.parse(config.qapiHosts()));
    if (!getAuthIntegrator.isBlank()) {
      b.getAuth(getAuthIntegrator, callback);
    }
    this.hub = Hub.create(b.build(), ds, Clock.systemUTC(), box, meters);
  }

  void mount(RoutesConfig routes) {
    hub.mount(routes);
  }

  void start() {
    hub.start();
  }

  @Override
  public void close() {
    hub.close();
    ds.close();
  }
}
