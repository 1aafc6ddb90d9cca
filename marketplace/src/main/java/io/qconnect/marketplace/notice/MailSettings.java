package io.qconnect.marketplace.notice;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How mail leaves the marketplace.
 *
 * @param smtpUrl {@code smtp://host:port} (STARTTLS when the server offers it) or {@code
 *     smtps://host:port}; null keeps every mail in the embedded mail catcher instead
 * @param user SMTP user, or null for none
 * @param password SMTP password (only from the environment; never logged)
 * @param sender the From of every mail ({@code Qoo10 <qoo10info@qoo10.jp>}); a setting's own sender
 *     replaces it only when the seller changed it from the template's
 * @param firstBackoff wait after the first failed attempt; doubles each time
 * @param maxBackoff the longest wait between attempts
 * @param maxAttempts attempts before a temporarily failing mail is given up (FAILED)
 * @param poll how often the relay looks for new events and due mails
 */
public record MailSettings(
    URI smtpUrl,
    String user,
    String password,
    String sender,
    Duration firstBackoff,
    Duration maxBackoff,
    int maxAttempts,
    Duration poll) {

  public MailSettings {
    Objects.requireNonNull(sender, "sender");
    if (smtpUrl != null) {
      String s = smtpUrl.getScheme() == null ? "" : smtpUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!s.equals("smtp") && !s.equals("smtps")) {
        throw new IllegalArgumentException(
            "the SMTP URL must be smtp://host:port or smtps://host:port");
      }
      if (smtpUrl.getHost() == null) {
        throw new IllegalArgumentException("the SMTP URL names no host: " + smtpUrl.getScheme());
      }
    }
  }

  /** The embedded mail catcher, default sender, retries from 30 s up to 30 min, 20 attempts. */
  public static MailSettings catcher() {
    return new MailSettings(
        null,
        null,
        null,
        Template.DEFAULT_SENDER,
        Duration.ofSeconds(30),
        Duration.ofMinutes(30),
        20,
        Duration.ofMillis(500));
  }

  /** Parses {@code --smtp-url}; blank means the catcher. */
  public static MailSettings of(String smtpUrl, String user, String password, String sender) {
    MailSettings d = catcher();
    URI url = smtpUrl == null || smtpUrl.isBlank() ? null : URI.create(smtpUrl.strip());
    return new MailSettings(
        url,
        blankToNull(user),
        blankToNull(password),
        sender == null || sender.isBlank() ? d.sender() : sender.strip(),
        d.firstBackoff(),
        d.maxBackoff(),
        d.maxAttempts(),
        d.poll());
  }

  public MailSettings withBackoff(Duration first, Duration max) {
    return new MailSettings(smtpUrl, user, password, sender, first, max, maxAttempts, poll);
  }

  public MailSettings withPoll(Duration p) {
    return new MailSettings(
        smtpUrl, user, password, sender, firstBackoff, maxBackoff, maxAttempts, p);
  }

  public boolean catches() {
    return smtpUrl == null;
  }

  /** The URL without credentials, for logs and screens. */
  public String describe() {
    return smtpUrl == null
        ? "embedded mail catcher"
        : smtpUrl.getScheme() + "://" + smtpUrl.getHost() + ":" + port();
  }

  int port() {
    if (smtpUrl.getPort() > 0) {
      return smtpUrl.getPort();
    }
    return "smtps".equalsIgnoreCase(smtpUrl.getScheme()) ? 465 : 25;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @Override
  public String toString() {
    return "MailSettings[" + describe() + ", user=" + (user == null ? "none" : "***") + "]";
  }
}
