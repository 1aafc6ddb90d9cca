package io.qconnect.protocol.wire;

/**
 * The call did not produce a QAPI answer: a timeout, a connection failure, an HTTP status other
 * than 200, or a body that is not a QAPI envelope.
 */
public final class QapiTransportException extends QapiException {
  private static final long serialVersionUID = 1L;

  /** What went wrong on the way. */
  public enum Reason {
    TIMEOUT,
    CONNECT,
    IO,
    HTTP_STATUS,
    MALFORMED
  }

  private final Reason reason;

  public QapiTransportException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public QapiTransportException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
