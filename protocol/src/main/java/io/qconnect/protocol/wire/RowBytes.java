package io.qconnect.protocol.wire;

import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The JSON bytes of recently written {@link QapiRow}s, by row value: an equal row is written from
 * them, byte for byte what encoding it gives since the bytes are that encoding. Bounded: rows
 * larger than {@link #MAX_ROW} are not kept, and when the kept bytes would pass {@link #MAX_TOTAL}
 * everything is dropped and kept anew.
 */
final class RowBytes {
  static final int MAX_ROW = 64 * 1024;
  static final long MAX_TOTAL = 32L * 1024 * 1024;

  private final ConcurrentHashMap<Key, Raw> rows = new ConcurrentHashMap<>();
  private final AtomicLong total = new AtomicLong();

  /** The row's bytes, kept or encoded now by {@code encode}. */
  SerializableString of(QapiRow row, Function<QapiRow, byte[]> encode) {
    Key key = new Key(row);
    Raw kept = rows.get(key);
    if (kept != null) {
      return kept;
    }
    Raw raw = new Raw(encode.apply(row));
    if (raw.utf8.length <= MAX_ROW) {
      if (total.addAndGet(raw.utf8.length) > MAX_TOTAL) {
        rows.clear();
        total.set(raw.utf8.length);
      }
      rows.put(key, raw);
    }
    return raw;
  }

  /**
   * A row as the key: hashed by {@link QapiRow#rowHash} (a few fields; a record's own hash code
   * would read every text of a wide row on each look-up), equal only when the whole rows are.
   */
  private static final class Key {
    private final QapiRow row;
    private final int hash;

    Key(QapiRow row) {
      this.row = row;
      this.hash = 31 * row.getClass().hashCode() + row.rowHash();
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && hash == k.hash && row.equals(k.row);
    }
  }

  /** Encoded JSON written as it is ({@code writeRawValue}). */
  private static final class Raw implements SerializableString {
    private final byte[] utf8;

    Raw(byte[] utf8) {
      this.utf8 = utf8;
    }

    @Override
    public String getValue() {
      return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return utf8;
    }

    @Override
    public byte[] asQuotedUTF8() {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (offset + utf8.length > buffer.length) {
        return -1;
      }
      System.arraycopy(utf8, 0, buffer, offset, utf8.length);
      return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      String s = getValue();
      if (offset + s.length() > buffer.length) {
        return -1;
      }
      s.getChars(0, s.length(), buffer, offset);
      return s.length();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(utf8);
      return utf8.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
      if (utf8.length > buffer.remaining()) {
        return -1;
      }
      buffer.put(utf8);
      return utf8.length;
    }
  }
}
