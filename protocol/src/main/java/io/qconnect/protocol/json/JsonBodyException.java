package io.qconnect.protocol.json;

import java.io.Serial;

/**
 * A request body that does not fit its record: not JSON, an unknown field, or a value of the wrong
 * type. The message names the field path and is meant for the caller ({@code "lookbackDays" must be
 * a whole number}); the APIs answer it with 400.
 */
public final class JsonBodyException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public JsonBodyException(String message) {
    super(message);
  }
}
