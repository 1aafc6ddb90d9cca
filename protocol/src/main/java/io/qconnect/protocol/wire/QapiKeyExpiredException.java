package io.qconnect.protocol.wire;

/** The certification key has expired (-90004 / -90005): issue a new one. */
public final class QapiKeyExpiredException extends QapiException {
  private static final long serialVersionUID = 1L;
  private final int code;

  public QapiKeyExpiredException(String method, int code, String message) {
    super(method + ": certification key expired (" + code + " " + message + ")");
    this.code = code;
  }

  public int code() {
    return code;
  }
}
