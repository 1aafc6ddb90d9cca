package io.qconnect.hub.sync;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's jobs on db-scheduler: one import job per shop (instance = shop ID, rescheduled after
 * each run with the shop's current interval), the tracking sender and the key-expiry watcher. All
 * state lives in {@code scheduled_tasks}; several nodes on one database each pick due jobs, and the
 * database lets only one node pick a given execution.
 *
 * <p>Jobs can be scheduled before the scheduler runs (a shop connected on a node that does not run
 * jobs is still imported by the nodes that do). The scheduler follows shop events: connecting
 * schedules the shop's import, changing it reschedules, deleting it cancels.
 */
public final class Jobs implements ShopEvents {
  public static final String IMPORT_TASK = "hub-import";
  public static final String SHIPMENTS_TASK = "hub-shipments";
  public static final String KEYS_TASK = "hub-key-expiry";

  /** Deletes the mail log's events older than its retention, once a day. */
  public static final String MAIL_PRUNE_TASK = "hub-mail-prune";

  private static final Duration MAIL_PRUNE_INTERVAL = Duration.ofDays(1);

  /** A backfill running in the background (instance = the backfill's id). */
  public static final String BACKFILL_TASK = "hub-backfill";

  /** How long a backfill waits when its shop is being synced. */
  private static final Duration BACKFILL_RETRY = Duration.ofSeconds(15);

  /** A one-off send of the write-back queue, scheduled when tracking numbers are queued. */
  public static final String SHIPMENTS_NOW_TASK = "hub-shipments-now";

  private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

  private final DataSource dataSource;
  private final Clock clock;
  private final SchedulerSettings settings;
  private final String node;
  private final SchedulerClient client;
  private final java.util.concurrent.atomic.AtomicLong sends =
      new java.util.concurrent.atomic.AtomicLong();
  private Scheduler scheduler;

  public Jobs(DataSource dataSource, Clock clock, SchedulerSettings settings, String node) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.settings = settings;
    this.node = node;
    this.client =
        SchedulerClient.Builder.create(dataSource, tasks(JobRunner.NOT_STARTED).all())
            .jdbcCustomization(jdbc(dataSource))
            .build();
  }

  /** Starts this node's scheduler and makes sure every shop that wants imports has its job. */
  public synchronized void start(JobRunner runner, List<Shop> shops) {
    if (scheduler != null) {
      return;
    }
    TaskSet tasks = tasks(runner);
    shops.forEach(this::connected);
    scheduler =
        Scheduler.create(
                dataSource,
                List.<Task<?>>of(tasks.imports(), tasks.shipmentsNow(), tasks.backfills()))
            .jdbcCustomization(jdbc(dataSource))
            .clock(clock::instant)
            .schedulerName(new SchedulerName.Fixed(node))
            .threads(settings.threads())
            .pollingInterval(settings.pollingInterval())
            .heartbeatInterval(settings.heartbeatInterval())
            .shutdownMaxWait(settings.shutdownMaxWait())
            .startTasks(
                List.of(tasks.shipments(), tasks.keys(), tasks.mailPrune())) // known tasks too
            .build();
    scheduler.start();
    LOG.info("hub scheduler {} started", node);
  }

  /** Stops this node's scheduler, waiting a little for running jobs. */
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.stop();
      scheduler = null;
      LOG.info("hub scheduler {} stopped", node);
    }
  }

  /**
   * Tracking numbers were queued: sends the queue now instead of at the next tick. Each call
   * schedules its own one-off execution (so a send already running, which may have read the queue
   * before these rows, does not swallow it) and wakes this node's scheduler; other nodes see it at
   * their next poll. Should that execution find a send holding the shop's lease, the holder sends
   * these rows after it lets the lease go ({@code ShipmentSender.sendDue}). Sending twice is
   * harmless: one shop's queue is sent under a lease, and a sent row is no longer due.
   */
  public void shipmentsQueued() {
    String instance = node + "-" + clock.millis() + "-" + sends.incrementAndGet();
    client.scheduleIfNotExists(
        new com.github.kagkarlsson.scheduler.task.TaskInstance<Void>(SHIPMENTS_NOW_TASK, instance),
        clock.instant());
    wake();
  }

  /** A backfill was queued: its job runs as soon as a node picks it (this one at once). */
  public void backfillQueued(long id) {
    client.scheduleIfNotExists(
        new com.github.kagkarlsson.scheduler.task.TaskInstance<Void>(
            BACKFILL_TASK, Long.toString(id)),
        clock.instant());
    wake();
  }

  private void wake() {
    Scheduler local;
    synchronized (this) {
      local = scheduler;
    }
    if (local != null) {
      local.triggerCheckForDueExecutions();
    }
  }

  /** When the shop's next import is due, if one is scheduled. */
  public Optional<Instant> nextImport(String shopId) {
    return client
        .getScheduledExecution(TaskInstanceId.of(IMPORT_TASK, shopId))
        .map(e -> e.getExecutionTime());
  }

  @Override
  public void connected(Shop shop) {
    if (shop.settings().autoImport() && !shop.authNeeded()) {
      client.scheduleIfNotExists(importInstance(shop), clock.instant());
    }
  }

  @Override
  public void changed(Shop shop) {
    if (!shop.settings().autoImport() || shop.authNeeded()) {
      removed(shop.shopId());
      return;
    }
    Instant next = clock.instant().plus(Duration.ofMinutes(shop.settings().intervalMinutes()));
    try {
      TaskInstanceId id = TaskInstanceId.of(IMPORT_TASK, shop.shopId());
      if (!client.reschedule(id, next, data(shop))) {
        client.scheduleIfNotExists(importInstance(shop), clock.instant());
      }
    } catch (TaskInstanceException e) {
      // running now: the run reschedules itself with the new interval when it ends
      client.scheduleIfNotExists(importInstance(shop), clock.instant());
    }
  }

  /** A Get Auth shop waiting for its seller: no import runs until it is authorized again. */
  @Override
  public void authorizationNeeded(String shopId, String message) {
    removed(shopId);
  }

  @Override
  public void removed(String shopId) {
    try {
      client.cancel(TaskInstanceId.of(IMPORT_TASK, shopId));
    } catch (TaskInstanceException e) {
      // not scheduled, or running now: the run removes its job when it finds the shop gone
    }
  }

  /**
   * The columns are TIMESTAMP WITH TIME ZONE; writing instants as UTC keeps H2 and PostgreSQL
   * alike.
   */
  private static JdbcCustomization jdbc(DataSource ds) {
    return new AutodetectJdbcCustomization(ds, true);
  }

  private record TaskSet(
      CustomTask<ShopSchedule> imports,
      RecurringTask<Void> shipments,
      OneTimeTask<Void> shipmentsNow,
      CustomTask<Void> backfills,
      RecurringTask<Void> keys,
      RecurringTask<Void> mailPrune) {
    List<Task<?>> all() {
      return List.of(imports, shipments, shipmentsNow, backfills, keys, mailPrune);
    }
  }

  private TaskSet tasks(JobRunner runner) {
    CustomTask<ShopSchedule> imports =
        Tasks.custom(IMPORT_TASK, ShopSchedule.class)
            .onDeadExecutionRevive()
            .execute(
                (instance, ctx) -> {
                  String shopId = instance.getId();
                  runner.importShop(shopId);
                  // read the settings when the run is over, so a change made meanwhile applies
                  return (done, ops) ->
                      runner
                          .importInterval(shopId)
                          .ifPresentOrElse(
                              every ->
                                  ops.reschedule(
                                      done,
                                      done.getTimeDone().plus(every),
                                      new ShopSchedule(shopId, (int) every.toMinutes())),
                              ops::remove);
                });
    RecurringTask<Void> shipments =
        Tasks.recurring(SHIPMENTS_TASK, FixedDelay.of(settings.shipmentInterval()))
            .execute((instance, ctx) -> runner.sendShipments());
    OneTimeTask<Void> shipmentsNow =
        Tasks.oneTime(SHIPMENTS_NOW_TASK).execute((instance, ctx) -> runner.sendShipments());
    CustomTask<Void> backfills =
        Tasks.custom(BACKFILL_TASK, Void.class)
            .onDeadExecutionRevive()
            .execute(
                (instance, ctx) -> {
                  boolean done = runner.runBackfill(Long.parseLong(instance.getId()));
                  return (execution, ops) -> {
                    if (done) {
                      ops.remove();
                    } else {
                      ops.reschedule(execution, execution.getTimeDone().plus(BACKFILL_RETRY));
                    }
                  };
                });
    RecurringTask<Void> keys =
        Tasks.recurring(KEYS_TASK, FixedDelay.of(settings.keyCheckInterval()))
            .execute((instance, ctx) -> runner.checkKeys());
    RecurringTask<Void> mailPrune =
        Tasks.recurring(MAIL_PRUNE_TASK, FixedDelay.of(MAIL_PRUNE_INTERVAL))
            .execute((instance, ctx) -> runner.pruneMail());
    return new TaskSet(imports, shipments, shipmentsNow, backfills, keys, mailPrune);
  }

  private static com.github.kagkarlsson.scheduler.task.TaskInstance<ShopSchedule> importInstance(
      Shop shop) {
    return new com.github.kagkarlsson.scheduler.task.TaskInstance<>(
        IMPORT_TASK, shop.shopId(), data(shop));
  }

  private static ShopSchedule data(Shop shop) {
    return new ShopSchedule(shop.shopId(), shop.settings().intervalMinutes());
  }
}
