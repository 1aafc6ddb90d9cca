package io.qconnect.marketplace;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.qconnect.marketplace.access.AccessService;
import io.qconnect.marketplace.access.AuthorizationService;
import io.qconnect.marketplace.access.FtpEndpoint;
import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.bulk.BulkUploads;
import io.qconnect.marketplace.catalog.CatalogMethods;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.catalog.OrderCatalogue;
import io.qconnect.marketplace.core.JdbcResetStore;
import io.qconnect.marketplace.core.MarketplaceSchema;
import io.qconnect.marketplace.download.DownloadRoutes;
import io.qconnect.marketplace.download.FileDownloadMethods;
import io.qconnect.marketplace.download.FileDownloadService;
import io.qconnect.marketplace.ftp.FtpDropBox;
import io.qconnect.marketplace.ftp.FtpSettings;
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
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marketplace, wired: {@link #create} it on a data source, mount its routes, and {@link
 * #start()} its periodic time-driven work (permission requests due today, unpaid orders past their
 * deadline, the buyer simulator); {@link #close()} stops it. Creating it starts no thread, so tests
 * may instead call {@link #tick()} themselves after moving the clock.
 */
public final class Marketplace implements SandboxControl, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Marketplace.class);

  private final MarketplaceConfig config;
  private final Jdbi jdbi;
  private final SandboxClock clock;
  private final JapaneseBusinessCalendar calendar;
  private final SellerService sellers;
  private final KeyService keys;
  private final AccessService access;
  private final AuthorizationService authorizations;
  private final CatalogService catalog;
  private final OrderService orders;
  private final ClaimService claims;
  private final OrderQueries orderQueries;
  private final OrderStanding standing;
  private final InquiryService inquiries;
  private final FileDownloadService downloads;
  private final Outbox outbox;
  private final BuyerSimulator simulator;
  private final MailRelay relay;
  private final NoticeService notices;
  private final Faults faults;
  private final QapiEndpoint qapi;
  private final BulkUploads bulk;
  private ScheduledExecutorService ticker;
  private FtpDropBox ftp;
  private final MeterRegistry meters;

  private Marketplace(
      MarketplaceConfig config,
      DataSource ds,
      SandboxClock clock,
      SecretBox box,
      MeterRegistry meters) {
    this.config = config;
    this.meters = meters;
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
    this.catalog = new CatalogService(jdbi, clock);
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

  /** Migrates the schema and wires the features; its meters are kept nowhere. */
  public static Marketplace create(
      MarketplaceConfig config, DataSource ds, SandboxClock clock, SecretBox box) {
    return create(config, ds, clock, box, new CompositeMeterRegistry());
  }

  /**
   * Migrates the schema and wires the features.
   *
   * @param meters where the marketplace's meters go ({@code qapi.requests})
   */
  public static Marketplace create(
      MarketplaceConfig config,
      DataSource ds,
      SandboxClock clock,
      SecretBox box,
      MeterRegistry meters) {
    MarketplaceSchema.migrate(ds);
    Marketplace m = new Marketplace(config, ds, clock, box, meters);
    m.access.restoreSwitch();
    return m;
  }

  /**
   * Mounts QAPI, the files of RequestFileDownload ({@code GET /qapi-files/<token>}), the Get Auth
   * code exchange ({@code POST /qsm/authorize/token}) and, when a sandbox token is configured,
   * {@code /sandbox}.
   */
  public void mount(RoutesConfig routes) {
    new QapiRoutes(qapi, faults, meters).mount(routes);
    new TokenRoutes(authorizations).mount(routes);
    new DownloadRoutes(downloads).mount(routes);
    if (config.sandboxToken() != null) {
      SandboxRoutes sandbox = new SandboxRoutes(this, config.sandboxToken());
      sandbox.mount(routes);
      new OrderSandboxRoutes(orders, claims, simulator).mount(routes, sandbox);
      new InquirySandboxRoutes(inquiries).mount(routes, sandbox);
      new BulkSandboxRoutes(bulk).mount(routes, sandbox);
      new NoticeSandboxRoutes(notices, sellers).mount(routes, sandbox);
    }
  }

  /**
   * Runs {@link #tick()} every {@code period} on a daemon thread until {@link #close()}; a failed
   * tick is logged and the next one comes as planned.
   */
  public synchronized void start(Duration period) {
    if (ticker != null) {
      throw new IllegalStateException("the marketplace is already started");
    }
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "marketplace-tick");
              t.setDaemon(true);
              return t;
            });
    long first = Math.min(1000, period.toMillis());
    ticker.scheduleWithFixedDelay(
        this::tickLogged, first, period.toMillis(), TimeUnit.MILLISECONDS);
    relay.start();
    bulk.start();
  }

  /**
   * Starts the FTP drop box ({@link FtpDropBox}); {@link #close()} stops it.
   *
   * @return where sellers reach it (the port it got when the settings ask for any)
   */
  public synchronized FtpEndpoint startFtp(FtpSettings settings) {
    if (ftp != null) {
      throw new IllegalStateException("the FTP server is already started");
    }
    ftp = FtpDropBox.start(settings, keys, bulk, clock);
    return ftp.endpoint();
  }

  /** Where sellers reach the FTP server, when it runs. */
  @Override
  public synchronized Optional<FtpEndpoint> ftpEndpoint() {
    return ftp == null ? Optional.empty() : Optional.of(ftp.endpoint());
  }

  /** Stops the periodic work and the buyer simulator; the data source stays the caller's. */
  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
    if (ftp != null) {
      ftp.close();
      ftp = null;
    }
    bulk.close();
    relay.close();
    simulator.stop();
  }

  private void tickLogged() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.warn("marketplace periodic work failed; retrying at the next tick", e);
    }
  }

  /** Time-driven work; safe to call often. */
  @Override
  public void tick() {
    access.processDue();
    claims.expireUnpaid();
    simulator.tick();
  }

  /**
   * Deletes every seller, request, key and item: an empty marketplace. Item codes start again from
   * the first, so that the same seed gives the same item codes after a reset.
   */
  @Override
  public void reset() {
    simulator.stop();
    jdbi.useTransaction(new JdbcResetStore()::emptyAll);
    keys.forgetPresentedKeys();
  }

  @Override
  public SandboxClock clock() {
    return clock;
  }

  /** The business days every deadline of this marketplace counts in (one holiday cache). */
  public JapaneseBusinessCalendar calendar() {
    return calendar;
  }

  @Override
  public SellerService sellers() {
    return sellers;
  }

  @Override
  public KeyService keys() {
    return keys;
  }

  public AccessService access() {
    return access;
  }

  /** Get Auth: integrators, the authorization window's grants, the code exchange, revocation. */
  @Override
  public AuthorizationService authorizations() {
    return authorizations;
  }

  @Override
  public CatalogService catalog() {
    return catalog;
  }

  /** Bulk upload requests (大量アップロード要請), from the web or FTP. */
  @Override
  public BulkUploads bulk() {
    return bulk;
  }

  public OrderService orders() {
    return orders;
  }

  public ClaimService claims() {
    return claims;
  }

  public OrderQueries orderQueries() {
    return orderQueries;
  }

  public OrderStanding standing() {
    return standing;
  }

  /** Buyer inquiries (CSCenter). */
  public InquiryService inquiries() {
    return inquiries;
  }

  public Outbox outbox() {
    return outbox;
  }

  /** 通知管理: the sellers' notification settings and the mail log. */
  public NoticeService notices() {
    return notices;
  }

  /**
   * The mail relay: outbox events to mails, mails to SMTP (or the embedded catcher). Started by
   * {@link #start}; tests may {@link MailRelay#runOnce()} it themselves.
   */
  public MailRelay mailRelay() {
    return relay;
  }

  /** Sets how mail leaves (SMTP URL, credentials, sender, retries); call before {@link #start}. */
  public void useMail(MailSettings settings) {
    relay.configure(settings);
  }

  public BuyerSimulator simulator() {
    return simulator;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  public QapiEndpoint qapi() {
    return qapi;
  }
}
