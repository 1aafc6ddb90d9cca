package io.qconnect.hub.mail;

import java.util.List;
import java.util.Map;

/**
 * A shop's mail intake as its page shows it.
 *
 * @param counts mails per outcome since the shop was connected
 * @param recent the newest mails, newest first
 * @param unknownRecipients mails to addresses of no shop refused with 550 since this hub started
 *     (all shops together: such a mail belongs to none)
 */
public record MailStats(
    IntakeAddress address,
    Map<MailEvent.Outcome, Long> counts,
    List<MailEvent> recent,
    long unknownRecipients,
    boolean listening) {
  public MailStats {
    counts = Map.copyOf(counts);
    recent = List.copyOf(recent);
  }
}
