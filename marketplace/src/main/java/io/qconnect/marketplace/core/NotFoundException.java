package io.qconnect.marketplace.core;

/** Something named in a request does not exist (a seller, a request, an item). */
public final class NotFoundException extends MarketplaceException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
