package io.qconnect.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderQuery;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hub's mail intake end to end: a real SMTP client (Angus Mail) sends to the hub's listener on
 * a free port; the lines come from the (fake) Qoo10 over QAPI. The scheduler is not started, so no
 * poll can explain an import.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class MailIntakeTest {
  private static final String SHOP = "mail-shop";

  @Parameter Engine engine;

  private static int listen(HubFixture f) {
    f.hub.mail().start();
    return f.hub.listenForMail(InetAddress.getLoopbackAddress(), 0);
  }

  private static MimeMessage notice(int port, String to, String subject, String body)
      throws MessagingException {
    return notice(port, to, subject, body, null);
  }

  /** With {@code messageId}, the mail keeps that Message-ID however often it is sent. */
  private static MimeMessage notice(
      int port, String to, String subject, String body, String messageId)
      throws MessagingException {
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(port));
    MimeMessage m =
        new MimeMessage(Session.getInstance(p)) {
          @Override
          protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
              super.updateMessageID();
            } else {
              setHeader("Message-ID", messageId);
            }
          }
        };
    m.setFrom(new InternetAddress("qoo10info@qoo10.jp"));
    m.setRecipients(Message.RecipientType.TO, to);
    m.setSubject(subject, "UTF-8");
    m.setText(body, "UTF-8");
    return m;
  }

  private static void send(int port, String to, long orderNo, long packNo)
      throws MessagingException {
    Transport.send(
        notice(
            port,
            to,
            "Qoo10の注文のお知らせです。(注文番号:" + orderNo + ")",
            "いつもQoo10をご利用いただきありがとうございます。\n販売者ID : " + SHOP + "\nカート番号 : " + packNo + "\n"));
  }

  private static List<OrderLine> lines(HubFixture f) {
    return f.hub.orders().list(new OrderQuery(SHOP, null, null, null, 100));
  }

  private static long count(HubFixture f, MailEvent.Outcome o) {
    return f.hub.mail().stats(SHOP).counts().get(o);
  }

  @Test
  void an_order_mail_imports_exactly_the_named_line_at_once_through_the_import_path()
      throws Exception {
    try (HubFixture f = new HubFixture(engine, true)) {
      f.connect(SHOP, ShopSettings.defaults().withAutomation(true, true));
      f.qoo10.order(SHOP, 1001, ShippingStatus.ON_REQUEST, f.jstNow().minusMinutes(1));
      f.qoo10.order(SHOP, 1002, ShippingStatus.ON_REQUEST, f.jstNow().minusMinutes(1));
      int port = listen(f);
      IntakeAddress address = f.hub.mail().address(SHOP);

      send(port, address.address(), 1001, 1001);

      await().atMost(Duration.ofSeconds(20)).until(() -> lines(f).size() == 1);
      assertThat(lines(f)).extracting(OrderLine::orderNo).containsExactly(1001L);
      // automatic confirmation ran as in a scheduled import: confirmed on Qoo10 and in the hub
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> lines(f).get(0).hubStatus() == HubStatus.CONFIRMED);
      assertThat(f.qoo10.get(1001).status()).isEqualTo(ShippingStatus.SELLER_CONFIRM);
      assertThat(f.hub.sync().runs(SHOP, 10))
          .first()
          .satisfies(
              r -> {
                assertThat(r.trigger()).isEqualTo(SyncRun.Trigger.MAIL);
                assertThat(r.created()).isEqualTo(1);
                assertThat(r.confirmed()).isEqualTo(1);
              });
      assertThat(count(f, MailEvent.Outcome.RECEIVED)).isEqualTo(1);
      assertThat(f.hub.orders().history(SHOP, 1001)).isNotEmpty();
    }
  }

  @Test
  void a_cancellation_mail_moves_the_known_line_to_cancelled_and_a_shipped_line_is_not_created()
      throws Exception {
    try (HubFixture f = new HubFixture(engine, true)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 5001, ShippingStatus.ON_REQUEST, f.jstNow().minusMinutes(5));
      f.qoo10.order(SHOP, 5002, ShippingStatus.ON_DELIVERY, f.jstNow().minusMinutes(5));
      int port = listen(f);
      String to = f.hub.mail().address(SHOP).address();
      send(port, to, 5001, 5001);
      await().atMost(Duration.ofSeconds(20)).until(() -> lines(f).size() == 1);
      f.qoo10.claim(5001, io.qconnect.protocol.order.ClaimStatus.CANCEL_COMPLETE);

      Transport.send(notice(port, to, "Qoo10のキャンセル完了のお知らせです。(注文番号:5001)", "カート番号 : 5001"));
      send(port, to, 5002, 5002); // status 4 only: the shop imports 2 and 3, nothing is created

      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> lines(f).get(0).hubStatus() == HubStatus.CANCELLED);
      await().atMost(Duration.ofSeconds(10)).until(() -> f.hub.mail().idle());
      assertThat(lines(f)).extracting(OrderLine::orderNo).containsExactly(5001L);
    }
  }

  @Test
  void each_shop_has_its_own_unguessable_address_that_stays_the_same() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.connect("other-shop");

      IntakeAddress a = f.hub.mail().address(SHOP);

      assertThat(a.address()).matches("orders-[0-9a-f]{32}@hub\\.qoo10-connect\\.test");
      assertThat(f.hub.mail().address(SHOP)).isEqualTo(a);
      assertThat(f.hub.mail().address("other-shop").address()).isNotEqualTo(a.address());
      assertThat(a.group()).isEqualTo("NextEngine");
      assertThat(a.kind()).isEqualTo("ORDER");
      assertThat(f.hub.mail().shopFor(a.address().toUpperCase(java.util.Locale.ROOT)))
          .contains(SHOP);
      assertThat(f.hub.mail().shopFor("orders-" + "0".repeat(32) + "@hub.qoo10-connect.test"))
          .isEmpty();
    }
  }

  @Test
  void the_same_mail_delivered_twice_is_fetched_once_and_counted_as_a_duplicate() throws Exception {
    try (HubFixture f = new HubFixture(engine, true)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 2001, ShippingStatus.ON_REQUEST, f.jstNow().minusMinutes(1));
      int port = listen(f);
      String to = f.hub.mail().address(SHOP).address();
      String subject = "Qoo10の注文のお知らせです。(注文番号:2001)";
      String id = "<20260114100000.2001@qoo10.jp>";

      Transport.send(notice(port, to, subject, "カート番号：2001", id));
      await().atMost(Duration.ofSeconds(20)).until(() -> lines(f).size() == 1);
      Transport.send(notice(port, to, subject, "カート番号：2001", id));

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> count(f, MailEvent.Outcome.DUPLICATE) == 1);
      assertThat(f.hub.mail().idle()).isTrue();
      assertThat(f.qoo10.byOrderNoCalls()).isEqualTo(1);
      assertThat(lines(f)).hasSize(1);
    }
  }

  @Test
  void a_forged_mail_naming_an_order_qoo10_does_not_know_causes_a_fetch_and_nothing_else()
      throws Exception {
    try (HubFixture f = new HubFixture(engine, true)) {
      f.connect(SHOP);
      f.connect("someone-else");
      f.qoo10.order("someone-else", 3002, ShippingStatus.ON_REQUEST, f.jstNow().minusMinutes(1));
      int port = listen(f);
      String to = f.hub.mail().address(SHOP).address();

      send(port, to, 3001, 3001); // no such line anywhere
      send(port, to, 3002, 3002); // another seller's line

      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> count(f, MailEvent.Outcome.UNKNOWN_ORDER) == 2);
      assertThat(f.qoo10.byOrderNoCalls()).isEqualTo(2);
      assertThat(lines(f)).isEmpty();
      assertThat(f.hub.orders().list(new OrderQuery("someone-else", null, null, null, 100)))
          .isEmpty();
    }
  }

  @Test
  void bad_mail_is_refused_or_counted_and_intake_goes_on() throws Exception {
    try (HubFixture f = new HubFixture(engine, true)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 4001, ShippingStatus.ON_REQUEST, f.jstNow().minusMinutes(1));
      int port = listen(f);
      String to = f.hub.mail().address(SHOP).address();

      assertThatThrownBy(
              () -> send(port, "orders-" + "a".repeat(32) + "@hub.qoo10-connect.test", 4001, 1))
          .isInstanceOf(SendFailedException.class)
          .satisfies(
              e ->
                  assertThat(
                          ((SMTPAddressFailedException)
                                  ((SendFailedException) e).getNextException())
                              .getReturnCode())
                      .isEqualTo(550));
      assertThatThrownBy(
              () ->
                  Transport.send(
                      notice(port, to, "大きすぎる (注文番号:4001)", "あ".repeat(SmtpIntake.MAX_BYTES))))
          .isInstanceOf(SMTPSendFailedException.class)
          .satisfies(e -> assertThat(((SMTPSendFailedException) e).getReturnCode()).isEqualTo(552));
      Transport.send(notice(port, to, "ご案内", "注文とは関係のないお知らせです。"));

      send(port, to, 4001, 4001);

      await().atMost(Duration.ofSeconds(20)).until(() -> lines(f).size() == 1);
      MailStats stats = f.hub.mail().stats(SHOP);
      assertThat(stats.unknownRecipients()).isEqualTo(1);
      assertThat(stats.counts())
          .containsEntry(MailEvent.Outcome.OVERSIZED, 1L)
          .containsEntry(MailEvent.Outcome.UNPARSEABLE, 1L)
          .containsEntry(MailEvent.Outcome.RECEIVED, 1L);
      assertThat(stats.listening()).isTrue();
      assertThat(stats.recent()).hasSize(3);
    }
  }
}
