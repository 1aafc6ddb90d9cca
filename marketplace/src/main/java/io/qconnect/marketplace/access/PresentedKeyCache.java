package io.qconnect.marketplace.access;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The certification keys presented with recent QAPI calls, with their sellers' state, so that a
 * client calling again and again does not read the same two rows each time (every QAPI call checks
 * its key). Only what the database said is kept, never a verdict: expiry is judged against the
 * clock at each call.
 *
 * <p>Correct on change: whatever revokes a key or changes what its check reads (a password change,
 * an API suspension, a revocation, the sandbox's reset) calls {@link #forget()} once its
 * transaction has committed. Each entry carries the generation that was current when its read
 * began, and an entry of an older generation is never used: a read that raced with a change cannot
 * bring the old state back. An entry is also used for at most {@link #TTL_NANOS} after its read, so
 * a change made by another process on the same database is seen within that time. Keys that were
 * not found are not kept.
 */
final class PresentedKeyCache {
  /** How long an entry answers without a read (changes made by another process). */
  static final long TTL_NANOS = 2_000_000_000L;

  /** More entries than this and the cache starts again empty. */
  static final int MAX_ENTRIES = 10_000;

  private record Entry(KeyRecords.PresentedKey row, long generation, long readAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /** The presented key's row: kept, or read by {@code read} (and kept when found). */
  Optional<KeyRecords.PresentedKey> get(
      String presented, Supplier<Optional<KeyRecords.PresentedKey>> read) {
    long now = System.nanoTime();
    long current = generation.get();
    Entry e = entries.get(presented);
    if (e != null && e.generation() == current && now - e.readAt() < TTL_NANOS) {
      return Optional.of(e.row());
    }
    Optional<KeyRecords.PresentedKey> row = read.get();
    if (row.isPresent()) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(presented, new Entry(row.get(), current, now));
    } else if (e != null) {
      entries.remove(presented, e);
    }
    return row;
  }

  /** Drops every entry: something a key check reads has changed. */
  void forget() {
    generation.incrementAndGet();
    entries.clear();
  }
}
