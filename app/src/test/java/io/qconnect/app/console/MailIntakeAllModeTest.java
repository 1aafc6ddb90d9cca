package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.app.Application;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-in-one process listens for mail on its own (no --mail-port), shows the demo shop's intake
 * address in the API and on the shop's page, and imports an order a mail names.
 */
class MailIntakeAllModeTest {
  private static final String SHOP = "demo-shop";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Application app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, true);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> api(String method, String path, String body)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(app.url() + path))
                .header("Authorization", "Bearer " + app.apiToken())
                .header("Content-Type", "application/json")
                .method(
                    method,
                    body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode intake() throws Exception {
    return JSON.readTree(api("GET", "/api/shops/" + SHOP, null).body()).get("mailIntake");
  }

  @Test
  void the_shop_answer_names_its_intake_address_with_the_template_group_and_kind()
      throws Exception {
    JsonNode mail = intake();

    assertThat(app.mailPort()).isPositive();
    assertThat(mail.get("address").asText()).matches("orders-[0-9a-f]{32}@.+");
    assertThat(mail.get("group").asText()).isEqualTo("NextEngine");
    assertThat(mail.get("kind").asText()).isEqualTo("ORDER");
    assertThat(intake()).isEqualTo(mail);
  }

  @Test
  void the_shop_page_shows_the_address_and_what_to_register_in_japanese() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String login =
        http.send(
                HttpRequest.newBuilder(URI.create(app.url() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(m.find()).isTrue();
    http.send(
        HttpRequest.newBuilder(URI.create(app.url() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "_csrf="
                        + m.group(1)
                        + "&login=operator&password="
                        + URLEncoder.encode(TestApp.OPERATOR_PASSWORD, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    String page =
        http.send(
                HttpRequest.newBuilder(URI.create(app.url() + "/hub/shops/" + SHOP))
                    .header("Accept-Language", "ja")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertThat(page)
        .contains(intake().get("address").asText())
        .contains("メール取込")
        .contains("通知管理")
        .contains("NextEngine")
        .contains("受信中");
  }

  @Test
  void the_demo_sellers_paid_orders_reach_the_hub_by_the_marketplaces_own_mail() throws Exception {
    String address = intake().get("address").asText();
    assertThat(app.marketplace().notices().settings(SHOP, 0, 200))
        .anySatisfy(
            n -> {
              assertThat(n.destination()).isEqualTo(address);
              assertThat(n.template().no()).isEqualTo(4);
              assertThat(n.use()).isTrue();
            });
    assertThat(api("PATCH", "/api/shops/" + SHOP, "{\"autoImport\":false}").statusCode())
        .isEqualTo(200);

    long orderNo = TestApp.placeOrder(app, SHOP, "SKU-0004");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api("GET", "/api/orders?shop=" + SHOP, null).body().contains("" + orderNo));
    assertThat(api("GET", "/api/sync-runs?shop=" + SHOP, null).body()).contains("\"MAIL\"");
  }

  @Test
  void an_order_named_in_a_mail_appears_in_the_hub_api_without_a_scheduled_import()
      throws Exception {
    assertThat(api("PATCH", "/api/shops/" + SHOP, "{\"autoImport\":false}").statusCode())
        .isEqualTo(200);
    long orderNo = TestApp.placeOrder(app, SHOP, "SKU-0003");
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(app.mailPort()));
    MimeMessage mail = new MimeMessage(Session.getInstance(p));
    mail.setFrom(new InternetAddress("qoo10info@qoo10.jp"));
    mail.setRecipients(Message.RecipientType.TO, intake().get("address").asText());
    mail.setSubject("Qoo10の注文のお知らせです。(注文番号:" + orderNo + ")", "UTF-8");
    mail.setText("販売者ID : " + SHOP + "\nカート番号 : 1\n", "UTF-8");

    Transport.send(mail);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> api("GET", "/api/orders?shop=" + SHOP, null).body().contains("" + orderNo));
  }
}
