package io.qconnect.hub.sync;

import io.micrometer.core.instrument.MeterRegistry;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.LeaseLock;
import io.qconnect.hub.orders.AutoConfirmer;
import io.qconnect.hub.orders.ImportReport;
import io.qconnect.hub.orders.OrderImporter;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.protocol.wire.QapiDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
  private final JdbcSyncRunStore runs = new JdbcSyncRunStore();
  private final Jdbi jdbi;
  private final Clock clock;
  private final SyncMetrics metrics;
  private final WeeklyImport weekly;
  private final RunLifecycle lifecycle;

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
    this.shops = shops;
    this.importer = importer;
    this.jdbi = jdbi;
    this.clock = clock;
    this.metrics = new SyncMetrics(meters);
    this.weekly = new WeeklyImport(importer);
    this.lifecycle =
        new RunLifecycle(
            jdbi,
            runs,
            shops,
            confirmer,
            alerts,
            locks,
            clock,
            node,
            metrics,
            afterImport,
            () -> closing);
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
    for (long id : lifecycle.active()) {
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
  interface Importing {
    ImportReport run(Shop shop, Runnable held);
  }

  /** A date range: the shop's look-back window up to now when {@code from}/{@code to} are null. */
  private Importing window(LocalDateTime from, LocalDateTime to, boolean byWeek) {
    return (shop, held) -> {
      LocalDateTime end =
          to != null ? to : LocalDateTime.ofInstant(clock.instant(), QapiDates.JST).withNano(0);
      LocalDateTime start = from != null ? from : end.minusDays(shop.settings().lookbackDays());
      return byWeek
          ? weekly.importByWeek(shop, start, end, held)
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
    Optional<RunLifecycle.Started> started = lifecycle.begin(shopId, SyncRun.Trigger.MANUAL);
    started.ifPresent(
        st -> {
          try {
            background.execute(() -> lifecycle.complete(st, window(null, null, false), () -> {}));
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

  private SyncOutcome run(
      String shopId, SyncRun.Trigger trigger, Importing importing, Runnable cancelled) {
    return lifecycle
        .begin(shopId, trigger)
        .<SyncOutcome>map(st -> new SyncOutcome.Ran(lifecycle.complete(st, importing, cancelled)))
        .orElseGet(() -> new SyncOutcome.Busy(shopId));
  }
}
