package io.qconnect.protocol.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** What a QAPI endpoint answers: one of four shapes, all sent with HTTP 200. */
public sealed interface QapiResponse {

  /** {@code {"ResultCode":..,"ResultMsg":..}}: the answer of write methods (C# StdResult). */
  record Std(int code, String message) implements QapiResponse {
    public Std {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * {@code {"ResultCode":..,"ResultMsg":..,"ResultObject":..}} (C# {@code StdCustomResult<T>}).
   *
   * <p>A server answer may carry its result as the value itself ({@link #ofValue}): the JSON
   * encoder then writes it straight to the body, without building a tree first (the rows of a large
   * search are the bulk of the marketplace's work); {@link #resultObject()} still gives the tree,
   * converted on each call.
   *
   * @param resultObject the object as a JSON tree; {@code null} when absent or held as a value
   * @param shape decides the XML names
   * @param value the result as a value (records, lists, a string) instead of a tree, or as the
   *     {@link RawJson} bytes of a decoded answer; usually null
   */
  record Custom(int code, String message, JsonNode resultObject, ResultShape shape, Object value)
      implements QapiResponse {
    public Custom {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(shape, "shape");
      if (resultObject != null && value != null) {
        throw new IllegalArgumentException("a result is a tree or a value, not both");
      }
    }

    public Custom(int code, String message, JsonNode resultObject, ResultShape shape) {
      this(code, message, resultObject, shape, null);
    }

    /** A result held as the value itself; null for none. */
    public static Custom ofValue(int code, String message, Object value, ResultShape shape) {
      return value == null || value instanceof JsonNode
          ? new Custom(code, message, (JsonNode) value, shape, null)
          : new Custom(code, message, null, shape, value);
    }

    /** The result as a JSON tree ({@code null} when absent). */
    @Override
    public JsonNode resultObject() {
      if (value == null) {
        return resultObject;
      }
      return value instanceof RawJson raw ? raw.tree() : QapiJson.mapper().valueToTree(value);
    }
  }

  /** The gateway's key-level answer {@code {"ErrorCode":..,"ErrorMsg":..}}. */
  record GatewayError(int code, String message) implements QapiResponse {
    public GatewayError {
      Objects.requireNonNull(message, "message");
    }
  }

  /** A plain-text body, e.g. {@code Can't find method Info X}. */
  record PlainText(String text) implements QapiResponse {
    public PlainText {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The result code, or null for plain text. */
  default Integer codeOrNull() {
    return switch (this) {
      case Std s -> s.code();
      case Custom c -> c.code();
      case GatewayError g -> g.code();
      case PlainText p -> null;
    };
  }

  /** The message, or the text of a plain-text answer. */
  default String messageOrText() {
    return switch (this) {
      case Std s -> s.message();
      case Custom c -> c.message();
      case GatewayError g -> g.message();
      case PlainText p -> p.text();
    };
  }

  /**
   * A business failure in the envelope a method of this shape answers: StdResult for STD, a custom
   * result without ResultObject otherwise.
   */
  static QapiResponse failure(ResultShape shape, int code, String message) {
    return shape.kind() == ResultShape.Kind.STD
        ? new Std(code, message)
        : new Custom(code, message, null, shape);
  }

  static Std success() {
    return new Std(ResultCodes.SUCCESS, "SUCCESS");
  }

  static PlainText unknownService(String className) {
    return new PlainText("Can't find service Name " + className);
  }

  static PlainText unknownMethod(String methodName) {
    return new PlainText("Can't find method Info " + methodName);
  }
}
