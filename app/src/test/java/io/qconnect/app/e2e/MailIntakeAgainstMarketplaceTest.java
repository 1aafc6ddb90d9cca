package io.qconnect.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.mail.MailEvent;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.marketplace.notice.MailSettings;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, the hub's half: notification mails (sent here by a real SMTP client, Angus Mail, as the
 * marketplace sends them) make the hub fetch exactly the named lines from the real marketplace over
 * QAPI. The shop's scheduled import is off and the scheduler not started: only mail can explain an
 * import.
 */
class MailIntakeAgainstMarketplaceTest {
  private HubWorld w;
  private int port;
  private String address;

  @BeforeEach
  void start() {
    w = new HubWorld(Engine.H2, true);
    w.hub.mail().start();
    port = w.hub.listenForMail(InetAddress.getLoopbackAddress(), 0);
    address = w.hub.mail().address(w.shopId).address();
  }

  @AfterEach
  void stop() {
    w.close();
  }

  private void mail(String subject, String body) throws MessagingException {
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(port));
    MimeMessage m = new MimeMessage(Session.getInstance(p));
    m.setFrom(new InternetAddress("qoo10info@qoo10.jp"));
    m.setRecipients(Message.RecipientType.TO, address);
    m.setSubject(subject, "UTF-8");
    m.setText(body, "UTF-8");
    Transport.send(m);
  }

  private void orderMail(long orderNo, long packNo) throws MessagingException {
    mail(
        "Qoo10の注文のお知らせです。(注文番号:" + orderNo + ")",
        w.shopId
            + " 様\nいつもQoo10をご利用いただきありがとうございます。\n販売者ID : "
            + w.shopId
            + "\nカート番号 : "
            + packNo
            + "\n");
  }

  private long packOf(long orderNo) {
    return Jdbi.create(w.market.dataSource)
        .withHandle(
            h ->
                h.createQuery("SELECT pack_no FROM mk_order_line WHERE order_no = :no")
                    .bind("no", orderNo)
                    .mapTo(Long.class)
                    .one());
  }

  @Test
  void a_paid_order_named_in_a_mail_is_in_the_hub_at_once_and_confirmed_and_nothing_else_is()
      throws Exception {
    w.buyersOrder(3, 11);
    List<Long> paid = w.marketLines("status = 2 AND claim_status IS NULL");
    long mailed = paid.get(0);

    orderMail(mailed, packOf(mailed));

    await().atMost(Duration.ofSeconds(20)).until(() -> w.hubLines().size() == 1);
    assertThat(w.hubLines()).extracting(OrderLine::orderNo).containsExactly(mailed);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> w.hubLines().get(0).hubStatus() == HubStatus.CONFIRMED);
    assertThat(w.marketLines("status = 3")).containsExactly(mailed);
    assertThat(w.hub.mail().stats(w.shopId).counts()).containsEntry(MailEvent.Outcome.RECEIVED, 1L);
  }

  @Test
  void
      the_marketplace_mails_every_paid_order_to_the_registered_intake_address_and_the_hub_imports_them()
          throws Exception {
    w.market.market.useMail(MailSettings.of("smtp://127.0.0.1:" + port, null, null, null));
    w.market.market.mailRelay().start();
    var r =
        w.market.sandbox(
            "POST",
            "/sandbox/notices",
            "{\"sellerId\":\""
                + w.shopId
                + "\",\"group\":\"NextEngine\",\"template\":4,\"to\":\""
                + address
                + "\",\"use\":\"Y\",\"standby\":\"N\"}");
    assertThat(r.statusCode() / 100).as(r.body()).isEqualTo(2);

    w.buyersOrder(5, 23);
    List<Long> paid = w.marketLines("status >= 2 AND claim_status IS NULL");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(w.hubLines())
                    .extracting(OrderLine::orderNo)
                    .containsExactlyInAnyOrderElementsOf(paid));
    assertThat(w.duplicateHubRows()).isZero();
    assertThat(w.hub.sync().runs(w.shopId, 100))
        .allMatch(run -> run.trigger() == io.qconnect.hub.sync.SyncRun.Trigger.MAIL);
  }

  @Test
  void a_forged_mail_naming_an_unknown_order_only_causes_a_fetch() throws Exception {
    orderMail(999_999_999L, 1);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> w.hub.mail().stats(w.shopId).counts().get(MailEvent.Outcome.UNKNOWN_ORDER) == 1);
    assertThat(w.hubLines()).isEmpty();
  }
}
