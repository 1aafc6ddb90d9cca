package io.qconnect.hub.orders;

import java.time.Instant;
import java.util.Objects;

/** One change of an order line: what, from, to, and a note. */
public record HistoryEntry(
    long orderNo, Instant at, HistoryKind kind, String oldValue, String newValue, String note) {

  public HistoryEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    oldValue = clip(oldValue);
    newValue = clip(newValue);
    note = note == null ? "" : note.length() > 1000 ? note.substring(0, 1000) : note;
  }

  private static String clip(String s) {
    return s == null ? "" : s.length() > 500 ? s.substring(0, 500) : s;
  }
}
