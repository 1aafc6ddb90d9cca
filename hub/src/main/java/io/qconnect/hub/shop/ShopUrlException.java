package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubException;
import java.io.Serial;

/**
 * A QAPI URL the hub will not use, or that does not lead to a QAPI endpoint. The console shows
 * {@link #reason()} in the viewer's language; the API answers the message.
 */
public final class ShopUrlException extends HubException {
  @Serial private static final long serialVersionUID = 1L;

  /** Why the URL is refused. */
  public enum Reason {
    /** Not http(s), or no host. */
    NOT_A_URL,
    /** {@code user:password@} in the URL. */
    CREDENTIALS_IN_URL,
    /** The host is not in {@code QC_QAPI_HOSTS}. */
    HOST_NOT_ALLOWED,
    /**
     * No QAPI endpoint answered: closed port, no answer in time, or an answer that is not QAPI (one
     * message for all, so the hub does not map other hosts' ports).
     */
    NO_QAPI_ENDPOINT
  }

  private final Reason reason;

  public ShopUrlException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
