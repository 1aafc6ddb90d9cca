package io.qconnect.hub.orders;

import java.util.List;

/** What storing one incoming line did. */
sealed interface UpsertResult {
  record Created(OrderLine line) implements UpsertResult {}

  record Updated(OrderLine line, List<HistoryEntry> changes) implements UpsertResult {}

  record Unchanged() implements UpsertResult {}

  /** The line is unknown and may not be created from what was seen (claim or status 4/5 only). */
  record Skipped() implements UpsertResult {}
}
