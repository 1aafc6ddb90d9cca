package io.qconnect.sandbox.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.MarketplaceConfig;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.marketplace.qapi.QapiErrorHandler;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.sandbox.Seeder;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.wire.QapiDates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One started marketplace of a {@link Qoo10Sandbox}: its in-memory database, HTTP server, client
 * and seeded world, with the sandbox HTTP API calls the extension makes on it.
 */
final class Running implements AutoCloseable {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection keepAlive;
  final SandboxClock clock = new SandboxClock(Clock.system(QapiDates.JST));
  final Marketplace market;
  final Javalin http;
  final QapiClient client;
  private final HttpClient httpClient = HttpClient.newHttpClient();
  Seeder.Result seeded;
  CertificationKey certificationKey;

  Running(Qoo10Sandbox s) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:qoo10-sandbox-"
            + DATABASES.incrementAndGet()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    ds.setUser("sa");
    try {
      keepAlive = ds.getConnection(); // an in-memory database lives while a connection is open
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the sandbox's database", e);
    }
    market =
        Marketplace.create(
            new MarketplaceConfig(AccessSettings.demo(), s.sandboxToken(), 1000),
            ds,
            clock,
            SecretBox.random());
    http =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  cfg.jetty.modifyServer(server -> server.setErrorHandler(new QapiErrorHandler()));
                  market.mount(cfg.routes);
                })
            .start("127.0.0.1", 0);
    client =
        QapiClient.builder()
            .baseUrl(
                URI.create(
                    "http://127.0.0.1:"
                        + http.port()
                        + "/GMKT.INC.Front.QAPIService/ebayjapan.qapi"))
            .requestTimeout(Duration.ofSeconds(30))
            .requestsPerSecond(1000)
            .retry(RetryPolicy.none())
            .build();
    reseed(s);
  }

  HttpClient http() {
    return httpClient;
  }

  void reseed(Qoo10Sandbox s) {
    market.reset();
    market.faults().clear();
    if (s.startAt != null) {
      clock.set(s.startAt.toInstant());
    } else {
      clock.reset();
    }
    seeded =
        Seeder.fromSeed(market.sellers(), market.keys(), market.catalog())
            .seed(new Seeder.Request(s.seed, 1, s.items));
    Seeder.SeededSeller seller = seeded.sellers().get(0);
    certificationKey =
        client
            .createCertificationKey(
                new ApiKey(seller.apiKey()), seller.sellerId(), seller.password())
            .orElseThrow();
  }

  /** Calls the sandbox HTTP API with the sandbox's token (see {@link Qoo10Sandbox#sandbox}). */
  HttpResponse<String> sandbox(String method, String path, String json, String token) {
    String baseUrl = "http://127.0.0.1:" + http.port();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json")
            .header("X-Sandbox-Token", token);
    try {
      return httpClient.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A buyer's paid order for {@code qty} (see {@link Qoo10Sandbox#order}). */
  Qoo10Sandbox.Order order(
      String sellerId, String itemOrSellerCode, String optionCode, int qty, String token) {
    String body =
        "{\"sellerId\":"
            + quote(sellerId)
            + ",\"paid\":true,\"lines\":[{\"sellerCode\":"
            + quote(itemOrSellerCode)
            + ",\"optionCode\":"
            + quote(optionCode)
            + ",\"qty\":"
            + qty
            + "}]}";
    HttpResponse<String> r = sandbox("POST", "/sandbox/orders", body, token);
    JsonNode n = read(r.body());
    if (r.statusCode() != 201) {
      throw new IllegalStateException(n.path("error").asText(r.body()));
    }
    List<Long> lines = new ArrayList<>();
    n.get("orderNos").forEach(x -> lines.add(x.asLong()));
    return new Qoo10Sandbox.Order(n.get("packNo").asLong(), List.copyOf(lines));
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s == null ? "" : s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("not JSON: " + body, e);
    }
  }

  @Override
  public void close() {
    client.close();
    httpClient.close();
    http.stop();
    market.close();
    try {
      keepAlive.close();
    } catch (SQLException e) {
      // the database goes with its last connection either way
    }
  }
}
