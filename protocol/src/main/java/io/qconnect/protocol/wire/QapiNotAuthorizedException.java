package io.qconnect.protocol.wire;

/** The seller is not authorized for this call (-90002 / -90003), e.g. API use is suspended. */
public final class QapiNotAuthorizedException extends QapiException {
  private static final long serialVersionUID = 1L;
  private final int code;

  public QapiNotAuthorizedException(String method, int code, String message) {
    super(method + ": not authorized (" + code + " " + message + ")");
    this.code = code;
  }

  public int code() {
    return code;
  }
}
