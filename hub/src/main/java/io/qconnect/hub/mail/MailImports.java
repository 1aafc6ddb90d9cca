package io.qconnect.hub.mail;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order numbers mails named, waiting to be fetched, per shop. Numbers that arrive while a
 * shop's fetch waits or runs are fetched together in its next run (one run, one lock, one
 * confirmation pass for a burst of mails). A shop whose lock another run holds (a scheduled import)
 * is tried again shortly; its numbers are not lost.
 */
final class MailImports implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MailImports.class);

  /** How long to wait before trying a shop again whose lock another run holds. */
  static final Duration BUSY_RETRY = Duration.ofMillis(300);

  private final SyncService sync;
  private final BiConsumer<String, List<Long>> unknown;
  private final Map<String, Set<Long>> pending = new HashMap<>();
  private final Set<String> scheduled = new LinkedHashSet<>();
  private int running;
  private ScheduledExecutorService pool;

  MailImports(SyncService sync, BiConsumer<String, List<Long>> unknown) {
    this.sync = sync;
    this.unknown = unknown;
  }

  synchronized void start() {
    if (pool == null) {
      pool =
          Executors.newScheduledThreadPool(
              2, Thread.ofPlatform().name("hub-mail-import-", 0).daemon().factory());
    }
  }

  synchronized void queue(String shopId, List<Long> orderNos) {
    pending.computeIfAbsent(shopId, k -> new LinkedHashSet<>()).addAll(orderNos);
    schedule(shopId, Duration.ZERO);
  }

  private synchronized void schedule(String shopId, Duration after) {
    if (pool == null || pool.isShutdown() || !scheduled.add(shopId)) {
      return; // not started (numbers wait for start) or already scheduled: it takes these too
    }
    pool.schedule(() -> drain(shopId), after.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void drain(String shopId) {
    List<Long> batch;
    synchronized (this) {
      scheduled.remove(shopId);
      Set<Long> nos = pending.remove(shopId);
      if (nos == null || nos.isEmpty()) {
        return;
      }
      batch = new ArrayList<>(nos);
      running++;
    }
    try {
      SyncOutcome out = sync.importOrderNos(shopId, batch, nos -> unknown.accept(shopId, nos));
      if (out instanceof SyncOutcome.Busy) {
        requeue(shopId, batch, BUSY_RETRY);
      }
    } catch (HubException e) {
      LOG.warn("mail intake, shop {}: orders {} not fetched: {}", shopId, batch, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("mail intake, shop {}: fetching orders {} failed", shopId, batch, e);
    } finally {
      synchronized (this) {
        running--;
        notifyAll();
      }
    }
  }

  private synchronized void requeue(String shopId, List<Long> batch, Duration after) {
    pending.computeIfAbsent(shopId, k -> new LinkedHashSet<>()).addAll(batch);
    schedule(shopId, after);
  }

  /** Whether nothing is queued or running now. */
  synchronized boolean idle() {
    return pending.isEmpty() && running == 0 && scheduled.isEmpty();
  }

  @Override
  public synchronized void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    if (!pending.isEmpty()) {
      LOG.info("mail intake: {} shops' mailed orders left to the next scheduled import", pending);
    }
  }
}
