package io.qconnect.hub.sync;

import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.core.NotFoundException;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.protocol.wire.QapiDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backfills as background jobs: {@link #start} checks the range ({@link BackfillRange}), records
 * the job and returns at once; a db-scheduler job on some hub node runs it ({@link #run}), and an
 * operator can {@link #cancel} it. No request thread ever waits for one.
 */
public final class Backfills {
  private static final Logger LOG = LoggerFactory.getLogger(Backfills.class);

  private final JdbcBackfillStore store = new JdbcBackfillStore();
  private final Jdbi jdbi;
  private final SyncService sync;
  private final ShopService shops;
  private final Jobs jobs;
  private final Clock clock;

  public Backfills(Jdbi jdbi, SyncService sync, ShopService shops, Jobs jobs, Clock clock) {
    this.jdbi = jdbi;
    this.sync = sync;
    this.shops = shops;
    this.jobs = jobs;
    this.clock = clock;
  }

  /**
   * Queues a backfill of {@code from}..{@code to} (JST order dates, inclusive).
   *
   * @throws BackfillRangeException naming the bound the range breaks; nothing is queued then
   * @throws NotFoundException for an unknown shop
   */
  public Backfill start(String shopId, LocalDate from, LocalDate to) {
    shops.get(shopId);
    BackfillRange.check(from, to, LocalDate.ofInstant(clock.instant(), QapiDates.JST));
    long id = jdbi.withHandle(h -> store.insert(h, shopId, from, to, clock.instant()));
    jobs.backfillQueued(id);
    return get(id);
  }

  /**
   * @throws NotFoundException when there is no such backfill
   */
  public Backfill get(long id) {
    return jdbi.withHandle(h -> store.find(h, id))
        .orElseThrow(() -> new NotFoundException("no backfill " + id));
  }

  /** Newest first; every shop's when {@code shopId} is null. */
  public List<Backfill> list(String shopId, int limit) {
    return jdbi.withHandle(h -> store.list(h, shopId, Math.max(1, Math.min(limit, 1000))));
  }

  /** Cancels a queued backfill at once, a running one at its next step; a finished one stays. */
  public Backfill cancel(long id) {
    get(id);
    jdbi.useHandle(h -> store.requestCancel(h, id, clock.instant()));
    return get(id);
  }

  /**
   * Runs a queued backfill (the job's work).
   *
   * @return false when the shop was being synced: the job tries again shortly
   */
  boolean run(long id) {
    Backfill b = jdbi.withHandle(h -> store.find(h, id)).orElse(null);
    if (b == null || b.state().finished()) {
      return true;
    }
    if (!jdbi.withHandle(h -> store.start(h, id, clock.instant()))) {
      finish(id, Backfill.State.CANCELLED, null, SyncService.CANCELLED);
      return true;
    }
    try {
      SyncOutcome out = sync.backfill(b.shopId(), b.from(), b.to(), () -> checkCancel(id));
      return switch (out) {
        case SyncOutcome.Busy busy -> {
          jdbi.useHandle(h -> store.requeue(h, id));
          yield false;
        }
        case SyncOutcome.Ran ran -> {
          SyncRun r = ran.run();
          Backfill.State state =
              r.error().equals(SyncService.CANCELLED)
                  ? Backfill.State.CANCELLED
                  : r.outcome() == SyncRun.Outcome.FAILED
                      ? Backfill.State.FAILED
                      : Backfill.State.DONE;
          finish(id, state, r.id(), r.error());
          yield true;
        }
      };
    } catch (RuntimeException e) {
      LOG.warn("backfill {} of shop {} could not run: {}", id, b.shopId(), e.toString());
      finish(id, Backfill.State.FAILED, null, e.getMessage());
      return true;
    }
  }

  private void checkCancel(long id) {
    if (jdbi.withHandle(h -> store.cancelRequested(h, id))) {
      throw new SyncService.Cancelled();
    }
  }

  private void finish(long id, Backfill.State state, Long runId, String error) {
    jdbi.useHandle(
        h ->
            store.finish(
                h,
                id,
                state,
                runId,
                HubJdbi.clip(error == null ? "" : error, 2000),
                clock.instant()));
  }
}
