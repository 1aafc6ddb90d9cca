package io.qconnect.protocol.wire;

import com.fasterxml.jackson.core.JsonGenerator;
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
 */
public final class QapiJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build();

  /**
   * {@link #mapper()} writing a value byte for byte as writing its {@code valueToTree} tree would:
   * decimals without trailing zeros ({@code 2980.00} as {@code 2.98E+3}), zero as {@code 0}.
   */
  private static final ObjectMapper TREE_LIKE =
      MAPPER
          .copy()
          .registerModule(
              new SimpleModule("qapi-tree-decimals")
                  .addSerializer(
                      BigDecimal.class,
                      new StdSerializer<BigDecimal>(BigDecimal.class) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public void serialize(BigDecimal v, JsonGenerator g, SerializerProvider p)
                            throws IOException {
                          g.writeNumber(v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros());
                        }
                      }));

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
}
