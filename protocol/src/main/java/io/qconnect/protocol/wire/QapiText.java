package io.qconnect.protocol.wire;

/**
 * The one rule for characters in every QAPI answer, JSON and XML alike (docs/qapi.md §3.6): a
 * character that XML 1.0 cannot carry at all is left out, so both encodings say the same and an XML
 * answer is always well-formed. Left out: the C0 controls other than tab, line feed and carriage
 * return (U+0000 to U+001F), U+FFFE, U+FFFF and a surrogate that is not half of a pair. Everything
 * else, line breaks included, is kept as it was stored.
 */
public final class QapiText {
  private QapiText() {}

  /** {@code s} without the characters an answer never carries; {@code s} itself when clean. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    int n = s.length();
    int i = 0;
    while (i < n && keeps(s, i)) {
      i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char ch = s.charAt(i);
      boolean pair = Character.isHighSurrogate(ch) && keeps(s, i);
      if (keeps(s, i)) {
        b.append(ch);
        if (pair) {
          b.append(s.charAt(i + 1));
        }
      }
      i += pair ? 2 : 1;
    }
    return b.toString();
  }

  /** Whether the character at {@code i} (a high surrogate: with its low half) is kept. */
  private static boolean keeps(String s, int i) {
    char ch = s.charAt(i);
    if (ch < 0x20) {
      return ch == '\t' || ch == '\n' || ch == '\r';
    }
    if (ch < 0xD800) {
      return true;
    }
    if (Character.isHighSurrogate(ch)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(ch)) {
      return false; // a low half without its high half (a pair is consumed from its high half)
    }
    return ch != '\uFFFE' && ch != '\uFFFF';
  }
}
