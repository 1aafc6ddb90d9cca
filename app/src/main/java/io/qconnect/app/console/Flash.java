package io.qconnect.app.console;

import java.util.Objects;

/** A message shown once on the next page: the result of a form. */
public record Flash(Kind kind, String text) {
  /** How the message is shown. */
  public enum Kind {
    OK,
    ERROR,
    INFO
  }

  public Flash {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** The CSS class of the message. */
  public String css() {
    return "flash flash-" + kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
