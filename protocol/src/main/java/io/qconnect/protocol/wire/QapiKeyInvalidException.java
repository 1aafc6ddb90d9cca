package io.qconnect.protocol.wire;

/** The key is unknown or wrong (-90001 / -10000): check the API key or certification key. */
public final class QapiKeyInvalidException extends QapiException {
  private static final long serialVersionUID = 1L;
  private final int code;

  public QapiKeyInvalidException(String method, int code, String message) {
    super(method + ": key rejected (" + code + " " + message + ")");
    this.code = code;
  }

  public int code() {
    return code;
  }
}
