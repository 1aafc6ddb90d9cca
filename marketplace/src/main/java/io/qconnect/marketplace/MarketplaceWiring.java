package io.qconnect.marketplace;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.qconnect.marketplace.access.AccessService;
import io.qconnect.marketplace.access.AuthorizationService;
import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.bulk.BulkUploads;
import io.qconnect.marketplace.catalog.CatalogMethods;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.catalog.OrderCatalogue;
import io.qconnect.marketplace.download.DownloadRoutes;
import io.qconnect.marketplace.download.FileDownloadMethods;
import io.qconnect.marketplace.download.FileDownloadService;
import io.qconnect.marketplace.getauth.TokenRoutes;
import io.qconnect.marketplace.inquiry.InquiryMethods;
import io.qconnect.marketplace.inquiry.InquiryService;
import io.qconnect.marketplace.notice.MailRelay;
import io.qconnect.marketplace.notice.MailSettings;
import io.qconnect.marketplace.notice.NoticeService;
import io.qconnect.marketplace.notice.SellerNotices;
import io.qconnect.marketplace.order.Catalogue;
import io.qconnect.marketplace.order.ClaimService;
import io.qconnect.marketplace.order.ECouponMethods;
import io.qconnect.marketplace.order.ECouponService;
import io.qconnect.marketplace.order.OrderMethods;
import io.qconnect.marketplace.order.OrderQueries;
import io.qconnect.marketplace.order.OrderService;
import io.qconnect.marketplace.order.OrderStanding;
import io.qconnect.marketplace.order.Outbox;
import io.qconnect.marketplace.order.SellingReportMethods;
import io.qconnect.marketplace.qapi.Faults;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiEndpoint;
import io.qconnect.marketplace.qapi.QapiRoutes;
import io.qconnect.marketplace.sandbox.BulkSandboxRoutes;
import io.qconnect.marketplace.sandbox.BuyerSimulator;
import io.qconnect.marketplace.sandbox.InquirySandboxRoutes;
import io.qconnect.marketplace.sandbox.NoticeSandboxRoutes;
import io.qconnect.marketplace.sandbox.OrderSandboxRoutes;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.sandbox.SandboxControl;
import io.qconnect.marketplace.sandbox.SandboxRoutes;
import io.qconnect.marketplace.seller.PasswordHasher;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.marketplace.seller.StandingSource;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.secret.SecretBox;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The services of a {@link Marketplace} wired together on one database and clock, and the routes
 * they answer. The facade hands them out; this class only builds and mounts them.
 */
final class MarketplaceWiring {
  final Jdbi jdbi;
  final SandboxClock clock;
  final JapaneseBusinessCalendar calendar;
  final SellerService sellers;
  final KeyService keys;
  final AccessService access;
  final AuthorizationService authorizations;
  final CatalogService catalog;
  final OrderService orders;
  final ClaimService claims;
  final OrderQueries orderQueries;
  final OrderStanding standing;
  final InquiryService inquiries;
  final FileDownloadService downloads;
  final Outbox outbox;
  final BuyerSimulator simulator;
  final MailRelay relay;
  final NoticeService notices;
  final Faults faults;
  final QapiEndpoint qapi;
  final BulkUploads bulk;

  MarketplaceWiring(MarketplaceConfig config, DataSource ds, SandboxClock clock, SecretBox box) {
    this.clock = clock;
    this.jdbi = Jdbi.create(ds);
    this.calendar = JapaneseBusinessCalendar.standard();
    Catalogue forOrders = new OrderCatalogue(jdbi, clock);
    this.orderQueries = new OrderQueries(jdbi);
    this.standing = new OrderStanding(orderQueries, calendar, clock);
    this.inquiries = new InquiryService(jdbi, clock);
    this.downloads = new FileDownloadService(jdbi, clock);
    StandingSource computedStanding = id -> standing.computed(id).plus(inquiries.computed(id));
    this.sellers =
        new SellerService(
            jdbi, new PasswordHasher(config.passwordIterations()), computedStanding, clock);
    this.keys = new KeyService(jdbi, sellers, box, clock);
    this.access = new AccessService(jdbi, sellers, keys, calendar, clock, config.access());
    this.authorizations = new AuthorizationService(jdbi, sellers, keys, box, clock);
    this.catalog = new CatalogService(jdbi, ds, clock);
    this.orders = new OrderService(jdbi, forOrders, clock);
    this.claims = new ClaimService(jdbi, forOrders, clock);
    this.outbox = new Outbox(jdbi);
    this.relay =
        new MailRelay(jdbi, outbox, box, java.time.Clock.systemUTC(), MailSettings.catcher());
    this.notices = new NoticeService(jdbi, box, clock, () -> relay.settings().sender());
    access.onDecision(new SellerNotices(notices, sellers));
    this.simulator =
        new BuyerSimulator(orders, claims, orderQueries, forOrders, sellers, inquiries, clock);
    this.bulk = new BulkUploads(jdbi, catalog, clock);
    this.faults = new Faults(new SplittableRandom(config.faultSeed()));
    MethodTable table =
        MethodTable.of(
            new CatalogMethods(catalog),
            new OrderMethods(orders, claims, orderQueries, calendar),
            new ECouponMethods(new ECouponService(jdbi, clock)),
            new InquiryMethods(inquiries),
            new SellingReportMethods(orderQueries),
            new FileDownloadMethods(downloads));
    this.qapi = new QapiEndpoint(table, keys);
  }

  /** See {@link Marketplace#mount}. */
  void mount(
      RoutesConfig routes, MarketplaceConfig config, MeterRegistry meters, SandboxControl control) {
    new QapiRoutes(qapi, faults, meters).mount(routes);
    new TokenRoutes(authorizations).mount(routes);
    new DownloadRoutes(downloads).mount(routes);
    if (config.sandboxToken() != null) {
      SandboxRoutes sandbox = new SandboxRoutes(control, config.sandboxToken());
      sandbox.mount(routes);
      new OrderSandboxRoutes(orders, claims, simulator).mount(routes, sandbox);
      new InquirySandboxRoutes(inquiries).mount(routes, sandbox);
      new BulkSandboxRoutes(bulk).mount(routes, sandbox);
      new NoticeSandboxRoutes(notices, sellers).mount(routes, sandbox);
    }
  }
}
