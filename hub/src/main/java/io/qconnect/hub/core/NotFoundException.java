package io.qconnect.hub.core;

/** The named shop, order line or run does not exist. */
public final class NotFoundException extends HubException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
