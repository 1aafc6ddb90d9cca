package io.qconnect.protocol.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the JSON envelopes of {@link QapiCodec}: the gateway error, the standard and the custom
 * answer, rows written once and reused ({@link RowBytes}), every text cleaned as the XML answer is.
 */
final class JsonEnvelopeWriter {
  private JsonEnvelopeWriter() {}

  static byte[] json(QapiResponse.GatewayError g) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("ErrorCode", g.code());
    n.put("ErrorMsg", g.message());
    return write(n);
  }

  static byte[] json(QapiResponse.Std s) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("ResultCode", s.code());
    n.put("ResultMsg", s.message());
    return write(n);
  }

  static byte[] json(QapiResponse.Custom c) {
    if (c.value() != null && !(c.value() instanceof RawJson)) {
      return direct(c);
    }
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("ResultCode", c.code());
    n.put("ResultMsg", c.message());
    n.set("ResultObject", c.resultObject() == null ? n.nullNode() : c.resultObject());
    return write(n);
  }

  /**
   * Writes the envelope and the value in one pass. Byte for byte what writing the tree gives: both
   * write numbers and text by the rules of {@link QapiJson} and {@link QapiText} (a test holds the
   * two ways equal).
   */
  private static byte[] direct(QapiResponse.Custom c) {
    List<SerializableString> rows = null;
    int size = 4096;
    if (isRowList(c.value())) {
      rows = new ArrayList<>(((List<?>) c.value()).size());
      size = 256;
      for (Object row : (List<?>) c.value()) {
        SerializableString raw = ROWS.of((QapiRow) row, JsonEnvelopeWriter::row);
        rows.add(raw);
        size += raw.asUnquotedUTF8().length + 1;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    try (JsonGenerator g = new CleanText(DIRECT.createGenerator(out))) {
      g.writeStartObject();
      g.writeNumberField("ResultCode", c.code());
      g.writeStringField("ResultMsg", c.message());
      g.writeFieldName("ResultObject");
      if (rows != null) {
        g.writeStartArray();
        for (SerializableString row : rows) {
          g.writeRawValue(row);
        }
        g.writeEndArray();
      } else {
        DIRECT.writeValue(g, c.value());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new QapiException("cannot write JSON envelope", e);
    }
    return out.toByteArray();
  }

  /** The bytes of rows written before ({@link QapiRow}). */
  private static final RowBytes ROWS = new RowBytes();

  /** Whether {@code value} is a non-empty list of {@link QapiRow}s only. */
  private static boolean isRowList(Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      return false;
    }
    for (Object o : list) {
      if (!(o instanceof QapiRow)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One row as {@link #direct} writes it inside a list: the list serializer writes each element
   * with the element's own serializer, here written alone with the same mapper and generator.
   */
  private static byte[] row(QapiRow row) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    try (JsonGenerator g = new CleanText(DIRECT.createGenerator(out))) {
      DIRECT.writeValue(g, row);
    } catch (IOException e) {
      throw new QapiException("cannot write JSON row", e);
    }
    return out.toByteArray();
  }

  /** {@link QapiJson#treeLike()}, without a flush after each value. */
  private static final ObjectMapper DIRECT =
      QapiJson.treeLike().copy().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private static byte[] write(JsonNode n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = new CleanText(QapiJson.mapper().createGenerator(out))) {
      QapiJson.mapper().writeTree(g, n);
    } catch (IOException e) {
      throw new QapiException("cannot write JSON envelope", e);
    }
    return out.toByteArray();
  }

  /**
   * A generator that writes every text and property name through {@link QapiText#clean}, so that
   * JSON carries exactly the characters the XML answer carries (docs/qapi.md §3.6).
   */
  private static final class CleanText extends JsonGeneratorDelegate {
    CleanText(JsonGenerator d) {
      super(d, false);
    }

    @Override
    public void writeString(String text) throws IOException {
      delegate.writeString(QapiText.clean(text));
    }

    @Override
    public void writeString(char[] text, int offset, int len) throws IOException {
      delegate.writeString(QapiText.clean(new String(text, offset, len)));
    }

    @Override
    public void writeString(SerializableString text) throws IOException {
      writeString(text.getValue());
    }

    @Override
    public void writeFieldName(String name) throws IOException {
      delegate.writeFieldName(QapiText.clean(name));
    }

    /** Raw JSON is written as it is: only {@link RowBytes}' rows, clean when they were written. */
    @Override
    public void writeRawValue(SerializableString raw) throws IOException {
      delegate.writeRawValue(raw);
    }

    @Override
    public void writeFieldName(SerializableString name) throws IOException {
      writeFieldName(name.getValue());
    }
  }
}
