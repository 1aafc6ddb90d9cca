package io.qconnect.protocol.wire;

/**
 * The service answered with its plain-text routing error ({@code Can't find service Name X} or
 * {@code Can't find method Info Y}): the class or method does not exist there.
 */
public final class QapiUnknownMethodException extends QapiException {
  private static final long serialVersionUID = 1L;
  private final String answer;

  public QapiUnknownMethodException(String method, String answer) {
    super(method + ": the service does not know this method: " + answer);
    this.answer = answer;
  }

  /** The plain-text body exactly as received. */
  public String answer() {
    return answer;
  }
}
