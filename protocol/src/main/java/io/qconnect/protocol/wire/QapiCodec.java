package io.qconnect.protocol.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes and decodes QAPI envelopes. The server encodes with it, the client decodes with it, so
 * the two agree by construction.
 *
 * <p>Decoding is lenient the way a client must be (docs/qapi.md §1.3, 3.1, 3.2): a leading BOM or
 * whitespace is skipped, {@code ResultCode} may be a number or a string, envelope keys may be in
 * any case, and both the {@code ResultCode} and the {@code ErrorCode} shapes are understood.
 * Anything that is neither JSON nor XML comes back as {@link QapiResponse.PlainText}; the caller
 * decides what plain text means.
 */
public final class QapiCodec {
  private final QapiXml xml = new QapiXml();

  /** An encoded body and its content type. */
  public record Encoded(String contentType, byte[] body) {
    public Encoded {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  public QapiCodec() {}

  /**
   * Encodes a response. Gateway errors are always JSON, whatever {@code returnType} asked: they are
   * produced before the method is dispatched (docs/qapi.md §3.2; uncertain for XML clients).
   */
  public Encoded encode(QapiResponse response, ReturnType returnType) {
    return switch (response) {
      case QapiResponse.PlainText p -> new Encoded("text/plain; charset=utf-8", bytes(p.text()));
      case QapiResponse.GatewayError g ->
          new Encoded(ReturnType.JSON.contentType(), JsonEnvelopeWriter.json(g));
      case QapiResponse.Std s ->
          returnType == ReturnType.XML
              ? new Encoded(ReturnType.XML.contentType(), bytes(xml.write(s)))
              : new Encoded(ReturnType.JSON.contentType(), JsonEnvelopeWriter.json(s));
      case QapiResponse.Custom c ->
          returnType == ReturnType.XML
              ? new Encoded(ReturnType.XML.contentType(), bytes(xml.write(c)))
              : new Encoded(ReturnType.JSON.contentType(), JsonEnvelopeWriter.json(c));
    };
  }

  /**
   * Decodes a body.
   *
   * @param expected the result shape of the method that was called (names the XML elements)
   * @throws QapiTransportException with reason MALFORMED when the body looks like JSON or XML but
   *     is not a QAPI envelope
   */
  public QapiResponse decode(byte[] body, ResultShape expected) {
    if (startsAsJsonObject(body)) {
      return decodeJson(body, expected);
    }
    String text = stripBomAndSpace(new String(body, StandardCharsets.UTF_8));
    if (text.startsWith("{")) {
      return decodeJson(text.getBytes(StandardCharsets.UTF_8), expected);
    }
    if (text.startsWith("<")) {
      return xml.read(text, expected);
    }
    return new QapiResponse.PlainText(text);
  }

  /** Converts a value (record, list, string) to the JSON tree a {@code Custom} result holds. */
  public static JsonNode tree(Object value) {
    return value == null ? null : QapiJson.mapper().valueToTree(value);
  }

  /** Whether the body is a JSON object after at most a UTF-8 BOM and JSON whitespace. */
  private static boolean startsAsJsonObject(byte[] b) {
    int i =
        b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
      i++;
    }
    return i < b.length && b[i] == '{';
  }

  /** The envelope keys the decoder looks at; the others are skipped unread. */
  private static final List<String> ENVELOPE =
      List.of("ErrorCode", "ErrorMsg", "ResultCode", "ResultMsg", "ResultObject");

  /**
   * Reads the envelope in one pass over the bytes; the result object stays as its bytes ({@link
   * RawJson}), read only by whoever needs it. The keys are kept as a tree keeps them (first place,
   * last value), so the lookups answer what they answered on the whole body's tree.
   */
  private QapiResponse decodeJson(byte[] body, ResultShape expected) {
    Map<String, Object> keys = new LinkedHashMap<>();
    try (JsonParser p = QapiJson.mapper().createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw malformed("JSON body is not an object", null);
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (!isEnvelopeKey(name)) {
          p.skipChildren();
        } else if (name.equalsIgnoreCase("ResultObject")
            && (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT)) {
          long from = p.currentTokenLocation().getByteOffset();
          p.skipChildren();
          long to = p.currentLocation().getByteOffset();
          keys.put(name, new RawJson(body, (int) from, (int) (to - from)));
        } else {
          keys.put(name, p.readValueAsTree());
        }
      }
    } catch (JsonProcessingException e) {
      throw malformed("body is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw malformed("body is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode errorCode = (JsonNode) field(keys, "ErrorCode");
    if (errorCode != null) {
      return new QapiResponse.GatewayError(
          code(errorCode), message((JsonNode) field(keys, "ErrorMsg")));
    }
    JsonNode resultCode = (JsonNode) field(keys, "ResultCode");
    if (resultCode == null) {
      throw malformed("JSON body has neither ResultCode nor ErrorCode", null);
    }
    int code = code(resultCode);
    String msg = message((JsonNode) field(keys, "ResultMsg"));
    Object ro = field(keys, "ResultObject");
    if (ro == null) {
      return new QapiResponse.Std(code, msg);
    }
    if (ro instanceof RawJson raw) {
      return new QapiResponse.Custom(code, msg, null, expected, raw);
    }
    JsonNode tree = (JsonNode) ro;
    return new QapiResponse.Custom(code, msg, tree.isNull() ? null : tree, expected);
  }

  private static boolean isEnvelopeKey(String name) {
    for (String k : ENVELOPE) {
      if (k.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static Object field(Map<String, Object> keys, String name) {
    for (Map.Entry<String, Object> e : keys.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Finds an envelope key ignoring case. */
  static JsonNode field(ObjectNode obj, String name) {
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  static int code(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.intValue();
    }
    String t = node.asText().trim();
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw malformed("result code is not a number: '" + t + "'", e);
    }
  }

  private static String message(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  static QapiTransportException malformed(String message, Throwable cause) {
    return new QapiTransportException(QapiTransportException.Reason.MALFORMED, message, cause);
  }

  private static String stripBomAndSpace(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '\uFEFF' || Character.isWhitespace(s.charAt(i)))) {
      i++;
    }
    return s.substring(i).stripTrailing();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
