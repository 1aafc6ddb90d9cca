package io.qconnect.hub.sync;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.LeaseLock;
import io.qconnect.hub.orders.AutoConfirmer;
import io.qconnect.hub.orders.ConfirmReport;
import io.qconnect.hub.orders.ImportReport;
import io.qconnect.hub.shop.ConnectionProblem;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.protocol.wire.QapiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sync run of {@link SyncService} from its start to its end: it takes the shop's lock and logs
 * the run as started, imports and confirms, marks the shop healthy or FAILING (raising or resolving
 * its alert), logs the run's end with its counts, error and next scheduled run, and releases the
 * lock.
 */
final class RunLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

  private final ShopService shops;
  private final AutoConfirmer confirmer;
  private final JdbcSyncRunStore runs;
  private final Jdbi jdbi;
  private final Alerts alerts;
  private final Clock clock;
  private final String node;
  private final Consumer<String> afterImport;
  private final BooleanSupplier closing;
  private final LeaseLock locks;
  private final SyncMetrics metrics;

  /** The runs in progress on this node, to close them when the hub shuts down. */
  private final Set<Long> active = ConcurrentHashMap.newKeySet();

  RunLifecycle(
      Jdbi jdbi,
      JdbcSyncRunStore runs,
      ShopService shops,
      AutoConfirmer confirmer,
      Alerts alerts,
      LeaseLock locks,
      Clock clock,
      String node,
      SyncMetrics metrics,
      Consumer<String> afterImport,
      BooleanSupplier closing) {
    this.jdbi = jdbi;
    this.runs = runs;
    this.shops = shops;
    this.confirmer = confirmer;
    this.alerts = alerts;
    this.clock = clock;
    this.node = node;
    this.afterImport = afterImport;
    this.closing = closing;
    this.locks = locks;
    this.metrics = metrics;
  }

  /** The runs in progress on this node. */
  Set<Long> active() {
    return active;
  }

  /** A run begun: its shop, its lease and its log entry. */
  record Started(Shop shop, SyncRun.Trigger trigger, LeaseLock.Lease lease, long id) {}

  /** Takes the shop's lock and logs the run as started; empty when another run holds it. */
  Optional<Started> begin(String shopId, SyncRun.Trigger trigger) {
    if (closing.getAsBoolean()) {
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
  SyncRun complete(Started st, SyncService.Importing importing, Runnable cancelled) {
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
                if (closing.getAsBoolean()) {
                  throw new HubException(SyncService.INTERRUPTED_BY_SHUTDOWN);
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
  SyncRun execute(
      long id, Shop shop, SyncRun.Trigger trigger, SyncService.Importing importing, Runnable held) {
    try {
      ImportReport imported = importing.run(shop, held);
      held.run();
      ConfirmReport confirmed = confirmer.confirm(shops.get(shop.shopId()));
      afterImport(shop.shopId());
      shops.markHealthy(shop.shopId());
      alerts.resolve(shop.shopId(), Alert.Kind.SYNC_FAILED);
      return finish(id, done(id, shop, trigger, imported, confirmed, null));
    } catch (SyncService.Cancelled e) {
      LOG.info("shop {}: backfill run {} {}", shop.shopId(), id, SyncService.CANCELLED);
      return finish(id, done(id, shop, trigger, null, null, SyncService.CANCELLED));
    } catch (RuntimeException e) {
      if (closing.getAsBoolean()) {
        // the shutdown, not the shop, ended it: no FAILING mark, no alert
        LOG.warn("shop {}: {} run {}", shop.shopId(), trigger, SyncService.INTERRUPTED_BY_SHUTDOWN);
        return finish(id, done(id, shop, trigger, null, null, SyncService.INTERRUPTED_BY_SHUTDOWN));
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
