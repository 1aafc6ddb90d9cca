package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubException;
import java.io.Serial;

/**
 * Get Auth refused a shop's credentials (connecting it, or changing them): the console shows the
 * {@link #problem()}'s cause next to the field it concerns, in the viewer's language; the API
 * answers the message.
 */
public final class ShopAuthException extends HubException {
  @Serial private static final long serialVersionUID = 1L;

  private final transient ConnectionProblem problem;

  ShopAuthException(ConnectionProblem problem, String message) {
    super(message);
    this.problem = problem;
  }

  public ConnectionProblem problem() {
    return problem;
  }
}
