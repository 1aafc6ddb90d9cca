package io.qconnect.marketplace.qapi;

import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import io.qconnect.protocol.wire.ResultCodes;

/** Envelopes as the handlers answer them. */
public final class Answers {
  public static final String SUCCESS = "SUCCESS";

  private Answers() {}

  public static QapiResponse ok() {
    return new QapiResponse.Std(ResultCodes.SUCCESS, SUCCESS);
  }

  /** A StdResult-type failure. */
  public static QapiResponse fail(int code, String message) {
    return new QapiResponse.Std(code, message);
  }

  /** A success carrying a value (rows, an object, a string). */
  public static QapiResponse value(QapiMethod method, Object value) {
    return QapiResponse.Custom.ofValue(ResultCodes.SUCCESS, SUCCESS, value, method.shape());
  }

  /** A failure of a method whose result carries a value: ResultObject is null. */
  public static QapiResponse failValue(QapiMethod method, int code, String message) {
    return new QapiResponse.Custom(code, message, null, method.shape());
  }

  /** A failure in whichever envelope the method answers. */
  public static QapiResponse failure(QapiMethod method, int code, String message) {
    return QapiResponse.failure(method.shape(), code, message);
  }

  /** A result with an explicit code and value (bulk answers: -1 partial, rows attached). */
  public static QapiResponse value(QapiMethod method, int code, String message, Object value) {
    return QapiResponse.Custom.ofValue(code, message, value, method.shape());
  }
}
