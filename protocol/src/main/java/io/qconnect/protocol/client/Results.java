package io.qconnect.protocol.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.qconnect.protocol.wire.QapiJson;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import io.qconnect.protocol.wire.QapiTransportException;
import io.qconnect.protocol.wire.QapiTransportException.Reason;
import io.qconnect.protocol.wire.RawJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns classified envelopes into typed results. */
final class Results {
  private Results() {}

  static QapiResult<Void> std(QapiMethod method, QapiResponse r) {
    if (r instanceof QapiResponse.PlainText p) {
      throw unexpected(method, p);
    }
    return new QapiResult<>(method, r.codeOrNull(), r.messageOrText(), null);
  }

  static <T> QapiResult<T> single(QapiMethod method, QapiResponse r, Function<JsonNode, T> read) {
    QapiResult<Void> head = std(method, r);
    if (!head.isSuccess()) {
      return new QapiResult<>(method, head.code(), head.message(), null);
    }
    JsonNode node = r instanceof QapiResponse.Custom c ? c.resultObject() : null;
    if (node == null || node.isNull()) {
      throw new QapiTransportException(Reason.MALFORMED, method + ": success without ResultObject");
    }
    return new QapiResult<>(method, head.code(), head.message(), read.apply(node));
  }

  static <T> QapiResult<T> object(QapiMethod method, QapiResponse r, Class<T> type) {
    return single(method, r, node -> convert(method, node, type));
  }

  /** A list result; null, "" or [] mean no rows, and a lone object is one row. */
  static <T> QapiResult<List<T>> list(QapiMethod method, QapiResponse r, Class<T> rowType) {
    QapiResult<Void> head = std(method, r);
    if (!head.isSuccess()) {
      return new QapiResult<>(method, head.code(), head.message(), List.of());
    }
    return new QapiResult<>(
        method, head.code(), head.message(), List.copyOf(rows(method, r, rowType)));
  }

  /** Bulk rows are returned whatever the overall code (-1 means "some rows failed"). */
  static <T> List<T> rows(QapiMethod method, QapiResponse r, Class<T> rowType) {
    if (r instanceof QapiResponse.Custom c && c.value() instanceof RawJson raw) {
      return rows(method, raw, rowType);
    }
    JsonNode node = r instanceof QapiResponse.Custom c ? c.resultObject() : null;
    List<T> rows = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> rows.add(convert(method, n, rowType)));
    } else if (node != null && node.isObject()) {
      rows.add(convert(method, node, rowType));
    }
    return rows;
  }

  /**
   * Reads the rows straight from the answer's bytes: no tree in between (an import reads thousands
   * of rows per call). The same rows as reading them off the tree.
   */
  private static <T> List<T> rows(QapiMethod method, RawJson raw, Class<T> rowType) {
    ObjectReader reader = QapiJson.mapper().readerFor(rowType);
    List<T> rows = new ArrayList<>();
    try (JsonParser p = raw.parser()) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          rows.add(reader.readValue(p));
        }
      } else if (t == JsonToken.START_OBJECT) {
        rows.add(reader.readValue(p));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new QapiTransportException(
          Reason.MALFORMED, method + ": unexpected ResultObject: " + e.getMessage(), e);
    }
    return rows;
  }

  /**
   * Reads a row straight off the tree (a tree-walking parser), not through {@code convertValue},
   * which writes the tree out to a buffer first: an import reads thousands of rows per call.
   */
  static <T> T convert(QapiMethod method, JsonNode node, Class<T> type) {
    try {
      return QapiJson.mapper().treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new QapiTransportException(
          Reason.MALFORMED, method + ": unexpected ResultObject: " + e.getMessage(), e);
    }
  }

  private static QapiTransportException unexpected(QapiMethod method, QapiResponse.PlainText p) {
    return new QapiTransportException(Reason.MALFORMED, method + ": plain text " + p.text());
  }
}
