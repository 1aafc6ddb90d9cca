package io.qconnect.protocol.item;

import java.util.Objects;

/** One axis of a combination option, e.g. {@code Color = Blue}. */
public record OptionAxis(String name, String value) {
  public OptionAxis {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank() || value.isBlank()) {
      throw new IllegalArgumentException("option name and value are required");
    }
  }
}
