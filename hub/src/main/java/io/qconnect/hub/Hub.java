package io.qconnect.hub;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.qconnect.hub.core.HubSchema;
import io.qconnect.hub.fulfilment.FulfilmentService;
import io.qconnect.hub.fulfilment.ShopFulfilment;
import io.qconnect.hub.grid.OrderGrid;
import io.qconnect.hub.mail.MailIntake;
import io.qconnect.hub.mail.SmtpIntake;
import io.qconnect.hub.orders.OrderService;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.hub.stock.Reconciler;
import io.qconnect.hub.sync.Alerts;
import io.qconnect.hub.sync.Backfills;
import io.qconnect.hub.sync.Jobs;
import io.qconnect.hub.sync.KeyExpiryWatcher;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncService;
import io.qconnect.hub.sync.Worker;
import io.qconnect.hub.tracking.SendReport;
import io.qconnect.hub.tracking.ShipmentService;
import io.qconnect.protocol.secret.SecretBox;
import java.net.InetAddress;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The hub, wired: create it on a data source ({@link #create}), mount its JSON API, and {@link
 * #start()} its jobs. It talks to Qoo10 — or any QAPI endpoint, such as this project's marketplace
 * — over HTTP only. Several hub nodes may share one PostgreSQL database: jobs and per-shop locks
 * are claimed through it.
 */
public final class Hub implements AutoCloseable {
  private final HubConfig config;
  private final HubWiring wiring;
  private SmtpIntake smtp;
  private final MeterRegistry meters;

  private Hub(HubConfig config, DataSource ds, Clock clock, SecretBox box, MeterRegistry meters) {
    this.config = config;
    this.meters = meters;
    this.wiring = new HubWiring(config, ds, clock, box, meters);
  }

  /**
   * Migrates the hub's schema ({@code db/hub}) and wires the features. Nothing runs in the
   * background until {@link #start()}.
   *
   * @param clock every time the hub reads or writes comes from it (Qoo10 dates are JST); it must
   *     move with real time once {@link #start()} is called, since the scheduler times its waits by
   *     it
   * @param box seals shop secrets at rest
   */
  public static Hub create(HubConfig config, DataSource ds, Clock clock, SecretBox box) {
    return create(config, ds, clock, box, new CompositeMeterRegistry());
  }

  /**
   * As {@link #create(HubConfig, DataSource, Clock, SecretBox)}, with the hub's meters (import
   * runs, lines and lag per shop, the write-back queue) kept in {@code meters}.
   */
  public static Hub create(
      HubConfig config, DataSource ds, Clock clock, SecretBox box, MeterRegistry meters) {
    HubSchema.migrate(ds);
    return new Hub(config, ds, clock, box, meters);
  }

  /**
   * Starts this node's scheduler: shop imports, the tracking sender, the key watcher, the mail
   * log's pruning.
   */
  public void start() {
    wiring.mail.start();
    wiring.jobs.start(
        new Worker(
            wiring.sync,
            wiring.shops,
            wiring.sender,
            wiring.watcher,
            wiring.backfills,
            wiring.webhooks,
            wiring.mail::prune),
        wiring.shops.list().stream().filter(s -> !s.authNeeded()).toList());
    wiring.stock.start(
        () ->
            wiring.shops.list().stream()
                .filter(s -> !s.authNeeded())
                .map(s -> s.shopId())
                .toList());
  }

  /**
   * Starts the SMTP listener of the mail intake (once; mails are fetched only after {@link
   * #start()}).
   *
   * @param port 0 picks a free one
   * @return the port it listens on
   */
  public synchronized int listenForMail(InetAddress bind, int port) {
    if (smtp == null) {
      smtp = SmtpIntake.start(wiring.mail, bind, port, config.mailDomain());
    }
    return smtp.port();
  }

  /** Stops this node's scheduler (waiting briefly for running jobs). */
  public void stop() {
    wiring.stock.stop();
    wiring.jobs.stop();
  }

  /**
   * Mounts the JSON API under {@code /api} (bearer token from the config) and the public Get Auth
   * callback {@code GET /hub/getauth/callback}.
   */
  public void mount(RoutesConfig routesConfig) {
    wiring.routes.mount(routesConfig);
  }

  /** Sync now, in the caller's thread, under the shop's database lock. */
  public SyncOutcome syncNow(String shopId) {
    return wiring.sync.syncNow(shopId);
  }

  /**
   * Reconciles a shop's stock: imports its orders first (so that what Qoo10 sold since the last run
   * is reserved, not mistaken for drift), then reads its quantities back.
   *
   * @param fix whether to push the hub's quantity where Qoo10's differs
   */
  public Reconciler.Report reconcile(String shopId, boolean fix) {
    return wiring.reconcile(shopId, fix);
  }

  /** Items, SKU mappings and stock. */
  public HubStock stock() {
    return wiring.stock;
  }

  /** Sends due tracking write-backs now, in the caller's thread. */
  public SendReport sendShipmentsNow() {
    return wiring.sender.sendDue();
  }

  /** Checks certification keys now: renewals and expiry alerts. */
  public KeyExpiryWatcher.Report checkKeysNow() {
    return wiring.watcher.check();
  }

  public HubConfig config() {
    return config;
  }

  public ShopService shops() {
    return wiring.shops;
  }

  public OrderService orders() {
    return wiring.orders;
  }

  public ShipmentService shipments() {
    return wiring.shipments;
  }

  /** The operator's order grid: lines with write-back and instruction, paged, and its CSV. */
  public OrderGrid grid() {
    return wiring.grid;
  }

  public FulfilmentService fulfilment() {
    return wiring.fulfilment;
  }

  public SyncService sync() {
    return wiring.sync;
  }

  public Alerts alerts() {
    return wiring.alerts;
  }

  /** Delivers due shipping instructions to the warehouses' webhooks now, in the caller's thread. */
  public int deliverInstructionsNow() {
    return wiring.webhooks.sendDue();
  }

  /** Backfills running in the background. */
  public Backfills backfills() {
    return wiring.backfills;
  }

  /** Per shop: the storage status of new lines, automatic instructions, webhook and CSV. */
  public ShopFulfilment shopFulfilment() {
    return wiring.shopFulfilment;
  }

  public Jobs jobs() {
    return wiring.jobs;
  }

  /** The mail intake: shops' intake addresses and what their mails did. */
  public MailIntake mail() {
    return wiring.mail;
  }

  /**
   * Closes the runs in progress on this node as interrupted (FAILED, "interrupted: ..."; their
   * threads stop at their next step), stops the scheduler and closes the QAPI clients. The data
   * source stays open (it is yours).
   */
  @Override
  public void close() {
    synchronized (this) {
      if (smtp != null) {
        smtp.close();
      }
    }
    wiring.mail.close();
    wiring.sync.interruptRunning();
    wiring.sync.close();
    wiring.gauges.forEach(meters::remove);
    stop();
    wiring.locks.close();
    wiring.webhooks.close();
    wiring.clients.close();
  }
}
