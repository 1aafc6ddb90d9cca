package io.qconnect.protocol.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A result object as the bytes of the answer it came in, not yet read: a client reads the rows of a
 * large search straight from them (no JSON tree in between), and the tree is read from them only
 * when asked for ({@link #tree()}, the same tree reading the whole body would give).
 */
public final class RawJson {
  private final byte[] body;
  private final int offset;
  private final int length;
  private volatile JsonNode tree;

  RawJson(byte[] body, int offset, int length) {
    this.body = body;
    this.offset = offset;
    this.length = length;
  }

  /** A parser over the value, before its first token. */
  public JsonParser parser() throws IOException {
    return QapiJson.mapper().createParser(body, offset, length);
  }

  /** The value as a JSON tree. */
  public JsonNode tree() {
    JsonNode t = tree;
    if (t == null) {
      try {
        t = QapiJson.mapper().readTree(body, offset, length);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // read once already while decoding
      }
      tree = t;
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawJson r && tree().equals(r.tree());
  }

  @Override
  public int hashCode() {
    return tree().hashCode();
  }

  @Override
  public String toString() {
    return tree().toString();
  }
}
