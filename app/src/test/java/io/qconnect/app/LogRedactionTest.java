package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Everything the all-in-one logs, formatted as its console appender formats it, while it is sent
 * requests that carry secrets: no secret reaches a log line or an API answer.
 */
class LogRedactionTest {
  private static final String CERT_KEY = "CertKeySecret0123456789abcdefXYZ";
  private static final String URL_PASSWORD = "hunter2UrlSecret77";
  private static final String PASSWORD = "PlainPasswordSecret55";

  @TempDir Path dir;

  /**
   * Configures logging as the packaged application does ({@code logback.xml} of the app; tests
   * otherwise get a test configuration), and adds an appender with the pattern of its CONSOLE
   * appender, writing to {@code out}.
   */
  private static OutputStreamAppender<ILoggingEvent> capture(OutputStream out) throws Exception {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    ctx.reset();
    ch.qos.logback.classic.joran.JoranConfigurator joran =
        new ch.qos.logback.classic.joran.JoranConfigurator();
    joran.setContext(ctx);
    joran.doConfigure(Path.of("src/main/resources/logback.xml").toUri().toURL());
    Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
    String pattern = ((PatternLayoutEncoder) console.getEncoder()).getPattern();
    assertThat(pattern).contains("%rmsg").contains("%rex");
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(ctx);
    encoder.setPattern(pattern);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    OutputStreamAppender<ILoggingEvent> a = new OutputStreamAppender<>();
    a.setContext(ctx);
    a.setName("capture");
    a.setEncoder(encoder);
    a.setOutputStream(out);
    a.start();
    root.addAppender(a);
    return a;
  }

  private static String raw(int port, String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      try {
        for (int n; (n = in.read(buf)) > 0; ) {
          got.write(buf, 0, n);
        }
      } catch (java.io.IOException e) {
        // closed after the answer
      }
      return got.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void no_key_password_or_url_credentials_reach_a_log_line_or_an_answer() throws Exception {
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    OutputStreamAppender<ILoggingEvent> appender = capture(logged);
    Logger root =
        ((LoggerContext) LoggerFactory.getILoggerFactory())
            .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    java.util.List<String> answers = new java.util.ArrayList<>();
    String apiKey;
    try (Application app =
        Application.start(AppConfig.defaults(RunMode.ALL, 0, dir.resolve("data")))) {
      apiKey = app.marketplace().keys().revealApiKey(Demo.SELLER).orElseThrow();
      String qapi = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";
      // a CONNECT request with the certification key in its target (Jetty logs the target)
      answers.add(
          raw(
              app.port(),
              "CONNECT "
                  + qapi
                  + "/ShippingBasic.GetShippingInfo_v3?key="
                  + CERT_KEY
                  + "&CertificationKey="
                  + CERT_KEY
                  + " HTTP/1.1\r\nHost: localhost\r\n\r\n"));
      answers.add(
          raw(
              app.port(),
              "CONNECT localhost:1?key="
                  + CERT_KEY
                  + " HTTP/1.1\r\nHost: localhost:1?key="
                  + CERT_KEY
                  + "\r\n\r\n"));
      // QAPI calls with secrets in the query string and the form body
      HttpClient http = HttpClient.newHttpClient();
      answers.add(
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              app.url()
                                  + qapi
                                  + "/CertificationAPI.CreateCertificationKey?key="
                                  + apiKey
                                  + "&user_id=demo-shop&pwd="
                                  + PASSWORD))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body());
      answers.add(
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(app.url() + qapi + "/ShippingBasic.GetShippingInfo_v3"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString("key=" + CERT_KEY + "&a=%ZZ"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body());
      // the hub API: a baseUrl with credentials, with and without a valid shape
      for (String baseUrl :
          List.of(
              "http://admin:" + URL_PASSWORD + "@127.0.0.1:1" + qapi,
              "ftp://admin:" + URL_PASSWORD + "@127.0.0.1" + qapi,
              "http://admin:" + URL_PASSWORD + "@bad host/" + qapi)) {
        answers.add(
            http.send(
                    HttpRequest.newBuilder(URI.create(app.url() + "/api/shops"))
                        .header("Authorization", "Bearer " + app.apiToken())
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"shopId\":\"x-shop\",\"apiKey\":\""
                                    + apiKey
                                    + "\",\"password\":\""
                                    + PASSWORD
                                    + "\",\"baseUrl\":\""
                                    + baseUrl
                                    + "\"}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
      }
      answers.add(
          http.send(
                  HttpRequest.newBuilder(URI.create(app.url() + "/api/shops"))
                      .header("Authorization", "Bearer " + app.apiToken())
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body());
      // whatever a part of the system logs goes through the same redaction
      org.slf4j.Logger log = LoggerFactory.getLogger("io.qconnect.test");
      log.warn(
          "calling http://admin:{}@qapi.example/x?key={}&pwd={}", URL_PASSWORD, CERT_KEY, PASSWORD);
      log.error(
          "failed",
          new IllegalStateException(
              "bad target /x?CertificationKey=" + CERT_KEY + "&apiKey=" + apiKey));
      log.info("body {\"apiKey\":\"{}\",\"password\":\"{}\"}", apiKey, PASSWORD);
    } finally {
      root.detachAppender(appender);
      appender.stop();
      LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
      ctx.reset();
      new ch.qos.logback.classic.util.ContextInitializer(ctx).autoConfig();
    }
    String all = logged.toString(StandardCharsets.UTF_8);
    assertThat(all).contains("calling http://***@qapi.example/x?key=***&pwd=***");
    assertThat(all).contains("CertificationKey=***");
    assertThat(all)
        .as("every line carries its date and zone offset")
        .containsPattern(
            "(?m)^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) INFO ");
    for (String secret : List.of(CERT_KEY, URL_PASSWORD, PASSWORD, apiKey)) {
      assertThat(all).as("the log").doesNotContain(secret);
      for (String answer : answers) {
        assertThat(answer).as("an answer").doesNotContain(secret);
      }
    }
  }
}
