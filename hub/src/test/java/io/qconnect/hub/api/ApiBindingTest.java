package io.qconnect.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.Javalin;
import io.qconnect.hub.HubFixture;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Request bodies bind strictly and refuse what does not fit, naming the field. */
class ApiBindingTest {
  private static final String SHOP = "demo-shop";

  private HubFixture f;
  private ApiClient api;

  @BeforeEach
  void start() {
    f = new HubFixture(Engine.H2);
    api = new ApiClient(f);
    f.connect(SHOP);
  }

  @AfterEach
  void stop() {
    api.close();
    f.close();
  }

  private String error(ApiClient.Answer a) {
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    return a.json().path("error").asText();
  }

  @Test
  void an_unknown_field_is_refused_naming_it() {
    assertThat(error(api.patch("/api/shops/" + SHOP, "{\"lookbackDays\":7,\"foo\":1}")))
        .isEqualTo("shop change: unknown field \"foo\"");
    assertThat(error(api.post("/api/shops/" + SHOP + "/sync", "{\"since\":\"2026-01-01\"}")))
        .isEqualTo("sync: unknown field \"since\"");
  }

  @Test
  void a_number_written_as_text_is_refused_naming_the_field() {
    assertThat(error(api.patch("/api/shops/" + SHOP, "{\"lookbackDays\":\"5\"}")))
        .isEqualTo("\"lookbackDays\" must be a whole number");
    assertThat(error(api.patch("/api/shops/" + SHOP, "{\"lookbackDays\":5.5}")))
        .isEqualTo("\"lookbackDays\" must be a whole number");
    assertThat(error(api.patch("/api/shops/" + SHOP, "{\"apiKey\":5}")))
        .isEqualTo("\"apiKey\" must be text");
    assertThat(f.hub.shops().get(SHOP).settings().lookbackDays()).isNotEqualTo(5);
  }

  @Test
  void a_nested_field_is_named_by_its_path() {
    assertThat(error(api.patch("/api/shops/" + SHOP, "{\"statuses\":[2,\"3\"]}")))
        .isEqualTo("\"statuses[1]\" must be a whole number");
    assertThat(
            error(
                api.post(
                    "/api/orders/ship",
                    "[{\"shop\":\"demo-shop\",\"orderNo\":1001,\"carrier\":\"佐川\","
                        + "\"trackingNo\":\"1\",\"note\":\"x\"}]")))
        .isEqualTo("unknown field \"[0].note\"");
    assertThat(error(api.post("/api/orders/ship", "[{\"orderNo\":10.5}]")))
        .isEqualTo("\"[0].orderNo\" must be text");
    assertThat(error(api.post("/api/shops/" + SHOP + "/sync", "{\"from\":\"2026-13-01\"}")))
        .isEqualTo("\"from\" must be a date (yyyy-MM-dd)");
    assertThat(error(api.post("/api/orders/instruct", "[]")))
        .isEqualTo("the body must be a JSON object");
  }

  @Test
  void an_unknown_status_filter_is_refused_naming_it_and_the_known_ones() {
    assertThat(error(api.get("/api/orders?status=BOGUS")))
        .isEqualTo(
            "status must be one of [NEW, CONFIRMED, INSTRUCTED, SHIPPED, DELIVERED, CANCELLED,"
                + " ON_HOLD], not 'BOGUS'");
    assertThat(error(api.get("/api/shipments?state=BOGUS"))).contains("not 'BOGUS'");
  }

  @Test
  void a_programming_error_answers_500_without_its_message_and_is_logged() throws Exception {
    Logger log = (Logger) LoggerFactory.getLogger(ApiGuard.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    log.addAppender(logged);
    ApiGuard guard = new ApiGuard(HubFixture.TOKEN);
    Javalin server =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  cfg.routes.get(
                      "/api/bug",
                      guard.guard(
                          ctx -> {
                            throw new IllegalArgumentException("index 7 out of bounds: secret");
                          }));
                })
            .start("127.0.0.1", 0);
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/bug"))
                  .header("Authorization", "Bearer " + HubFixture.TOKEN)
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).isEqualTo("{\"error\":\"internal error\"}");
      assertThat(logged.list)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getLevel()).isEqualTo(Level.ERROR);
                assertThat(e.getFormattedMessage()).isEqualTo("hub API GET /api/bug failed");
                assertThat(e.getThrowableProxy().getMessage()).contains("out of bounds");
              });
    } finally {
      server.stop();
      log.detachAppender(logged);
    }
  }

  @Test
  void a_body_of_json_null_is_refused_with_400_not_a_500() {
    assertThat(error(api.patch("/api/shops/" + SHOP, "null")))
        .isEqualTo("the body must be a JSON object");
    assertThat(error(api.post("/api/orders/ship", "null")))
        .isEqualTo("the body must be a JSON array");
    assertThat(error(api.post("/api/orders/instruct", "null")))
        .isEqualTo("the body must be a JSON object");
    assertThat(error(api.post("/api/shops/" + SHOP + "/sync", "null")))
        .isEqualTo("the body must be a JSON object");
  }

  @Test
  void an_api_key_with_control_characters_is_refused_with_400_not_a_500() {
    String body = "{\"shopId\":\"other-shop\",\"apiKey\":\"a\\u0000b\\r\\nc\",\"password\":\"p\"}";
    assertThat(error(api.post("/api/shops", body)))
        .startsWith("\"apiKey\" must be visible ASCII characters");
    assertThat(error(api.patch("/api/shops/" + SHOP, "{\"apiKey\":\"key with spaces\"}")))
        .startsWith("\"apiKey\" must be visible ASCII characters");
  }
}
