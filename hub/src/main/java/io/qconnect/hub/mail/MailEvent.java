package io.qconnect.hub.mail;

import java.time.Instant;

/**
 * One mail received for a shop, and what became of it.
 *
 * @param orderNos the order numbers it named, comma-separated ("" when none)
 * @param detail why it was not imported, in a few words ("" when it was)
 */
public record MailEvent(
    long id, String shopId, Instant receivedAt, Outcome outcome, String orderNos, String detail) {

  /** What became of a mail. */
  public enum Outcome {
    /** It named orders; the hub fetched them. */
    RECEIVED,
    /** The same mail (Message-ID) came before: nothing fetched again. */
    DUPLICATE,
    /** Readable, but no 注文番号 in it. */
    UNPARSEABLE,
    /** Larger than the intake takes: refused with 552. */
    OVERSIZED,
    /** Not a MIME message. */
    MALFORMED,
    /** It named an order number Qoo10 knows no line of for this shop: fetched, nothing created. */
    UNKNOWN_ORDER
  }
}
