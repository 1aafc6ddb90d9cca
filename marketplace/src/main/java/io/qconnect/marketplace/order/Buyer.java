package io.qconnect.marketplace.order;

import io.qconnect.marketplace.core.MarketplaceException;

/** Who ordered: name, katakana reading, phones in Qoo10's {@code +81-90-1234-5678} form, e-mail. */
public record Buyer(String name, String kana, String tel, String mobile, String email) {
  public Buyer {
    name = required(name, "buyer name");
    kana = strip(kana);
    tel = strip(tel);
    mobile = strip(mobile);
    email = strip(email);
  }

  static String required(String v, String what) {
    String s = strip(v);
    if (s.isEmpty()) {
      throw new MarketplaceException(what + " is required");
    }
    return s;
  }

  /**
   * {@code v} without leading and trailing white space ({@link String#strip}), "" for null. Every
   * order line read builds buyers and receivers, mostly of Japanese text, where {@link
   * Character#isWhitespace} is a table lookup per character: a text that begins and ends with a
   * printable ASCII character or one from U+3001 up (no white space there) is returned as it is.
   */
  static String strip(String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    return plain(v.charAt(0)) && plain(v.charAt(v.length() - 1)) ? v : v.strip();
  }

  private static boolean plain(char c) {
    return (c > ' ' && c < 0x7F) || (c > 0x3000 && !Character.isSurrogate(c));
  }
}
