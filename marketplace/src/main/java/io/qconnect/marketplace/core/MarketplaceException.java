package io.qconnect.marketplace.core;

/**
 * The marketplace's root exception: a request that cannot be carried out. The message says what and
 * where, in words a seller or staff member can act on.
 */
public class MarketplaceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MarketplaceException(String message) {
    super(message);
  }

  public MarketplaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
