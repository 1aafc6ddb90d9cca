package io.qconnect.app.console;

import java.nio.charset.StandardCharsets;

/**
 * The one check of every redirect target a request names: a plain path on this site, or nothing.
 */
final class LocalPaths {
  private LocalPaths() {}

  /**
   * The path when it is a plain path on this site, else null: the one check of every redirect
   * target a request names ({@code back}, {@code _back}, {@code next}), so that none leads to
   * another site. A plain path starts with {@code /} followed by something other than {@code /} or
   * {@code \}, and has no backslash, whitespace or control character anywhere, neither as sent nor
   * in its path part once percent-decoded (a browser drops a tab or line break, so {@code /<TAB>/x}
   * would be {@code //x}; a proxy may decode {@code /%2F/x} to {@code //x}).
   */
  static String localPath(String p) {
    if (!plainPath(p)) {
      return null;
    }
    int end = p.length();
    for (char stop : new char[] {'?', '#'}) {
      int i = p.indexOf(stop);
      end = i >= 0 ? Math.min(end, i) : end;
    }
    return plainPath(percentDecoded(p.substring(0, end))) ? p : null;
  }

  private static boolean plainPath(String p) {
    if (p == null || p.isEmpty() || p.charAt(0) != '/') {
      return false;
    }
    if (p.length() > 1 && (p.charAt(1) == '/' || p.charAt(1) == '\\')) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (ch == '\\'
          || Character.isISOControl(ch)
          || Character.isWhitespace(ch)
          || Character.isSpaceChar(ch)
          || Character.getType(ch) == Character.FORMAT) {
        return false;
      }
    }
    return true;
  }

  /** {@code %XX} sequences decoded as UTF-8 (a {@code +} stays a plus); malformed ones kept. */
  private static String percentDecoded(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
      int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
      if (ch == '%' && hi >= 0 && lo >= 0) {
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
