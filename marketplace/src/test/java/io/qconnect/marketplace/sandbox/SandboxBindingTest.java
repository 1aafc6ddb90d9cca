package io.qconnect.marketplace.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.qconnect.marketplace.MarketplaceServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code /sandbox} binds bodies as strictly as the hub's {@code /api}, naming the field. */
class SandboxBindingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MarketplaceServer server;

  @BeforeEach
  void start() {
    server = MarketplaceServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String error(String method, String path, String body) throws Exception {
    HttpResponse<String> r = server.sandbox(method, path, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    return JSON.readTree(r.body()).path("error").asText();
  }

  @Test
  void an_unknown_field_is_refused_naming_it() throws Exception {
    assertThat(error("POST", "/sandbox/seed", "{\"seed\":1,\"shops\":2}"))
        .isEqualTo("unknown field \"shops\"");
    assertThat(server.market.sellers().all()).isEmpty();
  }

  @Test
  void a_number_written_as_text_is_refused_naming_the_field() throws Exception {
    assertThat(error("POST", "/sandbox/seed", "{\"items\":\"5\"}"))
        .isEqualTo("\"items\" must be a whole number");
    assertThat(error("POST", "/sandbox/faults", "{\"fault\":\"delay\",\"delayMs\":1.5}"))
        .isEqualTo("\"delayMs\" must be a whole number");
    assertThat(error("POST", "/sandbox/sellers", "{\"sellerId\":42}"))
        .isEqualTo("\"sellerId\" must be text");
    assertThat(error("PUT", "/sandbox/clock", "{\"advance\":\"tomorrow\"}"))
        .isEqualTo("\"advance\" must be an ISO-8601 duration (PT5M, P1D)");
  }

  @Test
  void a_nested_field_is_named_by_its_path() throws Exception {
    assertThat(
            error(
                "POST",
                "/sandbox/orders",
                "{\"sellerId\":\"demo-shop\",\"lines\":[{\"itemCode\":\"1\"},{\"qty\":\"2\"}]}"))
        .isEqualTo("\"lines[1].qty\" must be a whole number");
    assertThat(
            error(
                "POST",
                "/sandbox/orders",
                "{\"sellerId\":\"demo-shop\",\"buyer\":{\"nick\":\"x\"}}"))
        .isEqualTo("unknown field \"buyer.nick\"");
    assertThat(error("POST", "/sandbox/simulator", "[1]"))
        .isEqualTo("the body must be a JSON object");
  }

  @Test
  void a_programming_error_answers_500_without_its_message_and_is_logged() throws Exception {
    Logger log = (Logger) LoggerFactory.getLogger(SandboxRoutes.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    log.addAppender(logged);
    SandboxRoutes guard = new SandboxRoutes(server.market, MarketplaceServer.TOKEN);
    Javalin http =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  cfg.routes.get(
                      "/sandbox/bug",
                      guard.guarded(
                          ctx -> {
                            throw new IllegalArgumentException("index 7 out of bounds: secret");
                          }));
                })
            .start("127.0.0.1", 0);
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/sandbox/bug"))
                  .header("X-Sandbox-Token", MarketplaceServer.TOKEN)
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).isEqualTo("{\"error\":\"internal error\"}");
      assertThat(logged.list)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getLevel()).isEqualTo(Level.ERROR);
                assertThat(e.getFormattedMessage()).isEqualTo("sandbox GET /sandbox/bug failed");
                assertThat(e.getThrowableProxy().getMessage()).contains("out of bounds");
              });
    } finally {
      http.stop();
      log.detachAppender(logged);
    }
  }
}
