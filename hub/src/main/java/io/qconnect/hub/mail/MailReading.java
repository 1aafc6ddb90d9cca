package io.qconnect.hub.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a notification mail says, read with Jakarta Mail: every order number after 注文番号 (in the
 * subject, "(注文番号:123)", or the body) and every pack number after カート番号, with an ASCII or a
 * full-width colon. Only numbers are taken from a mail; the lines themselves are fetched from QAPI.
 */
sealed interface MailReading {

  /**
   * A mail that names lines.
   *
   * @param dedupKey the SHA-256 of its Message-ID, or of the whole mail when it has none: the same
   *     mail delivered twice has the same key
   */
  record Orders(List<Long> orderNos, List<Long> packNos, String dedupKey, String subject)
      implements MailReading {
    public Orders {
      orderNos = List.copyOf(orderNos);
      packNos = List.copyOf(packNos);
    }
  }

  /** A well-formed mail that names no order (another notice, or a text we cannot read). */
  record Unparseable(String why, String subject) implements MailReading {}

  /** Not a MIME message we can read at all. */
  record Malformed(String why) implements MailReading {}

  Pattern ORDER_NO = Pattern.compile("注文番号\\s*[:：]\\s*(\\d{1,19})");
  Pattern PACK_NO = Pattern.compile("カート番号\\s*[:：]\\s*(\\d{1,19})");

  /** Reads a raw mail (RFC 5322 bytes as received). */
  static MailReading of(byte[] raw) {
    String subject;
    String body;
    String messageId;
    try {
      Properties props = new Properties();
      props.put("mail.mime.allowutf8", "true"); // RFC 6532: raw UTF-8 headers read as such
      MimeMessage m = new MimeMessage(Session.getInstance(props), new ByteArrayInputStream(raw));
      subject = m.getSubject() == null ? "" : m.getSubject();
      messageId = m.getMessageID();
      body = text(m.getContent());
    } catch (MessagingException | IOException | RuntimeException e) {
      return new Malformed(String.valueOf(e.getMessage()));
    }
    Set<Long> orders = numbers(ORDER_NO, subject + "\n" + body);
    if (orders.isEmpty()) {
      return new Unparseable("no 注文番号 in the subject or body", subject);
    }
    Set<Long> packs = numbers(PACK_NO, body);
    String key = sha256(messageId != null ? messageId.getBytes(StandardCharsets.UTF_8) : raw);
    return new Orders(List.copyOf(orders), List.copyOf(packs), key, subject);
  }

  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof jakarta.mail.Multipart mp) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < mp.getCount(); i++) {
        all.append(text(mp.getBodyPart(i).getContent())).append('\n');
      }
      return all.toString();
    }
    return "";
  }

  private static Set<Long> numbers(Pattern p, String text) {
    Set<Long> out = new LinkedHashSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      try {
        long n = Long.parseLong(m.group(1));
        if (n > 0) {
          out.add(n);
        }
      } catch (NumberFormatException e) {
        // more digits than a long holds: no Qoo10 number, so not one to fetch
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
