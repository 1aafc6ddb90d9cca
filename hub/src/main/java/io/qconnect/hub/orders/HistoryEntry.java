package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubJdbi;
import java.time.Instant;
import java.util.Objects;

/** One change of an order line: what, from, to, and a note. */
public record HistoryEntry(
    long orderNo, Instant at, HistoryKind kind, String oldValue, String newValue, String note) {

  public HistoryEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    oldValue = HubJdbi.clip(oldValue, 500);
    newValue = HubJdbi.clip(newValue, 500);
    note = HubJdbi.clip(note, 1000);
  }
}
