package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores one incoming line idempotently, keyed on (shop, order number): inserted once, updated only
 * when something changed, and every change recorded as history. Two writers racing on one line (two
 * hub nodes) cannot duplicate it: the insert yields to the unique key, a stale update yields to the
 * version, and the loser reads again.
 */
final class LineUpserter {
  private static final int ATTEMPTS = 3;

  private final Jdbi jdbi;
  private final JdbcOrderStore store = new JdbcOrderStore();
  private final Clock clock;
  private final LineEvents events;

  LineUpserter(Jdbi jdbi, Clock clock) {
    this(jdbi, clock, LineEvents.NONE);
  }

  LineUpserter(Jdbi jdbi, Clock clock, LineEvents events) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Stores many lines in one transaction: one read of what is stored, one batch of inserts, one of
   * updates, one of history. When another writer touched any of them meanwhile, nothing is kept and
   * the result is empty: the caller then stores the lines one by one.
   */
  Optional<List<UpsertResult>> upsertChunk(
      String shopId, List<IncomingLine> chunk, HubStatus storage) {
    try {
      return Optional.of(jdbi.inTransaction(h -> chunkOnce(h, shopId, chunk, storage)));
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

  /**
   * New lines are inserted first, without reading (ON CONFLICT DO NOTHING tells which already
   * existed); only the lines that existed are read and merged. A big first import thus writes
   * without a read per line, whatever the database's statistics say about the growing table.
   */
  private List<UpsertResult> chunkOnce(
      org.jdbi.v3.core.Handle h, String shopId, List<IncomingLine> chunk, HubStatus storage) {
    Instant now = clock.instant();
    List<UpsertResult> results = new java.util.ArrayList<>();
    List<HistoryEntry> history = new java.util.ArrayList<>();
    java.util.Map<Long, String> details = new java.util.HashMap<>();
    List<IncomingLine> rest = insertNew(h, shopId, chunk, storage, now, results, history, details);
    java.util.Map<Long, LineRecord> current =
        store.findRecords(h, shopId, rest.stream().map(IncomingLine::orderNo).toList());
    List<LineRecord> updates = new java.util.ArrayList<>();
    List<Integer> versions = new java.util.ArrayList<>();
    for (IncomingLine in : rest) {
      LineRecord cur = current.get(in.orderNo());
      if (cur == null) {
        results.add(new UpsertResult.Skipped());
        continue;
      }
      String detail = details.get(in.orderNo());
      LineRecord merged =
          detail == null ? LineMerge.merged(cur, in) : LineMerge.merged(cur, in, detail);
      List<HistoryEntry> changes = LineMerge.changes(cur, merged, now);
      if (changes.isEmpty()) {
        results.add(new UpsertResult.Unchanged());
      } else {
        LineRecord next = merged.stamped(now);
        updates.add(next);
        versions.add(cur.line().version());
        history.addAll(changes);
        results.add(new UpsertResult.Updated(next.line(), changes));
      }
    }
    if (!allOne(store.updateAll(h, updates, versions))) {
      throw new Conflict();
    }
    store.addHistory(h, shopId, history);
    List<OrderLine> inserted = new java.util.ArrayList<>();
    List<OrderLine> changed = new java.util.ArrayList<>();
    for (UpsertResult r : results) {
      if (r instanceof UpsertResult.Created c) {
        inserted.add(c.line());
      } else if (r instanceof UpsertResult.Updated u) {
        changed.add(u.line());
      }
    }
    events.changed(h, inserted, changed);
    return results;
  }

  /**
   * Inserts the creatable lines that are not stored yet; answers the others. The detail worked out
   * for a line found stored goes to {@code details}, so that merging it does not work it out again.
   */
  private List<IncomingLine> insertNew(
      org.jdbi.v3.core.Handle h,
      String shopId,
      List<IncomingLine> chunk,
      HubStatus storage,
      Instant now,
      List<UpsertResult> results,
      List<HistoryEntry> history,
      java.util.Map<Long, String> details) {
    List<IncomingLine> candidates =
        chunk.stream().filter(in -> in.creatable() && in.view() != null).toList();
    List<LineRecord> fresh =
        candidates.stream().map(in -> LineMerge.fresh(shopId, in, now, storage)).toList();
    int[] inserted = store.insertAll(h, fresh);
    java.util.Set<Long> done = new java.util.HashSet<>();
    for (int i = 0; i < inserted.length; i++) {
      if (inserted[i] == 1) {
        done.add(fresh.get(i).line().orderNo());
        results.add(new UpsertResult.Created(fresh.get(i).line()));
      } else if (inserted[i] == 0) {
        details.put(fresh.get(i).line().orderNo(), fresh.get(i).detail());
      } else {
        throw new Conflict(); // the driver could not say which rows it inserted
      }
    }
    return chunk.stream().filter(in -> !done.contains(in.orderNo())).toList();
  }

  private static boolean allOne(int[] counts) {
    for (int c : counts) {
      if (c != 1) {
        return false;
      }
    }
    return true;
  }

  UpsertResult upsert(String shopId, IncomingLine in, HubStatus storage) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<UpsertResult> done = jdbi.inTransaction(h -> tryOnce(h, shopId, in, storage));
      if (done.isPresent()) {
        return done.get();
      }
    }
    throw new HubException(
        "order " + in.orderNo() + ": changed by another writer " + ATTEMPTS + " times; try again");
  }

  /** Empty when another writer got there first. */
  private Optional<UpsertResult> tryOnce(
      org.jdbi.v3.core.Handle h, String shopId, IncomingLine in, HubStatus storage) {
    Instant now = clock.instant();
    Optional<LineRecord> current = store.findRecord(h, shopId, in.orderNo());
    if (current.isEmpty()) {
      if (!in.creatable() || in.view() == null) {
        return Optional.of(new UpsertResult.Skipped());
      }
      LineRecord fresh = LineMerge.fresh(shopId, in, now, storage);
      if (!store.insert(h, fresh)) {
        return Optional.empty();
      }
      events.changed(h, List.of(fresh.line()), List.of());
      return Optional.of(new UpsertResult.Created(fresh.line()));
    }
    LineRecord merged = LineMerge.merged(current.get(), in);
    List<HistoryEntry> changes = LineMerge.changes(current.get(), merged, now);
    if (changes.isEmpty()) {
      return Optional.of(new UpsertResult.Unchanged());
    }
    LineRecord next = merged.stamped(now);
    if (!store.update(h, next, current.get().line().version())) {
      return Optional.empty();
    }
    store.addHistory(h, shopId, changes);
    events.changed(h, List.of(), List.of(next.line()));
    return Optional.of(new UpsertResult.Updated(next.line(), changes));
  }
}
