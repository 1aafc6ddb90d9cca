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

  /**
   * Stores many lines in one transaction: one read of what is stored, one batch of inserts, one of
   * updates, one of history. When another writer touched any of them meanwhile, nothing is kept and
   * the result is empty: the caller then stores the lines one by one.
   */
  Optional<List<UpsertResult>> upsertChunk(String shopId, List<IncomingLine> chunk) {
    try {
      return Optional.of(store.jdbi().inTransaction(h -> chunkOnce(h, shopId, chunk)));
    } catch (Conflict e) {
      return Optional.empty();
    }
  }

  /** Rolls a chunk back when a batch statement finds a row changed by another writer. */
  private static final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Conflict() {
      super("changed by another writer", null, false, false);
    }
  }

  private List<UpsertResult> chunkOnce(
      org.jdbi.v3.core.Handle h, String shopId, List<IncomingLine> chunk) {
    Instant now = clock.instant();
    java.util.Map<Long, LineRecord> current =
        store.findRecords(h, shopId, chunk.stream().map(IncomingLine::orderNo).toList());
    List<UpsertResult> results = new java.util.ArrayList<>();
    List<LineRecord> inserts = new java.util.ArrayList<>();
    List<LineRecord> updates = new java.util.ArrayList<>();
    List<Integer> versions = new java.util.ArrayList<>();
    List<HistoryEntry> history = new java.util.ArrayList<>();
    for (IncomingLine in : chunk) {
      LineRecord cur = current.get(in.orderNo());
      if (cur == null && (!in.creatable() || in.view() == null)) {
        results.add(new UpsertResult.Skipped());
      } else if (cur == null) {
        LineRecord fresh = LineMerge.fresh(shopId, in, now);
        inserts.add(fresh);
        history.add(LineMerge.imported(fresh.line(), now));
        results.add(new UpsertResult.Created(fresh.line()));
      } else {
        LineRecord merged = LineMerge.merged(cur, in);
        List<HistoryEntry> changes = LineMerge.changes(cur, merged, now);
        if (changes.isEmpty()) {
          results.add(new UpsertResult.Unchanged());
        } else {
          LineRecord next = LineMerge.stamped(merged, now);
          updates.add(next);
          versions.add(cur.line().version());
          history.addAll(changes);
          results.add(new UpsertResult.Updated(next.line(), changes));
        }
      }
    }
    if (!allOne(store.insertAll(h, inserts)) || !allOne(store.updateAll(h, updates, versions))) {
      throw new Conflict();
    }
    store.addHistory(h, shopId, history);
    return results;
  }

  private static boolean allOne(int[] counts) {
    for (int c : counts) {
      if (c != 1) {
        return false;
      }
    }
    return true;
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
