package io.qconnect.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.RequestForm;
import io.qconnect.marketplace.notice.Mail;
import io.qconnect.marketplace.notice.MailSettings;
import io.qconnect.marketplace.notice.NoticeForm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /sandbox/notices} and {@code /sandbox/mails} over HTTP with the embedded mail catcher, the
 * seller notices (FTP opened, API-key decision), and an address a server refuses for good.
 */
class NoticeSandboxTest {
  private OrderWorld w;

  @BeforeEach
  void start() {
    w = OrderWorld.start();
    w.item("SKU-1", 1500, 100);
  }

  @AfterEach
  void stop() {
    w.server.market.mailRelay().close();
    w.close();
  }

  private int post(String json) {
    return w.server.sandbox("POST", "/sandbox/notices", json).statusCode();
  }

  private String body(String to, String extra) {
    return "{\"sellerId\":\"order-shop\",\"group\":\"NextEngine\",\"template\":4,\"to\":\""
        + to
        + "\""
        + extra
        + "}";
  }

  @Test
  void aSettingRegisteredThroughTheSandboxSendsMailsTheCatcherShowsWithTheOrderNumberFilled()
      throws Exception {
    String since = java.time.OffsetDateTime.now().minusMinutes(1).toString();
    assertThat(post(body("hub-intake@hub.example.jp", ",\"use\":\"Y\",\"standby\":\"N\"")))
        .isEqualTo(201);
    assertThat(post(body("second@hub.example.jp", ""))).isEqualTo(201);
    assertThat(post(body("off@hub.example.jp", ",\"use\":\"N\""))).isEqualTo(201);
    JsonNode list =
        OrderWorld.read(
            w.server.sandbox("GET", "/sandbox/notices?sellerId=order-shop", null).body());
    assertThat(list.get("notices")).hasSize(3);
    assertThat(list.get("notices").get(0).get("group").asText()).isEqualTo("NextEngine Template");
    assertThat(list.get("notices").get(0).get("kind").asText()).isEqualTo("ORDER");
    assertThat(list.get("notices").get(2).get("use").asText()).isEqualTo("N");

    long orderNo = w.order(true, "Credit Card", new Object[] {"SKU-1", "", 1}).get(0);
    w.server.market.mailRelay().runOnce();

    JsonNode mails =
        OrderWorld.read(
                w.server
                    .sandbox(
                        "GET",
                        "/sandbox/mails?to=hub-intake@hub.example.jp&since="
                            + OrderWorld.enc(since),
                        null)
                    .body())
            .get("mails");
    assertThat(mails).hasSize(1);
    JsonNode m = mails.get(0);
    assertThat(m.get("to").asText()).isEqualTo("hub-intake@hub.example.jp");
    assertThat(m.get("from").asText()).isEqualTo("Qoo10 <qoo10info@qoo10.jp>");
    assertThat(m.get("subject").asText()).isEqualTo("Qoo10の注文のお知らせです。(注文番号:" + orderNo + ")");
    assertThat(m.get("body").asText()).contains("カート番号 : ").doesNotContain("[$_");
    assertThat(m.get("template").asInt()).isEqualTo(4);
    assertThat(m.get("sentAt").asText()).isNotBlank();
    JsonNode all = OrderWorld.read(w.server.sandbox("GET", "/sandbox/mails", null).body());
    assertThat(all.get("mails"))
        .extracting(x -> x.get("to").asText())
        .containsExactlyInAnyOrder("hub-intake@hub.example.jp", "second@hub.example.jp");
    String future = OrderWorld.enc(java.time.OffsetDateTime.now().plusHours(1).toString());
    assertThat(
            OrderWorld.read(w.server.sandbox("GET", "/sandbox/mails?since=" + future, null).body())
                .get("mails"))
        .isEmpty();
  }

  @Test
  void theSandboxValidatesExactlyAsTheConsoleAndDeletesNothing() {
    assertThat(post(body("not-an-address", ""))).isEqualTo(400);
    assertThat(post(body("a@b.example.jp\\r\\nBcc: x@y.jp", ""))).isEqualTo(400);
    assertThat(post("{\"sellerId\":\"order-shop\",\"to\":\"a@example.jp\"}")).isEqualTo(400);
    assertThat(post("{\"sellerId\":\"order-shop\",\"template\":999,\"to\":\"a@example.jp\"}"))
        .isEqualTo(400);
    assertThat(
            post(
                "{\"sellerId\":\"order-shop\",\"group\":\"StockGear\",\"template\":4,"
                    + "\"to\":\"a@example.jp\"}"))
        .isEqualTo(400);
    assertThat(post(body("a@example.jp", ",\"use\":\"maybe\""))).isEqualTo(400);
    assertThat(post(body("a@example.jp", ",\"certKey\":\"short\""))).isEqualTo(400);
    assertThat(post("{\"sellerId\":\"nobody\",\"template\":4,\"to\":\"a@example.jp\"}"))
        .isEqualTo(404);
    assertThat(w.server.market.notices().count("order-shop")).isZero();
    // the same template twice, to different destinations
    assertThat(post(body("one@example.jp", ""))).isEqualTo(201);
    assertThat(post(body("two@example.jp", ""))).isEqualTo(201);
    assertThat(w.server.sandbox("DELETE", "/sandbox/notices", null).statusCode()).isIn(404, 405);
    assertThat(w.server.market.notices().count("order-shop")).isEqualTo(2);
  }

  @Test
  void standbyHoldsTheMailAndTheCertificationKeyIsStoredSealedAndShownMasked() {
    assertThat(post(body("held@example.jp", ",\"standby\":\"Y\",\"certKey\":\"k3y-for-the-hub\"")))
        .isEqualTo(201);
    JsonNode n =
        OrderWorld.read(
                w.server.sandbox("GET", "/sandbox/notices?sellerId=order-shop", null).body())
            .get("notices")
            .get(0);
    assertThat(n.get("certKey").asText()).isEqualTo("k3y-…ub").doesNotContain("for-the");
    Integer stored =
        org.jdbi.v3.core.Jdbi.create(w.server.dataSource)
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM mk_notice_setting WHERE cert_key LIKE '%for-the%'")
                        .mapTo(Integer.class)
                        .one());
    assertThat(stored).isZero();
    w.order(true, "Credit Card", new Object[] {"SKU-1", "", 1});
    w.server.market.mailRelay().runOnce();
    assertThat(w.server.market.notices().mails("order-shop", null, null, 10))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(Mail.Status.HELD));
    assertThat(OrderWorld.read(w.server.sandbox("GET", "/sandbox/mails", null).body()).get("mails"))
        .isEmpty();
  }

  @Test
  void approvingAnFtpRequestMailsTheSellerThatFtpIsOpen() {
    var req =
        w.server
            .market
            .access()
            .file(
                new RequestForm(
                    PermissionKind.FTP,
                    "order-shop",
                    "order-shop@example.jp",
                    "食品",
                    "在庫連携",
                    "NextEngine"));
    w.server.market.tick();
    w.server.market.mailRelay().runOnce();
    List<Mail> sent = w.server.market.notices().sentMails("order-shop@example.jp", null, 10);
    assertThat(sent)
        .filteredOn(m -> m.event().equals("FTP_OPENED"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).contains("FTPオープン完了");
              assertThat(m.body()).contains("申請番号 : " + req.id()).contains("【FTP接続でアップロード】");
            });
  }

  @Test
  void aRejectedApiKeyRequestMailsTheSellerTheReason() {
    w.server
        .market
        .access()
        .settings(new io.qconnect.marketplace.access.AccessSettings(false, Duration.ZERO));
    // a seller without an API key: one who holds it already cannot ask again
    w.server
        .market
        .sellers()
        .register(
            new io.qconnect.marketplace.seller.NewSeller(
                "keyless-shop", "keyless-pass-1", "keyless-shop@example.jp", "食品", true, 0));
    var req =
        w.server
            .market
            .access()
            .file(
                new RequestForm(
                    PermissionKind.API_KEY,
                    "keyless-shop",
                    "keyless-shop@example.jp",
                    "食品",
                    "受注連携",
                    "NextEngine"));
    w.server.market.access().reject(req.id(), "staff", "連動会社名を正しく記入してください");
    w.server.market.mailRelay().runOnce();
    assertThat(w.server.market.notices().sentMails("keyless-shop@example.jp", null, 10))
        .filteredOn(m -> m.event().equals("API_KEY_REJECTED"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).contains("API利用申請の審査結果");
              assertThat(m.body()).contains("連動会社名を正しく記入してください");
            });
  }

  @Test
  void anAddressTheServerRefusesForGoodIsMarkedOnTheSettingAndNotRetried() throws Exception {
    try (RefusingSmtp smtp = new RefusingSmtp()) {
      w.server.market.useMail(
          MailSettings.of("smtp://127.0.0.1:" + smtp.port(), null, null, null)
              .withBackoff(Duration.ofMillis(10), Duration.ofMillis(10)));
      long id =
          w.server
              .market
              .notices()
              .register("order-shop", NoticeForm.of(4, "gone@example.jp"), "order-shop")
              .id();
      w.order(true, "Credit Card", new Object[] {"SKU-1", "", 1});
      w.server.market.mailRelay().runOnce();
      Thread.sleep(50);
      w.server.market.mailRelay().runOnce();
      assertThat(w.server.market.notices().mails("order-shop", null, null, 10))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.status()).isEqualTo(Mail.Status.BOUNCED);
                assertThat(m.attempts()).isEqualTo(1);
                assertThat(m.lastError()).startsWith("550");
              });
      var setting = w.server.market.notices().find("order-shop", id).orElseThrow();
      assertThat(setting.failure()).contains("550");
      // modifying the destination clears the mark
      w.server.market.notices().modify("order-shop", id, NoticeForm.of(4, "new@example.jp"));
      assertThat(w.server.market.notices().find("order-shop", id).orElseThrow().failure()).isNull();
    }
  }

  /** An SMTP server that refuses every recipient with 550 (a mailbox that does not exist). */
  static final class RefusingSmtp implements AutoCloseable {
    private final ServerSocket server;
    private final Thread thread;
    final List<String> commands = new ArrayList<>();

    RefusingSmtp() throws Exception {
      server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
      thread = new Thread(this::serve, "refusing-smtp");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void serve() {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          var in =
              new BufferedReader(
                  new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
          OutputStream out = s.getOutputStream();
          say(out, "220 refusing.example ESMTP");
          String line;
          while ((line = in.readLine()) != null) {
            synchronized (commands) {
              commands.add(line);
            }
            String cmd =
                line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
            switch (cmd) {
              case "EHLO", "HELO" -> say(out, "250 refusing.example");
              case "MAIL" -> say(out, "250 2.1.0 OK");
              case "RCPT" -> say(out, "550 5.1.1 <gone@example.jp>: mailbox unavailable");
              case "RSET", "NOOP" -> say(out, "250 2.0.0 OK");
              case "QUIT" -> {
                say(out, "221 2.0.0 bye");
                line = null;
              }
              default -> say(out, "502 5.5.2 not implemented");
            }
            if (line == null) {
              break;
            }
          }
        } catch (Exception e) {
          // closed
        }
      }
    }

    private static void say(OutputStream out, String s) throws java.io.IOException {
      out.write((s + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    @Override
    public void close() throws java.io.IOException {
      server.close();
    }
  }
}
