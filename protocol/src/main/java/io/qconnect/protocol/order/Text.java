package io.qconnect.protocol.order;

/** The order model's one default: text is never null. */
final class Text {
  private Text() {}

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
