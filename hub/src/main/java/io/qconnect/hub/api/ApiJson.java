package io.qconnect.hub.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.javalin.http.Context;
import io.qconnect.protocol.json.JsonBodies;
import io.qconnect.protocol.wire.QapiDates;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * JSON in and out of the hub API. Times are written as ISO-8601 in Japan time with the offset
 * ({@code 2026-01-10T14:05:02+09:00}), dates as {@code 2026-01-10}. Reading binds the body to a
 * record of {@link Bodies}, strictly: a field of the wrong type or an unknown field is refused with
 * its path.
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

  /**
   * The request body as {@code type}, strictly (see {@link JsonBodies}).
   *
   * @param what what the body is, for messages about unknown fields
   */
  static <T> T read(Context ctx, Class<T> type, String what) {
    return JsonBodies.read(ctx.body(), type, what);
  }

  static <T> T read(Context ctx, TypeReference<T> type) {
    return JsonBodies.read(ctx.body(), type, null);
  }
}
