package io.qconnect.app.console;

/** The request may not do this: a wrong role, or a POST without a valid CSRF token (403). */
final class Denied extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Denied(String message) {
    super(message, null, false, false);
  }
}
