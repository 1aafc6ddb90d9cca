package io.qconnect.hub.core;

/**
 * The hub's root exception: a request that cannot be carried out. The message says what and where,
 * in words a seller or operator can act on ("shop demo-shop: Get Auth failed: the shop ID or
 * password is wrong"). It never contains a secret.
 */
public class HubException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HubException(String message) {
    super(message);
  }

  public HubException(String message, Throwable cause) {
    super(message, cause);
  }
}
