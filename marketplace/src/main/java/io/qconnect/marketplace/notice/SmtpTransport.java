package io.qconnect.marketplace.notice;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Angus Mail over SMTP: {@code smtp://} with STARTTLS whenever the server offers it, or {@code
 * smtps://}; login when a user is configured. Subjects are RFC 2047 encoded, bodies text/plain
 * UTF-8; the certification key travels in {@code X-Qoo10-Certification-Key}.
 */
final class SmtpTransport implements MailTransport {
  /** The header that carries a setting's certification key to the receiver. */
  static final String CERT_HEADER = "X-Qoo10-Certification-Key";

  private final MailSettings settings;
  private final Session session;
  private final String protocol;

  SmtpTransport(MailSettings settings) {
    this.settings = settings;
    this.protocol = settings.smtpUrl().getScheme().toLowerCase(Locale.ROOT);
    String p = "mail." + protocol + ".";
    Properties props = new Properties();
    props.put(p + "host", settings.smtpUrl().getHost());
    props.put(p + "port", Integer.toString(settings.port()));
    props.put(p + "connectiontimeout", "10000");
    props.put(p + "timeout", "20000");
    props.put(p + "writetimeout", "20000");
    props.put(p + "auth", Boolean.toString(settings.user() != null));
    if (protocol.equals("smtp")) {
      props.put(p + "starttls.enable", "true");
    }
    props.put(p + "localhost", "qoo10-connect");
    props.put("mail.mime.charset", "UTF-8");
    this.session = Session.getInstance(props);
  }

  @Override
  public String via() {
    return "SMTP";
  }

  @Override
  public void send(Outgoing m) throws DeliveryFailure {
    MimeMessage msg;
    try {
      msg = message(session, m);
    } catch (MessagingException e) {
      throw new DeliveryFailure("the mail could not be built: " + e.getMessage(), true, e);
    }
    try (Transport t = session.getTransport(protocol)) {
      t.connect(
          settings.smtpUrl().getHost(), settings.port(), settings.user(), settings.password());
      t.sendMessage(msg, msg.getAllRecipients());
    } catch (MessagingException e) {
      throw classify(e);
    }
  }

  /** The MIME message a mail becomes. */
  static MimeMessage message(Session session, Outgoing m) throws MessagingException {
    MimeMessage msg = new MimeMessage(session);
    InternetAddress[] from = InternetAddress.parse(m.from(), true);
    msg.setFrom(from[0]);
    msg.setRecipients(Message.RecipientType.TO, new Address[] {new InternetAddress(m.to(), true)});
    msg.setSubject(m.subject(), StandardCharsets.UTF_8.name());
    msg.setText(m.body(), StandardCharsets.UTF_8.name());
    msg.setSentDate(new Date());
    msg.setHeader("X-Qoo10-Mail-Id", Long.toString(m.id()));
    msg.setHeader("X-Qoo10-Event", m.event());
    if (m.templateNo() != null) {
      msg.setHeader("X-Qoo10-Template", Integer.toString(m.templateNo()));
    }
    if (m.certKey() != null && !m.certKey().isEmpty()) {
      msg.setHeader(CERT_HEADER, m.certKey());
    }
    msg.saveChanges();
    return msg;
  }

  private static DeliveryFailure classify(MessagingException e) {
    int code = code(e);
    String text = oneLine(e);
    if (e instanceof AuthenticationFailedException) {
      return new DeliveryFailure("SMTP login refused: " + text, false, e);
    }
    return new DeliveryFailure((code > 0 ? code + " " : "") + text, code >= 500 && code < 600, e);
  }

  /** The SMTP reply code a failure carries, 0 when it carries none (connection problems). */
  private static int code(MessagingException e) {
    Exception cur = e;
    while (cur != null) {
      if (cur instanceof SMTPAddressFailedException a) {
        return a.getReturnCode();
      }
      if (cur instanceof SMTPSendFailedException s) {
        if (s.getReturnCode() > 0) {
          return s.getReturnCode();
        }
      }
      if (cur instanceof SendFailedException sf && sf.getInvalidAddresses() != null) {
        // the next exception names the refused address with its code
        cur = sf.getNextException();
        continue;
      }
      cur = cur instanceof MessagingException me ? me.getNextException() : null;
    }
    return 0;
  }

  private static String oneLine(Throwable e) {
    String s = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e.getCause() != null && e.getCause().getMessage() != null) {
      s = s + ": " + e.getCause().getMessage();
    }
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > 900 ? s.substring(0, 900) : s;
  }
}
