package io.qconnect.marketplace.notice;

/** Delivers one rendered mail; the relay decides what a failure means. */
interface MailTransport {

  /** A mail ready to go: addresses, texts and the certification key in clear (or null). */
  record Outgoing(
      long id,
      String from,
      String to,
      String subject,
      String body,
      String certKey,
      String event,
      Integer templateNo) {}

  /** Sends it; throws on failure. */
  void send(Outgoing m) throws DeliveryFailure;

  /** The name the log records as {@code via}. */
  String via();

  /** A failed attempt; {@code permanent} for a 5xx refusal of the address or message. */
  final class DeliveryFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    DeliveryFailure(String message, boolean permanent, Throwable cause) {
      super(message, cause);
      this.permanent = permanent;
    }

    boolean permanent() {
      return permanent;
    }
  }
}
