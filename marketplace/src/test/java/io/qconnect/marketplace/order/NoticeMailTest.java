package io.qconnect.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.qconnect.marketplace.notice.Mail;
import io.qconnect.marketplace.notice.MailRelay;
import io.qconnect.marketplace.notice.MailSettings;
import io.qconnect.marketplace.notice.NoticeForm;
import io.qconnect.marketplace.notice.NoticeSetting;
import io.qconnect.protocol.secret.SecretBox;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notification mail end to end: settings registered through the service, orders placed through the
 * sandbox, the relay reading the outbox, Angus Mail delivering to a real SMTP server (GreenMail),
 * and the received MIME parsed back.
 */
class NoticeMailTest {
  private OrderWorld w;
  private GreenMail smtp;
  private int port;

  @BeforeEach
  void start() throws Exception {
    w = OrderWorld.start();
    w.item("SKU-1", 1200, 100);
    port = freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    smtp.start();
    w.server.market.useMail(
        MailSettings.of("smtp://127.0.0.1:" + port, null, null, null)
            .withBackoff(Duration.ofMillis(200), Duration.ofMillis(800))
            .withPoll(Duration.ofMillis(100)));
  }

  @AfterEach
  void stop() {
    w.server.market.mailRelay().close();
    if (smtp != null) {
      smtp.stop();
    }
    w.close();
  }

  private NoticeSetting register(int template, String to, boolean use, boolean standby) {
    return w.server
        .market
        .notices()
        .register(
            w.sellerId, new NoticeForm(template, to, use, standby, "", "", "", ""), w.sellerId);
  }

  private long paidOrder() {
    return w.order(true, "Credit Card", new Object[] {"SKU-1", "", 2}).get(0);
  }

  @Test
  void anOrderSendsOneMailPerUseYSettingOfItsKindWithEveryPlaceholderFilled() throws Exception {
    register(4, "ne-1@integrator.example.jp", true, false);
    w.server
        .market
        .notices()
        .register(
            w.sellerId,
            new NoticeForm(
                51, "ne-2@integrator.example.jp", true, false, "secret-key-123", "", "", ""),
            w.sellerId);
    register(4, "stopped@integrator.example.jp", false, false);
    register(1, "standby@integrator.example.jp", true, true);
    register(17, "claims@integrator.example.jp", true, false);

    long orderNo = paidOrder();
    w.server.market.mailRelay().runOnce();

    MimeMessage[] got = smtp.getReceivedMessages();
    assertThat(got).hasSize(2);
    assertThat(Arrays.stream(got).map(NoticeMailTest::to).sorted().toList())
        .containsExactly("ne-1@integrator.example.jp", "ne-2@integrator.example.jp");
    long packNo = w.server.market.outbox().ofOrder(orderNo).get(0).packNo();
    for (MimeMessage m : got) {
      assertThat(m.getSubject()).isEqualTo("Qoo10の注文のお知らせです。(注文番号:" + orderNo + ")");
      String raw = raw(m);
      assertThat(raw).contains("Subject: =?UTF-8?");
      assertThat(m.getContentType())
          .containsIgnoringCase("text/plain")
          .containsIgnoringCase("UTF-8");
      String body = ((String) m.getContent()).replace("\r\n", "\n");
      assertThat(body).doesNotContain("[$_");
      assertThat(body.split("\n"))
          .containsExactly(
              "いつもQoo10をご利用いただきまして誠にありがとうございます。",
              "お客様から下記の注文が入りましたのでお知らせいたします。",
              "販売者ID : order-shop",
              "カート番号 : " + packNo,
              "送料 : ¥0",
              body.split("\n")[5],
              "■注文者の情報",
              "氏名 : 山田 太郎",
              "氏名(フリガナ) : ヤマダ タロウ",
              "電話番号 : +81-3-1234-5678",
              "Eメールアドレス : taro@example.jp",
              "■支払方法",
              "クレジットカード");
      assertThat(body.split("\n")[5]).matches("注文日時 : \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");
      assertThat(m.getFrom()[0].toString()).isEqualTo("Qoo10 <qoo10info@qoo10.jp>");
    }
    MimeMessage keyed =
        Arrays.stream(got).filter(m -> to(m).startsWith("ne-2")).findFirst().orElseThrow();
    assertThat(keyed.getHeader("X-Qoo10-Certification-Key")).containsExactly("secret-key-123");
    MimeMessage plain =
        Arrays.stream(got).filter(m -> to(m).startsWith("ne-1")).findFirst().orElseThrow();
    assertThat(plain.getHeader("X-Qoo10-Certification-Key")).isNull();

    List<Mail> log = w.server.market.notices().mails(w.sellerId, null, null, 50);
    assertThat(log).extracting(Mail::to).doesNotContain("stopped@integrator.example.jp");
    assertThat(log)
        .filteredOn(m -> m.to().startsWith("standby"))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(Mail.Status.HELD));
    assertThat(log).filteredOn(m -> m.to().startsWith("claims")).isEmpty();
  }

  @Test
  void eachKindsMailNamesTheOrderInItsSubjectAndTheCartInItsBody() throws Exception {
    register(14, "ship@integrator.example.jp", true, false);
    register(15, "done@integrator.example.jp", true, false);
    register(16, "cancel@integrator.example.jp", true, false);
    register(17, "cancelled@integrator.example.jp", true, false);
    long shipped = paidOrder();
    long cancelled = paidOrder();
    assertThat(w.sandbox("cancel-request", cancelled)).isEqualTo(200);
    w.server
        .market
        .orders()
        .confirm(
            w.sellerId, shipped, w.server.clock.nowJst().toLocalDate().plusDays(2), "", "", true);
    w.server.market.orders().ship(w.sellerId, shipped, "ヤマト運輸", "1234-5678-9012");
    assertThat(w.sandbox("deliver", shipped)).isEqualTo(200);
    w.server.market.mailRelay().runOnce();

    MimeMessage[] got = smtp.getReceivedMessages();
    assertThat(Arrays.stream(got).map(NoticeMailTest::to).sorted().toList())
        .containsExactly(
            "cancel@integrator.example.jp",
            "done@integrator.example.jp",
            "ship@integrator.example.jp",
            "ship@integrator.example.jp");
    for (MimeMessage m : got) {
      String body = (String) m.getContent();
      assertThat(m.getSubject()).matches("Qoo10の.+のお知らせです。\\(注文番号:\\d+\\)");
      assertThat(body).containsPattern("(?m)^カート番号 : \\d+\r?$").doesNotContain("[$_");
    }
    MimeMessage done =
        Arrays.stream(got).filter(m -> to(m).startsWith("done")).findFirst().orElseThrow();
    assertThat(done.getSubject()).isEqualTo("Qoo10の配送完了のお知らせです。(注文番号:" + shipped + ")");
    assertThat((String) done.getContent()).contains("送り状番号 : 1234-5678-9012");
  }

  @Test
  void aMailWithAnUnresolvedPlaceholderIsLoggedAsAnErrorAndNeverSent() throws Exception {
    w.server
        .market
        .notices()
        .register(
            w.sellerId,
            new NoticeForm(
                4, "ne@integrator.example.jp", true, false, "", "", "", "注文 [$_NO_SUCH_THING_$]"),
            w.sellerId);
    paidOrder();
    w.server.market.mailRelay().runOnce();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(w.server.market.notices().mails(w.sellerId, null, null, 10))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(Mail.Status.ERROR);
              assertThat(m.lastError()).contains("[$_NO_SUCH_THING_$]");
            });
  }

  @Test
  void whenTheSmtpServerIsDownAndComesBackEveryPendingMailArrivesExactlyOnceEvenAcrossARestart()
      throws Exception {
    register(4, "ne@integrator.example.jp", true, false);
    smtp.stop();
    MailRelay relay = w.server.market.mailRelay();
    relay.start();
    for (int i = 0; i < 5; i++) {
      paidOrder();
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                w.server.market.notices().mails(w.sellerId, null, null, 10).stream()
                        .filter(m -> m.attempts() >= 2)
                        .count()
                    == 5);
    // the process "restarts": the relay stops with every mail pending and a new one takes over
    relay.close();
    assertThat(w.server.market.notices().countMails(Mail.Status.PENDING)).isEqualTo(5);
    Thread.sleep(1500);
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    smtp.start();
    Jdbi jdbi = Jdbi.create(w.server.dataSource);
    try (MailRelay again =
        new MailRelay(
            jdbi,
            new Outbox(jdbi),
            SecretBox.random(),
            Clock.systemUTC(),
            w.server.market.mailRelay().settings())) {
      again.start();
      assertThat(smtp.waitForIncomingEmail(20_000, 5)).isTrue();
      Thread.sleep(1500);
    }
    assertThat(smtp.getReceivedMessages()).hasSize(5);
    assertThat(
            Arrays.stream(smtp.getReceivedMessages())
                .map(NoticeMailTest::subject)
                .distinct()
                .count())
        .isEqualTo(5);
    assertThat(w.server.market.notices().countMails(Mail.Status.SENT)).isEqualTo(5);
  }

  private static String to(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String raw(MimeMessage m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.writeTo(out);
    return out.toString(StandardCharsets.US_ASCII);
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
