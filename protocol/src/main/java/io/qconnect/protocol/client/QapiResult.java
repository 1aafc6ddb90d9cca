package io.qconnect.protocol.client;

import io.qconnect.protocol.wire.QapiMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * A business outcome: the method's result code and message, and the decoded value when the code is
 * 0.
 *
 * @param <T> the decoded ResultObject
 */
public record QapiResult<T>(QapiMethod method, int code, String message, T value) {
  public QapiResult {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(message, "message");
  }

  public boolean isSuccess() {
    return code == 0;
  }

  /** The value, present only on success. */
  public Optional<T> valueIfSuccess() {
    return isSuccess() ? Optional.ofNullable(value) : Optional.empty();
  }

  /**
   * The value of a successful call.
   *
   * @throws IllegalStateException naming the code and message when the call did not succeed
   */
  public T orElseThrow() {
    if (!isSuccess()) {
      throw new IllegalStateException(method + " answered " + code + " " + message);
    }
    return value;
  }

  @Override
  public String toString() {
    return method + " -> " + code + " " + message;
  }
}
