package io.qconnect.marketplace.catalog;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a catalogue operation came to: done, with a value, or refused with the QAPI result code and
 * message the method answers. Refusals never change anything.
 *
 * @param <T> the value of a done operation
 */
public sealed interface Outcome<T> {

  /** The operation was carried out. */
  record Done<T>(T value) implements Outcome<T> {}

  /** The operation was refused; nothing was written. */
  record Refused<T>(int code, String message) implements Outcome<T> {
    public Refused {
      Objects.requireNonNull(message, "message");
      if (code >= 0) {
        throw new IllegalArgumentException("a refusal has a negative code, not " + code);
      }
    }

    /** The same refusal, for an outcome of another type. */
    public <U> Refused<U> retype() {
      return new Refused<>(code, message);
    }
  }

  static <T> Outcome<T> done(T value) {
    return new Done<>(value);
  }

  static <T> Outcome<T> refused(int code, String message) {
    return new Refused<>(code, message);
  }

  /** Carries on with the value of a done outcome; a refusal passes through unchanged. */
  default <U> Outcome<U> then(Function<? super T, Outcome<U>> next) {
    return switch (this) {
      case Done<T> d -> next.apply(d.value());
      case Refused<T> r -> r.retype();
    };
  }

  default boolean isDone() {
    return this instanceof Done<T>;
  }

  /**
   * The value of a done outcome.
   *
   * @throws IllegalStateException naming the code and message of a refusal
   */
  default T orElseThrow() {
    return switch (this) {
      case Done<T> d -> d.value();
      case Refused<T> r ->
          throw new IllegalStateException("refused " + r.code() + ": " + r.message());
    };
  }
}
