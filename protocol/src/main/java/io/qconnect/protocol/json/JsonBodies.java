package io.qconnect.protocol.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Binds request bodies to records, strictly, and says what is wrong by the field's path. Unknown
 * fields are refused; there is no coercion between scalars ({@code "5"} is not a number, {@code 5}
 * is not text, {@code 1.5} is not a whole number, {@code null} is neither a primitive nor an item
 * of a list). A blank body is {@code {}}. A domain exception thrown by a record's compact
 * constructor comes out as it is, so that the API answers it as its own; a body that does not fit
 * its type, the JSON literal {@code null} included, is a {@link JsonBodyException}.
 */
public final class JsonBodies {
  private static final ObjectMapper MAPPER = strictMapper();

  private JsonBodies() {}

  /** The mapper behind {@link #read}: strict, with Java time types. */
  private static ObjectMapper strictMapper() {
    JsonMapper m =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // a null inside a list means nothing: [2, null] is refused like [2, "x"]
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();
    for (LogicalType scalar :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      m.coercionConfigFor(scalar)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return m;
  }

  /**
   * The body as {@code type}.
   *
   * @param what what the body is, for messages about unknown fields ({@code shop change: unknown
   *     field "interval"}); null for none
   * @throws JsonBodyException when the body is not JSON or does not fit {@code type}
   */
  public static <T> T read(String body, Class<T> type, String what) {
    return read(body, MAPPER.constructType(type), what);
  }

  /** {@link #read(String, Class, String)} for generic types such as lists. */
  public static <T> T read(String body, TypeReference<T> type, String what) {
    return read(body, MAPPER.constructType(type), what);
  }

  private static <T> T read(String body, JavaType type, String what) {
    String raw = body == null || body.isBlank() ? "{}" : body;
    T value;
    try {
      value = MAPPER.readValue(raw, type);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // the record's own validation: a domain exception, or a bug
      }
      throw new JsonBodyException(path(e) + " is not valid: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new JsonBodyException(describe(e, what));
    }
    if (value == null) {
      // the body was the JSON literal null: there is nothing to bind
      throw new JsonBodyException(
          "the body must be " + (type.isCollectionLikeType() ? "a JSON array" : "a JSON object"));
    }
    return value;
  }

  /** What is wrong with a body, by the field's path. */
  static String describe(JsonProcessingException e, String what) {
    return switch (e) {
      case UnrecognizedPropertyException u ->
          (what == null ? "" : what + ": ")
              + "unknown field \""
              + path(u).replaceAll("^\"|\"$", "")
              + "\"";
      case MismatchedInputException m -> subject(m) + " must be " + expected(m.getTargetType());
      case JsonParseException p -> "the body is not JSON: " + p.getOriginalMessage();
      case JsonMappingException m -> invalid(m);
      default -> "the body is not JSON: " + e.getOriginalMessage();
    };
  }

  /** A number too large for its field says so in the field's terms, not Jackson's. */
  private static String invalid(JsonMappingException m) {
    if (m.getCause() instanceof InputCoercionException c) {
      return subject(m) + " must be " + expected(c.getTargetType()) + " within its range";
    }
    return subject(m) + " is not valid: " + m.getOriginalMessage();
  }

  private static String subject(JsonMappingException e) {
    return e.getPath().isEmpty() ? "the body" : path(e);
  }

  /** {@code "shops[1].statuses[0]"}: the field path, quoted. */
  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return "\"" + b + "\"";
  }

  private static String expected(Class<?> t) {
    if (t == null) {
      return "of another type";
    }
    if (t.isEnum()) {
      return "one of "
          + Arrays.stream(t.getEnumConstants()).map(String::valueOf).collect(joining());
    }
    return switch (t.getName()) {
      case "int",
          "long",
          "short",
          "byte",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Short",
          "java.lang.Byte",
          "java.math.BigInteger" ->
          "a whole number";
      case "double", "float", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal" ->
          "a number";
      case "boolean", "java.lang.Boolean" -> "true or false";
      case "java.lang.String", "char", "java.lang.Character" -> "text";
      case "java.time.LocalDate" -> "a date (yyyy-MM-dd)";
      case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime" ->
          "a date-time with its offset (2026-01-10T14:05:02+09:00)";
      case "java.time.LocalDateTime" -> "a date-time (2026-01-10T14:05:02)";
      case "java.time.Duration" -> "an ISO-8601 duration (PT5M, P1D)";
      default ->
          t.isArray() || java.util.Collection.class.isAssignableFrom(t)
              ? "a JSON array"
              : "a JSON object";
    };
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }

  /**
   * Whether reading a request body failed on the connection (a malformed chunk, a body cut off):
   * the client's fault, answered 400 by every HTTP surface, not a 500.
   */
  public static boolean isUnreadableBody(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException) {
        return true;
      }
    }
    return false;
  }
}
