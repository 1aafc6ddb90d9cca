package io.qconnect.hub.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The hub's SMTP listener (subethasmtp): takes mail for intake addresses only. A recipient that is
 * no shop's address is refused at RCPT with 550; a mail over {@link #MAX_BYTES} is refused with
 * 552; any other mail is answered 250 once it is logged, whatever it says (a sender retrying a mail
 * we cannot read would gain nothing). Reading the mail and queueing its orders never waits for
 * Qoo10.
 */
public final class SmtpIntake implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SmtpIntake.class);

  /** Notification mails are a few kilobytes; anything far larger is not one. */
  public static final int MAX_BYTES = 256 * 1024;

  private final MailIntake intake;
  private final SMTPServer server;

  private SmtpIntake(MailIntake intake, InetAddress bind, int port, String hostName) {
    this.intake = intake;
    this.server =
        SMTPServer.port(port)
            .bindAddress(bind)
            .hostName(hostName)
            .softwareName("qoo10-connect hub mail intake")
            .maxRecipients(20)
            .maxConnections(200)
            .connectionTimeoutMs(60_000)
            .messageHandlerFactory(Handler::new)
            .build();
  }

  /**
   * Starts listening.
   *
   * @param port 0 picks a free one ({@link #port()} tells which)
   */
  public static SmtpIntake start(MailIntake intake, InetAddress bind, int port, String hostName) {
    SmtpIntake s = new SmtpIntake(intake, bind, port, hostName);
    s.server.start();
    intake.listening(true);
    LOG.info("mail intake listening on {}", s.server.getDisplayableLocalSocketAddress());
    return s;
  }

  /** The port it listens on. */
  public int port() {
    return server.getPortAllocated();
  }

  @Override
  public void close() {
    intake.listening(false);
    server.stop();
  }

  /** One SMTP transaction: the recipients accepted, then the data. */
  private final class Handler implements MessageHandler {
    private final List<String> shops = new ArrayList<>();

    @SuppressWarnings("unused") // the factory's signature
    Handler(MessageContext ctx) {}

    @Override
    public void from(String from) {}

    @Override
    public void recipient(String recipient) throws RejectException {
      Optional<String> shop = intake.shopFor(recipient);
      if (shop.isEmpty() || !intake.accepts(shop.get())) {
        intake.unknownRecipient(recipient);
        throw new RejectException(550, "5.1.1 no such mailbox");
      }
      if (!shops.contains(shop.get())) {
        shops.add(shop.get());
      }
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
      byte[] raw = data.readNBytes(MAX_BYTES + 1);
      if (raw.length > MAX_BYTES) {
        shops.forEach(s -> intake.oversized(s, MAX_BYTES));
        throw new RejectException(552, "5.3.4 message too big for the mail intake");
      }
      for (String shop : shops) {
        try {
          intake.receive(shop, raw);
        } catch (RuntimeException e) {
          // the hub's fault (its database): the sender may try again later
          LOG.error("mail intake, shop {}: a mail could not be taken", shop, e);
          throw new RejectException(451, "4.3.0 the hub could not take the mail now");
        }
      }
      return null;
    }

    @Override
    public void done() {}
  }
}
