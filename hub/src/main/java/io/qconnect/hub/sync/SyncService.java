package io.qconnect.hub.sync;

import io.micrometer.core.instrument.MeterRegistry;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.LeaseLock;
import io.qconnect.hub.orders.AutoConfirmer;
import io.qconnect.hub.orders.ConfirmReport;
import io.qconnect.hub.orders.ImportReport;
import io.qconnect.hub.orders.OrderImporter;
import io.qconnect.hub.shop.ConnectionProblem;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.protocol.client.DateWindows;
import io.qconnect.protocol.wire.QapiDates;
import io.qconnect.protocol.wire.QapiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a shop's sync — import, then automatic confirmation — under the shop's lock in the database,
 * so that one shop is never synced twice at once on any node. Every run is logged with its counts
 * and error; a failed run marks the shop FAILING (and raises one alert per failure streak), a
 * successful one marks it healthy again. Nothing is ever silently skipped: a run that cannot start
 * because another is in progress answers {@link SyncOutcome.Busy}.
 */
public final class SyncService {
  private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

  /** The error of a backfill an operator cancelled. */
  static final String CANCELLED = "cancelled by an operator";

  /** The error of a run that the hub's shutdown interrupted. */
  static final String INTERRUPTED_BY_SHUTDOWN =
      "interrupted: the hub was shut down while the run was in progress";

  private final ShopService shops;
  private final OrderImporter importer;
  private final AutoConfirmer confirmer;
  private final JdbcSyncRunStore runs = new JdbcSyncRunStore();
  private final Jdbi jdbi;
  private final Alerts alerts;
  private final LeaseLock locks;
  private final Clock clock;
  private final String node;
  private final SyncMetrics metrics;
  private final java.util.function.Consumer<String> afterImport;

  /** The runs in progress on this node, to close them when the hub shuts down. */
  private final Set<Long> active = ConcurrentHashMap.newKeySet();

  private volatile boolean closing;

  /** Where Sync now started from the console runs (no thread until one is started). */
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

  /**
   * @param meters where import runs are counted ({@link SyncMetrics})
   */
  public SyncService(
      Jdbi jdbi,
      ShopService shops,
      OrderImporter importer,
      AutoConfirmer confirmer,
      Alerts alerts,
      LeaseLock locks,
      Clock clock,
      String node,
      MeterRegistry meters) {
    this(jdbi, shops, importer, confirmer, alerts, locks, clock, node, meters, shopId -> {});
  }

  /**
   * @param afterImport called with the shop after each successful import and confirmation
   *     (automatic shipping instructions)
   */
  public SyncService(
      Jdbi jdbi,
      ShopService shops,
      OrderImporter importer,
      AutoConfirmer confirmer,
      Alerts alerts,
      LeaseLock locks,
      Clock clock,
      String node,
      MeterRegistry meters,
      java.util.function.Consumer<String> afterImport) {
    this.afterImport = afterImport;
    this.shops = shops;
    this.importer = importer;
    this.confirmer = confirmer;
    this.jdbi = jdbi;
    this.alerts = alerts;
    this.locks = locks;
    this.clock = clock;
    this.node = node;
    this.metrics = new SyncMetrics(meters);
  }

  /** Sync now, in the caller's thread, over the shop's lookback window. */
  public SyncOutcome syncNow(String shopId) {
    return run(shopId, SyncRun.Trigger.MANUAL, window(null, null, false), () -> {});
  }

  /**
   * Imports exactly the lines a notification mail named (GetShippingAndClaimInfoByOrderNo_V2 each),
   * through the same store, automatic confirmation and run log as a scheduled run, under the shop's
   * lock: while another run holds it this answers {@link SyncOutcome.Busy} and the caller tries
   * again. Numbers Qoo10 does not know go to {@code unknown}; nothing is created for them.
   */
  public SyncOutcome importOrderNos(
      String shopId, Collection<Long> orderNos, Consumer<List<Long>> unknown) {
    return run(
        shopId,
        SyncRun.Trigger.MAIL,
        (shop, held) -> {
          OrderImporter.ByOrderNo found = importer.fetchOrderNos(shop, orderNos, held);
          held.run();
          ImportReport stored = importer.store(shop.shopId(), found.fetched(), held);
          unknown.accept(found.unknown());
          return stored;
        },
        () -> {});
  }

  /** A scheduled run (called by the job). */
  SyncOutcome scheduledRun(String shopId) {
    return run(shopId, SyncRun.Trigger.SCHEDULED, window(null, null, false), () -> {});
  }

  /**
   * Imports a date range (JST, inclusive; fetched a week at a time), e.g. after connecting a shop
   * with older open orders, in the caller's thread (the API and the console run it as a background
   * job: {@link Backfills}). Within {@link BackfillRange}'s bounds.
   *
   * @throws HubException naming the bound a range breaks; nothing runs then
   */
  public SyncOutcome backfill(String shopId, LocalDate from, LocalDate to) {
    return backfill(shopId, from, to, () -> {});
  }

  /**
   * The same, calling {@code cancelled} at each step: it throws {@link Cancelled} to stop the
   * backfill there (the run ends as failed with {@value #CANCELLED}, the shop stays healthy).
   */
  SyncOutcome backfill(String shopId, LocalDate from, LocalDate to, Runnable cancelled) {
    BackfillRange.check(from, to, LocalDate.ofInstant(clock.instant(), QapiDates.JST));
    return run(
        shopId,
        SyncRun.Trigger.BACKFILL,
        window(from.atStartOfDay(), to.atTime(LocalTime.of(23, 59, 59)), true),
        cancelled);
  }

  /** Thrown by a backfill's cancel check: the operator cancelled it. */
  static final class Cancelled extends HubException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(CANCELLED);
    }
  }

  /** The run log, newest first; every shop's when {@code shopId} is null. */
  public List<SyncRun> runs(String shopId, int limit) {
    int capped = Math.max(1, Math.min(limit, 1000));
    return jdbi.withHandle(h -> runs.list(h, shopId, capped));
  }

  /**
   * For the hub's shutdown: closes every run in progress on this node at once as FAILED with the
   * error {@value #INTERRUPTED_BY_SHUTDOWN} (instead of leaving it RUNNING until another run of the
   * shop finds it), makes their threads stop at their next checkpoint, and refuses new runs.
   */
  public void interruptRunning() {
    closing = true;
    for (long id : active) {
      int closed =
          jdbi.withHandle(h -> runs.interrupt(h, id, clock.instant(), INTERRUPTED_BY_SHUTDOWN));
      if (closed > 0) {
        LOG.warn("sync run {} interrupted by the hub's shutdown", id);
      }
    }
  }

  /** Whether the hub is shutting down (no new runs start). */
  boolean closing() {
    return closing;
  }

  /** What a run imports, given the shop and the check that its lease is still held. */
  private interface Importing {
    ImportReport run(Shop shop, Runnable held);
  }

  /** A date range: the shop's look-back window up to now when {@code from}/{@code to} are null. */
  private Importing window(LocalDateTime from, LocalDateTime to, boolean byWeek) {
    return (shop, held) -> {
      LocalDateTime end =
          to != null ? to : LocalDateTime.ofInstant(clock.instant(), QapiDates.JST).withNano(0);
      LocalDateTime start = from != null ? from : end.minusDays(shop.settings().lookbackDays());
      return byWeek
          ? importByWeek(shop, start, end, held)
          : importer.importOrders(shop, start, end, held);
    };
  }

  /**
   * Sync now without waiting: the shop's lock is taken and the run logged as RUNNING here, then the
   * run goes on in the background (follow it with {@link #run(long)}).
   *
   * @return the run as logged at its start, or empty when another run holds the shop
   * @throws HubException when the shop cannot be called (waiting for its seller's Get Auth)
   */
  public Optional<SyncRun> startNow(String shopId) {
    shops.usable(shopId); // a shop waiting for Get Auth is refused here, not in the background
    Optional<Started> started = begin(shopId, SyncRun.Trigger.MANUAL);
    started.ifPresent(
        st -> {
          try {
            background.execute(() -> complete(st, window(null, null, false), () -> {}));
          } catch (java.util.concurrent.RejectedExecutionException e) {
            st.lease().close();
            throw new HubException("the hub is shutting down; no new sync runs start");
          }
        });
    return started.map(st -> jdbi.withHandle(h -> runs.find(h, st.id()).orElseThrow()));
  }

  /**
   * One logged run.
   *
   * @throws io.qconnect.hub.core.NotFoundException when there is none
   */
  public SyncRun run(long id) {
    return jdbi.withHandle(h -> runs.find(h, id))
        .orElseThrow(() -> new io.qconnect.hub.core.NotFoundException("no sync run " + id));
  }

  /** Stops the background runs' executor (after {@link #interruptRunning()}). */
  public void close() {
    background.shutdown();
  }

  /** A run begun: its shop, its lease and its log entry. */
  private record Started(Shop shop, SyncRun.Trigger trigger, LeaseLock.Lease lease, long id) {}

  private SyncOutcome run(
      String shopId, SyncRun.Trigger trigger, Importing importing, Runnable cancelled) {
    return begin(shopId, trigger)
        .<SyncOutcome>map(st -> new SyncOutcome.Ran(complete(st, importing, cancelled)))
        .orElseGet(() -> new SyncOutcome.Busy(shopId));
  }

  /** Takes the shop's lock and logs the run as started; empty when another run holds it. */
  private Optional<Started> begin(String shopId, SyncRun.Trigger trigger) {
    if (closing) {
      throw new HubException("the hub is shutting down; no new sync runs start");
    }
    Shop shop = shops.get(shopId);
    Optional<LeaseLock.Lease> lease = locks.tryAcquire("import:" + shopId);
    if (lease.isEmpty()) {
      if (trigger == SyncRun.Trigger.MAIL) {
        // the mail intake tries again every few hundred milliseconds until the lock is free
        LOG.debug("shop {}: {} run waits, another run is in progress", shopId, trigger);
      } else {
        LOG.info("shop {}: {} run skipped, another run is in progress", shopId, trigger);
      }
      metrics.busy(shopId);
      return Optional.empty();
    }
    try {
      if (jdbi.withHandle(h -> runs.abandon(h, shopId, clock.instant())) > 0) {
        LOG.warn("shop {}: closed a run left unfinished by a stopped hub node", shopId);
      }
      long id = jdbi.withHandle(h -> runs.start(h, shopId, trigger, node, clock.instant()));
      active.add(id);
      return Optional.of(new Started(shop, trigger, lease.get(), id));
    } catch (RuntimeException e) {
      lease.get().close();
      throw e;
    }
  }

  /** Runs a begun run to its end, then releases the shop's lock. */
  private SyncRun complete(Started st, Importing importing, Runnable cancelled) {
    try {
      LeaseLock.Lease held = st.lease();
      long t0 = System.nanoTime();
      SyncRun run =
          execute(
              st.id(),
              st.shop(),
              st.trigger(),
              importing,
              () -> {
                if (closing) {
                  throw new HubException(INTERRUPTED_BY_SHUTDOWN);
                }
                held.checkHeld();
                cancelled.run();
              });
      metrics.ran(run, Duration.ofNanos(System.nanoTime() - t0));
      return run;
    } finally {
      active.remove(st.id());
      st.lease().close();
    }
  }

  /**
   * {@code held} throws when the shop's lease was lost or the hub is shutting down: the run stops
   * there and fails.
   */
  private SyncRun execute(
      long id, Shop shop, SyncRun.Trigger trigger, Importing importing, Runnable held) {
    try {
      ImportReport imported = importing.run(shop, held);
      held.run();
      ConfirmReport confirmed = confirmer.confirm(shops.get(shop.shopId()));
      afterImport(shop.shopId());
      shops.markHealthy(shop.shopId());
      alerts.resolve(shop.shopId(), Alert.Kind.SYNC_FAILED);
      return finish(id, done(id, shop, trigger, imported, confirmed, null));
    } catch (Cancelled e) {
      LOG.info("shop {}: backfill run {} {}", shop.shopId(), id, CANCELLED);
      return finish(id, done(id, shop, trigger, null, null, CANCELLED));
    } catch (RuntimeException e) {
      if (closing) {
        // the shutdown, not the shop, ended it: no FAILING mark, no alert
        LOG.warn("shop {}: {} run {}", shop.shopId(), trigger, INTERRUPTED_BY_SHUTDOWN);
        return finish(id, done(id, shop, trigger, null, null, INTERRUPTED_BY_SHUTDOWN));
      }
      String error = describe(e, shop);
      if (e instanceof QapiException || e instanceof HubException) {
        LOG.warn("shop {}: {} run failed: {}", shop.shopId(), trigger, error);
      } else {
        LOG.error("shop {}: {} run failed", shop.shopId(), trigger, e);
      }
      if (shops.markFailing(shop.shopId(), error)) {
        alerts.raise(
            shop.shopId(), Alert.Kind.SYNC_FAILED, "Sync failed: " + error, "sync-failed:" + id);
      }
      return finish(id, done(id, shop, trigger, null, null, error));
    }
  }

  /**
   * What follows an import (automatic shipping instructions); its failure is logged, never the
   * run's: the lines are stored and the next run tries again.
   */
  private void afterImport(String shopId) {
    try {
      afterImport.accept(shopId);
    } catch (RuntimeException e) {
      LOG.error("shop {}: the step after the import failed", shopId, e);
    }
  }

  /** Records the run's end and reads it back as stored. */
  private SyncRun finish(long id, SyncRun done) {
    return jdbi.inTransaction(
        h -> {
          runs.finish(h, id, done);
          return runs.find(h, id).orElseThrow();
        });
  }

  /**
   * A backfill goes a week at a time: Qoo10 answers a search with every matching line at once (no
   * paging), so week windows keep each answer, and the hub's memory, bounded by two weeks of orders
   * however long the range. While one week is stored, the next is fetched (in a virtual thread):
   * the weeks are still stored one after the other, in order, each only once fetched in full.
   */
  private ImportReport importByWeek(
      Shop shop, LocalDateTime from, LocalDateTime to, Runnable held) {
    List<DateWindows.Window> weeks = DateWindows.split(from, to, Duration.ofDays(7));
    ImportReport total = ImportReport.NONE;
    try (ExecutorService ahead = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<OrderImporter.Fetched> next = null;
      try {
        for (int i = 0; i < weeks.size(); i++) {
          OrderImporter.Fetched week = next == null ? fetch(shop, weeks.get(i), held) : await(next);
          next = null;
          if (i + 1 < weeks.size()) {
            DateWindows.Window following = weeks.get(i + 1);
            next = ahead.submit(() -> fetch(shop, following, held));
          }
          held.run();
          total = total.plus(importer.store(shop.shopId(), week, held));
        }
      } finally {
        if (next != null) {
          next.cancel(true); // the run failed: the week fetched ahead is not wanted
        }
      }
    }
    return total;
  }

  private OrderImporter.Fetched fetch(Shop shop, DateWindows.Window w, Runnable held) {
    return importer.fetch(shop, w.from(), w.to(), held);
  }

  /** The week fetched ahead; its failure is thrown as it was thrown there. */
  private static OrderImporter.Fetched await(Future<OrderImporter.Fetched> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new HubException("fetching a week failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HubException("interrupted while fetching a week of orders");
    }
  }

  /** Plain words first, the technical detail after. */
  private static String describe(RuntimeException e, Shop shop) {
    return switch (e) {
      case QapiException q ->
          ConnectionProblem.of(q, shop.baseUrl(), false).message() + " [" + q.getMessage() + "]";
      case HubException h -> h.getMessage();
      default -> "unexpected error: " + e;
    };
  }

  private SyncRun done(
      long id, Shop shop, SyncRun.Trigger trigger, ImportReport i, ConfirmReport c, String error) {
    Instant now = clock.instant();
    List<String> problems = new ArrayList<>();
    if (i != null) {
      problems.addAll(i.errors());
    }
    if (c != null) {
      problems.addAll(c.errors());
    }
    int failed = (i == null ? 0 : i.failed()) + (c == null ? 0 : c.failed());
    SyncRun.Outcome outcome =
        error != null
            ? SyncRun.Outcome.FAILED
            : failed > 0 ? SyncRun.Outcome.PARTIAL : SyncRun.Outcome.OK;
    return new SyncRun(
        id,
        shop.shopId(),
        trigger,
        node,
        null,
        now,
        outcome,
        i == null ? 0 : i.fetched(),
        i == null ? 0 : i.created(),
        i == null ? 0 : i.updated(),
        i == null ? 0 : i.unchanged(),
        failed,
        c == null ? 0 : c.confirmed(),
        error != null ? error : String.join("; ", problems),
        nextRun(shop, trigger, now));
  }

  /** The next scheduled run: as the scheduler has it, or one interval after a scheduled run. */
  private Instant nextRun(Shop shop, SyncRun.Trigger trigger, Instant now) {
    if (!shop.settings().autoImport()) {
      return null;
    }
    Duration interval = Duration.ofMinutes(shop.settings().intervalMinutes());
    if (trigger == SyncRun.Trigger.SCHEDULED) {
      return now.plus(interval);
    }
    return jdbi.withHandle(h -> runs.nextScheduledImport(h, shop.shopId()))
        .orElse(now.plus(interval));
  }
}
