package io.qconnect.marketplace.catalog.file;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * The two encodings of the catalogue files: UTF-8 with a byte-order mark (the default, what Excel
 * needs to open UTF-8 as such) and Shift_JIS as Windows writes it ({@code windows-31j}, which has
 * the NEC and IBM extensions such as ① and ㈱ that plain Shift_JIS lacks). A character windows-31j
 * cannot hold is written as {@code ?}.
 */
public enum FileEncoding {
  UTF_8("utf-8", Charset.forName("UTF-8"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
  SJIS("sjis", Charset.forName("windows-31j"), new byte[0]);

  private final String param;
  private final Charset charset;
  private final byte[] bom;

  FileEncoding(String param, Charset charset, byte[] bom) {
    this.param = param;
    this.charset = charset;
    this.bom = bom;
  }

  /** The value of the downloads' {@code encoding} parameter. */
  public String param() {
    return param;
  }

  public Charset charset() {
    return charset;
  }

  /** The bytes a file of this encoding starts with (the UTF-8 BOM; none for Shift_JIS). */
  public byte[] bom() {
    return bom.clone();
  }

  /**
   * The encoding a request names: {@code utf-8} / {@code utf8} (also the default when blank) or
   * {@code sjis} / {@code shift_jis} / {@code windows-31j} / {@code cp932}; empty for anything
   * else.
   */
  public static Optional<FileEncoding> parse(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "", "utf-8", "utf8" -> Optional.of(UTF_8);
      case "sjis", "shift_jis", "shift-jis", "windows-31j", "cp932", "ms932" -> Optional.of(SJIS);
      default -> Optional.empty();
    };
  }
}
