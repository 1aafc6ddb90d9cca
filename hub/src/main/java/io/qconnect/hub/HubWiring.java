package io.qconnect.hub;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.qconnect.hub.api.HubRoutes;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.core.LeaseLock;
import io.qconnect.hub.fulfilment.FulfilmentService;
import io.qconnect.hub.fulfilment.ShopFulfilment;
import io.qconnect.hub.fulfilment.WebhookSender;
import io.qconnect.hub.grid.OrderGrid;
import io.qconnect.hub.mail.MailIntake;
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
import io.qconnect.hub.sync.SyncService;
import io.qconnect.hub.tracking.CarrierTable;
import io.qconnect.hub.tracking.ShipmentSender;
import io.qconnect.hub.tracking.ShipmentService;
import io.qconnect.hub.tracking.ShipmentState;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.secret.SecretBox;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The services of a {@link Hub} wired together on one database, clock and secret box, with its
 * routes and the gauges of its write-back queue. The facade hands them out; this class only builds
 * them.
 */
final class HubWiring {
  final QapiClients clients;
  final ShopService shops;
  final OrderService orders;
  final ShipmentService shipments;
  final OrderGrid grid;
  final ShipmentSender sender;
  final FulfilmentService fulfilment;
  final SyncService sync;
  final Alerts alerts;
  final KeyExpiryWatcher watcher;
  final Jobs jobs;
  final ShopFulfilment shopFulfilment;
  final Backfills backfills;
  final WebhookSender webhooks;
  final HubRoutes routes;
  final HubStock stock;
  final LeaseLock locks;
  final MailIntake mail;
  final List<Meter> gauges = new ArrayList<>();

  HubWiring(HubConfig config, DataSource ds, Clock clock, SecretBox box, MeterRegistry meters) {
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
    this.stock = new HubStock(jdbi, connections, clock);
    this.fulfilment =
        new FulfilmentService(
            jdbi, lines, shopFulfilment, stock.service().picks(), clock, jobs::shipmentsQueued);
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
        new MailIntake(
            jdbi,
            box,
            shops,
            sync,
            clock,
            config.mailDomain(),
            config.mailRetention(),
            new SecureRandom());
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

  /** See {@link Hub#reconcile}. */
  Reconciler.Report reconcile(String shopId, boolean fix) {
    shops.get(shopId);
    sync.syncNow(shopId);
    return stock.reconciler().reconcile(shopId, fix);
  }
}
