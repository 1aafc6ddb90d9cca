package io.qconnect.protocol.wire;

/**
 * The protocol module's root exception: something unexpected happened on the QAPI wire. Business
 * outcomes (a result code such as -10012) are values, never exceptions.
 */
public class QapiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QapiException(String message) {
    super(message);
  }

  public QapiException(String message, Throwable cause) {
    super(message, cause);
  }
}
