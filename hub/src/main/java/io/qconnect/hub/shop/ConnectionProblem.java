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
    /** No connection to the host. */
    UNREACHABLE,
    /** The host did not answer in time. */
    TIMEOUT,
    /** The URL answers, but not as a QAPI endpoint. */
    NOT_QAPI,
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
      case QapiUnknownMethodException x ->
          new ConnectionProblem(
              Cause.NOT_QAPI, host + " is not a QAPI endpoint: it answered '" + x.answer() + "'");
      case QapiTransportException x -> transport(x, host);
      default -> new ConnectionProblem(Cause.UNEXPECTED_ANSWER, host + ": " + e.getMessage());
    };
  }

  private static ConnectionProblem transport(QapiTransportException e, String host) {
    return switch (e.reason()) {
      case CONNECT, IO ->
          new ConnectionProblem(
              Cause.UNREACHABLE, "cannot reach " + host + ": check the URL and the network");
      case TIMEOUT -> new ConnectionProblem(Cause.TIMEOUT, host + " did not answer in time");
      case HTTP_STATUS, MALFORMED ->
          new ConnectionProblem(
              Cause.NOT_QAPI, host + " did not answer as a QAPI endpoint: " + e.getMessage());
    };
  }
}
