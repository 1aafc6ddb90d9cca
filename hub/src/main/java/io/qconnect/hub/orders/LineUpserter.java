package io.qconnect.hub.orders;

import io.qconnect.hub.HubException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores one incoming line idempotently, keyed on (shop, order number): inserted once, updated only
 * when something changed, and every change recorded as history. Two writers racing on one line (two
 * hub nodes) cannot duplicate it: the insert yields to the unique key, a stale update yields to the
 * version, and the loser reads again.
 */
final class LineUpserter {
  private static final int ATTEMPTS = 3;

  private final JdbcOrderStore store;
  private final Clock clock;

  LineUpserter(JdbcOrderStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  UpsertResult upsert(String shopId, IncomingLine in) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<UpsertResult> done = store.jdbi().inTransaction(h -> tryOnce(h, shopId, in));
      if (done.isPresent()) {
        return done.get();
      }
    }
    throw new HubException(
        "order " + in.orderNo() + ": changed by another writer " + ATTEMPTS + " times; try again");
  }

  /** Empty when another writer got there first. */
  private Optional<UpsertResult> tryOnce(
      org.jdbi.v3.core.Handle h, String shopId, IncomingLine in) {
    Instant now = clock.instant();
    Optional<LineRecord> current = store.findRecord(h, shopId, in.orderNo());
    if (current.isEmpty()) {
      if (!in.creatable() || in.view() == null) {
        return Optional.of(new UpsertResult.Skipped());
      }
      LineRecord fresh = LineMerge.fresh(shopId, in, now);
      if (!store.insert(h, fresh)) {
        return Optional.empty();
      }
      store.addHistory(h, shopId, List.of(LineMerge.imported(fresh.line(), now)));
      return Optional.of(new UpsertResult.Created(fresh.line()));
    }
    LineRecord merged = LineMerge.merged(current.get(), in);
    List<HistoryEntry> changes = LineMerge.changes(current.get(), merged, now);
    if (changes.isEmpty()) {
      return Optional.of(new UpsertResult.Unchanged());
    }
    LineRecord next = LineMerge.stamped(merged, now);
    if (!store.update(h, next, current.get().line().version())) {
      return Optional.empty();
    }
    store.addHistory(h, shopId, changes);
    return Optional.of(new UpsertResult.Updated(next.line(), changes));
  }
}
