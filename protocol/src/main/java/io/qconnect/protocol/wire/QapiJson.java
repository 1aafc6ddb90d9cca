package io.qconnect.protocol.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one Jackson configuration for QAPI bodies: property names are read ignoring case (real
 * responses mix {@code zipCode} and {@code zipcode}), unknown properties are ignored, numbers may
 * arrive as strings, and records are written in declaration order.
 *
 * <p>Numbers are written by one rule (docs/qapi.md §3.6), whether a value is written straight to
 * bytes or first turned into a tree: a decimal or a floating-point value that is whole is written
 * as an integer ({@code 2980.00}, {@code 2980.0} and {@code 2.98E+3} all as {@code 2980}); any
 * other in plain notation without trailing zeros ({@code 0.10} as {@code 0.1}, never {@code 1E-1}).
 * Never an exponent: a client that types a price as an integer, or reads it with {@code parseInt},
 * reads what it should.
 */
public final class QapiJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .addModule(numbers())
          .build();

  /** Kept for callers that write straight to bytes: the same rules as {@link #mapper()}. */
  private static final ObjectMapper TREE_LIKE = MAPPER.copy();

  private QapiJson() {}

  /**
   * The mapper that writes values straight to bytes as their JSON tree would be written (for
   * writing without building the tree). Do not reconfigure it; {@code copy()} it to add to it.
   */
  public static ObjectMapper treeLike() {
    return TREE_LIKE;
  }

  /** The shared, immutable mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A number in its wire form: whole values as integers, others in plain notation without trailing
   * zeros.
   */
  public static BigDecimal wireNumber(BigDecimal v) {
    BigDecimal n = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  /** {@link #wireNumber(BigDecimal)} as text, e.g. for XML. */
  public static String wireText(BigDecimal v) {
    return wireNumber(v).toPlainString();
  }

  private static SimpleModule numbers() {
    // the same writer serves boxed and primitive doubles
    StdSerializer<Double> doubles =
        new StdSerializer<Double>(Double.class) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(Double v, JsonGenerator g, SerializerProvider p)
              throws IOException {
            writeDouble(g, v);
          }
        };
    return new SimpleModule("qapi-numbers")
        .addSerializer(
            BigDecimal.class,
            new StdSerializer<BigDecimal>(BigDecimal.class) {
              private static final long serialVersionUID = 1L;

              @Override
              public void serialize(BigDecimal v, JsonGenerator g, SerializerProvider p)
                  throws IOException {
                write(g, v);
              }
            })
        .addSerializer(Double.class, doubles)
        .addSerializer(double.class, doubles)
        .addSerializer(
            Float.class,
            new StdSerializer<Float>(Float.class) {
              private static final long serialVersionUID = 1L;

              @Override
              public void serialize(Float v, JsonGenerator g, SerializerProvider p)
                  throws IOException {
                writeDouble(g, Double.parseDouble(Float.toString(v)));
              }
            });
  }

  private static void writeDouble(JsonGenerator g, double d) throws IOException {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      g.writeNull(); // not a number JSON can carry
    } else {
      write(g, BigDecimal.valueOf(d));
    }
  }

  private static void write(JsonGenerator g, BigDecimal v) throws IOException {
    BigDecimal n = wireNumber(v);
    if (n.scale() == 0 && n.unscaledValue().bitLength() < 63) {
      g.writeNumber(n.longValueExact());
    } else if (n.scale() == 0) {
      g.writeNumber(n.toBigIntegerExact());
    } else {
      g.writeNumber(n);
    }
  }
}
