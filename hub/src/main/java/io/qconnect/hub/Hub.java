package io.qconnect.hub;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.qconnect.hub.api.HubRoutes;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.core.HubSchema;
import io.qconnect.hub.core.LeaseLock;
import io.qconnect.hub.fulfilment.FulfilmentService;
import io.qconnect.hub.fulfilment.ShopFulfilment;
import io.qconnect.hub.fulfilment.WebhookSender;
import io.qconnect.hub.grid.OrderGrid;
import io.qconnect.hub.mail.MailIntake;
import io.qconnect.hub.mail.SmtpIntake;
import io.qconnect.hub.orders.AutoConfirmer;
import io.qconnect.hub.orders.OrderImporter;
import io.qconnect.hub.orders.OrderLines;
import io.qconnect.hub.orders.OrderService;
import io.qconnect.hub.shop.QapiClients;
import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.hub.shop.ShopEvents;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.hub.stock.Reconciler;
import io.qconnect.hub.sync.Alerts;
import io.qconnect.hub.sync.Backfills;
import io.qconnect.hub.sync.Jobs;
import io.qconnect.hub.sync.KeyExpiryWatcher;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncService;
import io.qconnect.hub.sync.Worker;
import io.qconnect.hub.tracking.CarrierTable;
import io.qconnect.hub.tracking.SendReport;
import io.qconnect.hub.tracking.ShipmentSender;
import io.qconnect.hub.tracking.ShipmentService;
import io.qconnect.hub.tracking.ShipmentState;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.secret.SecretBox;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The hub, wired: create it on a data source ({@link #create}), mount its JSON API, and {@link
 * #start()} its jobs. It talks to Qoo10 — or any QAPI endpoint, such as this project's marketplace
 * — over HTTP only. Several hub nodes may share one PostgreSQL database: jobs and per-shop locks
 * are claimed through it.
 */
public final class Hub implements AutoCloseable {
  private final HubConfig config;
  private final QapiClients clients;
  private final ShopService shops;
  private final OrderService orders;
  private final ShipmentService shipments;
  private final OrderGrid grid;
  private final ShipmentSender sender;
  private final FulfilmentService fulfilment;
  private final SyncService sync;
  private final Alerts alerts;
  private final KeyExpiryWatcher watcher;
  private final Jobs jobs;
  private final ShopFulfilment shopFulfilment;
  private final Backfills backfills;
  private final WebhookSender webhooks;
  private final HubRoutes routes;
  private final HubStock stock;
  private final LeaseLock locks;
  private final MailIntake mail;
  private SmtpIntake smtp;
  private final MeterRegistry meters;
  private final List<Meter> gauges = new ArrayList<>();

  private Hub(HubConfig config, DataSource ds, Clock clock, SecretBox box, MeterRegistry meters) {
    this.config = config;
    this.meters = meters;
    Jdbi jdbi = HubJdbi.create(ds);
    this.clients =
        new QapiClients(
            config.clientCustomizer(), config.qapiHosts().including(config.defaultQapiUrl()));
    this.alerts = new Alerts(jdbi, clock);
    this.jobs = new Jobs(ds, clock, config.scheduler(), config.nodeName());
    this.shops =
        ShopService.create(
            jdbi,
            box,
            clients,
            clock,
            config.defaultQapiUrl(),
            config.probeTimeout(),
            ShopEvents.all(List.of(jobs, alerts)),
            config.getAuth());
    ShopConnections connections = new ShopConnections(shops, clients);
    OrderLines lines = new OrderLines();
    this.locks = new LeaseLock(jdbi, config.nodeName(), config.lockLease());
    this.orders = new OrderService(jdbi, clock);
    this.shopFulfilment = new ShopFulfilment(jdbi, shops, box, clock);
    this.fulfilment =
        new FulfilmentService(jdbi, lines, shopFulfilment, clock, jobs::shipmentsQueued);
    this.stock = new HubStock(jdbi, connections, clock);
    this.sync =
        new SyncService(
            jdbi,
            shops,
            new OrderImporter(
                connections,
                jdbi,
                clock,
                meters,
                shopFulfilment::storageStatus,
                stock.service().lineEvents()),
            new AutoConfirmer(connections, jdbi, JapaneseBusinessCalendar.standard(), clock),
            alerts,
            locks,
            clock,
            config.nodeName(),
            meters,
            shopId -> fulfilment.autoInstruct(shopId));
    this.backfills = new Backfills(jdbi, sync, shops, jobs, clock);
    this.shipments =
        new ShipmentService(
            jdbi, lines, shops, CarrierTable.standard(), clock, jobs::shipmentsQueued);
    this.grid = new OrderGrid(jdbi, lines);
    this.sender =
        new ShipmentSender(jdbi, lines, connections, locks, config.shipmentBackoff(), clock);
    this.webhooks = new WebhookSender(jdbi, shopFulfilment, locks, config.shipmentBackoff(), clock);
    this.watcher = new KeyExpiryWatcher(shops, alerts, clock);
    this.mail =
        new MailIntake(jdbi, box, shops, sync, clock, config.mailDomain(), new SecureRandom());
    this.routes =
        new HubRoutes(
                config.apiToken(),
                shops,
                orders,
                shipments,
                fulfilment,
                shopFulfilment,
                sync,
                backfills,
                alerts,
                jobs,
                mail,
                clock)
            .withStock(stock.service(), stock.mappings(), stock.items(), this::reconcile);
    for (ShipmentState state : List.of(ShipmentState.PENDING, ShipmentState.FAILED)) {
      gauges.add(
          Gauge.builder("hub.writeback.queue", shipments, s -> s.count(state))
              .description("Tracking write-backs waiting to be sent (failed ones are retried)")
              .tag("state", state.name().toLowerCase(Locale.ROOT))
              .register(meters));
    }
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

  /** Starts this node's scheduler: shop imports, the tracking sender, the key watcher. */
  public void start() {
    mail.start();
    jobs.start(
        new Worker(sync, shops, sender, watcher, backfills, webhooks),
        shops.list().stream().filter(s -> !s.authNeeded()).toList());
    stock.start(
        () -> shops.list().stream().filter(s -> !s.authNeeded()).map(s -> s.shopId()).toList());
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
      smtp = SmtpIntake.start(mail, bind, port, config.mailDomain());
    }
    return smtp.port();
  }

  /** Stops this node's scheduler (waiting briefly for running jobs). */
  public void stop() {
    stock.stop();
    jobs.stop();
  }

  /**
   * Mounts the JSON API under {@code /api} (bearer token from the config) and the public Get Auth
   * callback {@code GET /hub/getauth/callback}.
   */
  public void mount(RoutesConfig routesConfig) {
    routes.mount(routesConfig);
  }

  /** Sync now, in the caller's thread, under the shop's database lock. */
  public SyncOutcome syncNow(String shopId) {
    return sync.syncNow(shopId);
  }

  /**
   * Reconciles a shop's stock: imports its orders first (so that what Qoo10 sold since the last run
   * is reserved, not mistaken for drift), then reads its quantities back.
   *
   * @param fix whether to push the hub's quantity where Qoo10's differs
   */
  public Reconciler.Report reconcile(String shopId, boolean fix) {
    shops.get(shopId);
    sync.syncNow(shopId);
    return stock.reconciler().reconcile(shopId, fix);
  }

  /** Items, SKU mappings and stock. */
  public HubStock stock() {
    return stock;
  }

  /** Sends due tracking write-backs now, in the caller's thread. */
  public SendReport sendShipmentsNow() {
    return sender.sendDue();
  }

  /** Checks certification keys now: renewals and expiry alerts. */
  public KeyExpiryWatcher.Report checkKeysNow() {
    return watcher.check();
  }

  public HubConfig config() {
    return config;
  }

  public ShopService shops() {
    return shops;
  }

  public OrderService orders() {
    return orders;
  }

  public ShipmentService shipments() {
    return shipments;
  }

  /** The operator's order grid: lines with write-back and instruction, paged, and its CSV. */
  public OrderGrid grid() {
    return grid;
  }

  public FulfilmentService fulfilment() {
    return fulfilment;
  }

  public SyncService sync() {
    return sync;
  }

  public Alerts alerts() {
    return alerts;
  }

  /** Delivers due shipping instructions to the warehouses' webhooks now, in the caller's thread. */
  public int deliverInstructionsNow() {
    return webhooks.sendDue();
  }

  /** Backfills running in the background. */
  public Backfills backfills() {
    return backfills;
  }

  /** Per shop: the storage status of new lines, automatic instructions, webhook and CSV. */
  public ShopFulfilment shopFulfilment() {
    return shopFulfilment;
  }

  public Jobs jobs() {
    return jobs;
  }

  /** The mail intake: shops' intake addresses and what their mails did. */
  public MailIntake mail() {
    return mail;
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
    mail.close();
    sync.interruptRunning();
    sync.close();
    gauges.forEach(meters::remove);
    stop();
    locks.close();
    webhooks.close();
    clients.close();
  }
}
