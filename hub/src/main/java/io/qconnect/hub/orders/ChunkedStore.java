package io.qconnect.hub.orders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storing half of {@link OrderImporter}: lines go in chunks of {@value #CHUNK} per transaction,
 * and a chunk that fails at once (a race, or a line that fails) goes again line by line, so that
 * one bad line costs only itself.
 */
final class ChunkedStore {
  private static final Logger LOG = LoggerFactory.getLogger(OrderImporter.class);

  /** Lines stored per transaction on the fast path. */
  static final int CHUNK = 500;

  private final LineUpserter upserter;
  private final ImportLag lag;
  private final Function<String, HubStatus> storageStatus;

  ChunkedStore(LineUpserter upserter, ImportLag lag, Function<String, HubStatus> storageStatus) {
    this.upserter = upserter;
    this.lag = lag;
    this.storageStatus = storageStatus;
  }

  /** Stores {@code lines} of the shop, calling {@code checkpoint} before each chunk. */
  ImportReport upsertAll(String shopId, Collection<IncomingLine> lines, Runnable checkpoint) {
    int[] counts = new int[3];
    List<String> errors = new ArrayList<>();
    List<IncomingLine> all = new ArrayList<>(lines);
    HubStatus storage = storageStatus.apply(shopId);
    for (int i = 0; i < all.size(); i += CHUNK) {
      checkpoint.run();
      List<IncomingLine> chunk = all.subList(i, Math.min(i + CHUNK, all.size()));
      Optional<List<UpsertResult>> batch = batch(shopId, chunk, storage);
      if (batch.isPresent()) {
        batch.get().forEach(r -> count(r, counts));
      } else {
        oneByOne(shopId, chunk, storage, counts, errors);
      }
    }
    int failed = errors.size();
    return new ImportReport(
        counts[0] + counts[1] + counts[2] + failed,
        counts[0],
        counts[1],
        counts[2],
        failed,
        errors);
  }

  /** The fast path; empty when the chunk must go line by line (a race, or a line that fails). */
  private Optional<List<UpsertResult>> batch(
      String shopId, List<IncomingLine> chunk, HubStatus storage) {
    try {
      return upserter.upsertChunk(shopId, chunk, storage);
    } catch (RuntimeException e) {
      // The fallback stores what it can line by line, but a failing fast path is worth knowing of.
      LOG.warn(
          "shop {}: storing a chunk of {} lines at once failed, storing them one by one: {}",
          shopId,
          chunk.size(),
          e.toString(),
          e);
      return Optional.empty();
    }
  }

  private void oneByOne(
      String shopId,
      List<IncomingLine> chunk,
      HubStatus storage,
      int[] counts,
      List<String> errors) {
    for (IncomingLine in : chunk) {
      try {
        count(upserter.upsert(shopId, in, storage), counts);
      } catch (RuntimeException e) {
        errors.add("order " + in.orderNo() + ": " + e.getMessage());
      }
    }
  }

  private void count(UpsertResult r, int[] counts) {
    switch (r) {
      case UpsertResult.Created c -> {
        counts[0]++;
        lag.record(c.line());
      }
      case UpsertResult.Updated u -> counts[1]++;
      case UpsertResult.Unchanged u -> counts[2]++;
      case UpsertResult.Skipped s -> {}
    }
  }
}
