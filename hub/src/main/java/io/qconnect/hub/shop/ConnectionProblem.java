package io.qconnect.hub.shop;

import io.qconnect.protocol.wire.QapiException;
import io.qconnect.protocol.wire.QapiKeyExpiredException;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import io.qconnect.protocol.wire.QapiNotAuthorizedException;
import io.qconnect.protocol.wire.QapiTransportException;
import io.qconnect.protocol.wire.QapiUnknownMethodException;
import java.net.URI;
import java.util.Objects;

/**
 * Why talking to Qoo10 failed, in plain words a seller can act on.
 *
 * @param cause the kind of failure
 * @param message what happened and what to do
 */
public record ConnectionProblem(Cause cause, String message) {

  /** The exact causes the hub tells apart. */
  public enum Cause {
    /** CreateCertificationKey: Qoo10 does not know the API key (-90001). */
    WRONG_API_KEY,
    /** CreateCertificationKey: the shop ID or the password is wrong. */
    WRONG_LOGIN,
    /** The certification key has expired (-90004 / -90005). */
    KEY_EXPIRED,
    /** The certification key is not accepted (-90001 / -10000). */
    KEY_REJECTED,
    /** The seller may not use the API (-90002 / -90003), e.g. suspended by Qoo10. */
    NOT_AUTHORIZED,
    /**
     * No QAPI endpoint answered at the URL: no connection, no answer in time, or an answer that is
     * not QAPI. One cause and one message for all of them, so that the hub cannot be used to tell a
     * closed port from an open one on other hosts.
     */
    UNREACHABLE,
    /** A QAPI answer the hub did not expect. */
    UNEXPECTED_ANSWER
  }

  public ConnectionProblem {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(message, "message");
  }

  /** CreateCertificationKey answered with a result code instead of a key. */
  static ConnectionProblem loginRefused(int code, String message) {
    return new ConnectionProblem(
        Cause.WRONG_LOGIN,
        "Qoo10 refused the login: the shop ID (QSM login ID) or the password is wrong ("
            + code
            + " "
            + message
            + ")");
  }

  /**
   * Classifies a failed call.
   *
   * @param duringAuth whether the call was CreateCertificationKey (made with the API key) rather
   *     than a call made with the certification key
   */
  public static ConnectionProblem of(QapiException e, URI baseUrl, boolean duringAuth) {
    String host = baseUrl.getHost() + (baseUrl.getPort() > 0 ? ":" + baseUrl.getPort() : "");
    return switch (e) {
      case QapiKeyExpiredException x ->
          new ConnectionProblem(
              Cause.KEY_EXPIRED,
              "the certification key has expired (" + x.code() + "): use Renew Tokens");
      case QapiKeyInvalidException x ->
          duringAuth
              ? new ConnectionProblem(
                  Cause.WRONG_API_KEY,
                  "Qoo10 does not know this API key (" + x.code() + "): check the API key (API ID)")
              : new ConnectionProblem(
                  Cause.KEY_REJECTED,
                  "Qoo10 does not accept the certification key ("
                      + x.code()
                      + "): use Renew Tokens");
      case QapiNotAuthorizedException x ->
          new ConnectionProblem(
              Cause.NOT_AUTHORIZED,
              "Qoo10 does not allow API use for this shop ("
                  + x.code()
                  + "): the API permission may be suspended; contact Qoo10");
      case QapiUnknownMethodException x -> noQapi(host);
      case QapiTransportException x -> noQapi(host);
      default -> new ConnectionProblem(Cause.UNEXPECTED_ANSWER, host + ": " + e.getMessage());
    };
  }

  /** The one answer for a closed port, a timeout and a server that is not QAPI. */
  static ConnectionProblem noQapi(String host) {
    return new ConnectionProblem(Cause.UNREACHABLE, NO_QAPI.formatted(host));
  }

  /** The generic message: where, not why. */
  public static final String NO_QAPI =
      "no QAPI endpoint answered at %s: check the URL (the QAPI endpoint) and the network";
}
