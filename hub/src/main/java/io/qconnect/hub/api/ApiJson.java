package io.qconnect.hub.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.javalin.http.Context;
import io.qconnect.hub.core.HubException;
import io.qconnect.protocol.wire.QapiDates;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * JSON in and out of the hub API. Times are written as ISO-8601 in Japan time with the offset
 * ({@code 2026-01-10T14:05:02+09:00}), dates as {@code 2026-01-10}. Reading is strict: a field of
 * the wrong type or an unknown field is refused with its name.
 */
final class ApiJson {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(
              new SimpleModule("hub-time")
                  .addSerializer(
                      Instant.class,
                      writer(Instant.class, t -> ISO.format(t.atZone(QapiDates.JST))))
                  .addSerializer(
                      LocalDateTime.class,
                      writer(LocalDateTime.class, t -> ISO.format(t.atZone(QapiDates.JST))))
                  .addSerializer(LocalDate.class, writer(LocalDate.class, LocalDate::toString)))
          .build();

  private ApiJson() {}

  private static <T> StdSerializer<T> writer(Class<T> type, Function<T, String> format) {
    return new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeString(format.apply(value));
      }
    };
  }

  /** Writes {@code value} as the response body. */
  static void send(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the response as JSON", e);
    }
  }

  /** The request body; an empty body is {@code {}}. */
  static JsonNode body(Context ctx) {
    String raw = ctx.body();
    try {
      return raw == null || raw.isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(raw);
    } catch (JsonProcessingException e) {
      throw new HubException("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  /** Checks that {@code node} is an object with no fields but {@code allowed}. */
  static JsonNode object(JsonNode node, String what, Set<String> allowed) {
    if (!node.isObject()) {
      throw new HubException(what + " must be a JSON object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new HubException(what + ": unknown field \"" + f + "\"");
      }
    }
    return node;
  }

  static List<JsonNode> array(JsonNode node, String what) {
    if (!node.isArray()) {
      throw new HubException(what + " must be a JSON array");
    }
    List<JsonNode> out = new ArrayList<>();
    node.forEach(out::add);
    return out;
  }

  static Optional<String> text(JsonNode b, String field) {
    JsonNode n = b.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual() && !n.isNumber()) {
      throw new HubException("\"" + field + "\" must be text");
    }
    return Optional.of(n.asText());
  }

  static Optional<Integer> integer(JsonNode b, String field) {
    JsonNode n = b.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.canConvertToInt() || !n.isIntegralNumber()) {
      throw new HubException("\"" + field + "\" must be a whole number");
    }
    return Optional.of(n.intValue());
  }

  static Optional<Boolean> bool(JsonNode b, String field) {
    JsonNode n = b.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isBoolean()) {
      throw new HubException("\"" + field + "\" must be true or false");
    }
    return Optional.of(n.booleanValue());
  }

  static Optional<List<Integer>> integers(JsonNode b, String field) {
    JsonNode n = b.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    List<Integer> out = new ArrayList<>();
    for (JsonNode e : array(n, "\"" + field + "\"")) {
      if (!e.isIntegralNumber()) {
        throw new HubException("\"" + field + "\" must be a list of whole numbers");
      }
      out.add(e.intValue());
    }
    return Optional.of(out);
  }
}
