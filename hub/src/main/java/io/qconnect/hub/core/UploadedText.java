package io.qconnect.hub.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file an operator uploads, saved by Excel or downloaded from QSM: UTF-8 (with or
 * without a byte-order mark) or Shift_JIS (windows-31j).
 */
public final class UploadedText {
  private static final Charset SJIS = Charset.forName("windows-31j");

  private UploadedText() {}

  /** UTF-8 (a byte-order mark dropped) when the bytes are valid UTF-8, else Shift_JIS. */
  public static String decode(byte[] bytes) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return new String(bytes, SJIS);
    }
  }
}
