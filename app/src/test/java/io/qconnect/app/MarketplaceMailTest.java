package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marketplace --smtp-url=smtp://127.0.0.1:P}: a setting registered through {@code POST
 * /sandbox/notices}, an order placed through the sandbox, and the mail arriving at a real SMTP
 * server within seconds, sent by the marketplace process's own relay.
 */
class MarketplaceMailTest {
  @TempDir Path dir;

  @Test
  void theCommandLineOptionReachesTheMarketplaceAndAnOrderMailArrivesOverSmtp() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    AppConfig parsed =
        Main.commandLine(new Main())
            .parseArgs(
                "marketplace",
                "--http-port=0",
                "--data-dir=" + dir.resolve("data"),
                "--smtp-url=smtp://127.0.0.1:" + port,
                "--mail-from=Qoo10 Sandbox <sandbox@qoo10.example.jp>")
            .commandSpec()
            .commandLine()
            .<Main>getCommand()
            .config();
    assertThat(parsed.smtpUrl()).isEqualTo("smtp://127.0.0.1:" + port);
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    smtp.start();
    try (Application app = Application.start(parsed)) {
      String token = app.sandboxToken();
      String seeded = post(app, token, "/sandbox/seed", "{\"seed\":3,\"sellers\":1,\"items\":3}");
      java.util.regex.Matcher id =
          java.util.regex.Pattern.compile("\"sellerId\":\"([^\"]+)\"").matcher(seeded);
      assertThat(id.find()).as(seeded).isTrue();
      String seller = id.group(1);
      assertThat(
              send(
                  app,
                  token,
                  "/sandbox/notices",
                  "{\"sellerId\":\""
                      + seller
                      + "\",\"group\":\"NextEngine\",\"template\":4,"
                      + "\"to\":\"intake@hub.example.jp\",\"use\":\"Y\",\"standby\":\"N\"}"))
          .isEqualTo(201);
      app.marketplace().simulator().start(0, 3);
      long paid =
          app.marketplace().simulator().placeOrders(10).stream()
              .filter(
                  o -> app.marketplace().orders().line(o.orderNos().get(0)).status().code() == 2)
              .count();
      assertThat(paid).isPositive();
      assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
      MimeMessage m = smtp.getReceivedMessages()[0];
      assertThat(m.getSubject()).startsWith("Qoo10の注文のお知らせです。(注文番号:");
      assertThat(m.getFrom()[0].toString()).isEqualTo("Qoo10 Sandbox <sandbox@qoo10.example.jp>");
    } finally {
      smtp.stop();
    }
  }

  private static String post(Application app, String token, String path, String json)
      throws Exception {
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(
              HttpRequest.newBuilder(URI.create(app.url() + path))
                  .header("X-Sandbox-Token", token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }
  }

  private static int send(Application app, String token, String path, String json)
      throws Exception {
    try (HttpClient c = HttpClient.newHttpClient()) {
      HttpResponse<String> r =
          c.send(
              HttpRequest.newBuilder(URI.create(app.url() + path))
                  .header("X-Sandbox-Token", token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode();
    }
  }
}
