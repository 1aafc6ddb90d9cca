package io.qconnect.marketplace;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.qconnect.marketplace.access.AccessService;
import io.qconnect.marketplace.access.AuthorizationService;
import io.qconnect.marketplace.access.FtpEndpoint;
import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.bulk.BulkUploads;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.core.JdbcResetStore;
import io.qconnect.marketplace.core.MarketplaceSchema;
import io.qconnect.marketplace.ftp.FtpDropBox;
import io.qconnect.marketplace.ftp.FtpSettings;
import io.qconnect.marketplace.inquiry.InquiryService;
import io.qconnect.marketplace.notice.MailRelay;
import io.qconnect.marketplace.notice.MailSettings;
import io.qconnect.marketplace.notice.NoticeService;
import io.qconnect.marketplace.order.ClaimService;
import io.qconnect.marketplace.order.OrderQueries;
import io.qconnect.marketplace.order.OrderService;
import io.qconnect.marketplace.order.OrderStanding;
import io.qconnect.marketplace.order.Outbox;
import io.qconnect.marketplace.qapi.Faults;
import io.qconnect.marketplace.qapi.QapiEndpoint;
import io.qconnect.marketplace.sandbox.BuyerSimulator;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.sandbox.SandboxControl;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.secret.SecretBox;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
  private final MarketplaceWiring wiring;
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
    this.wiring = new MarketplaceWiring(config, ds, clock, box);
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
    m.wiring.access.restoreSwitch();
    return m;
  }

  /**
   * Mounts QAPI, the files of RequestFileDownload ({@code GET /qapi-files/<token>}), the Get Auth
   * code exchange ({@code POST /qsm/authorize/token}) and, when a sandbox token is configured,
   * {@code /sandbox}.
   */
  public void mount(RoutesConfig routes) {
    wiring.mount(routes, config, meters, this);
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
    wiring.relay.start();
    wiring.bulk.start();
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
    ftp = FtpDropBox.start(settings, wiring.keys, wiring.bulk, wiring.clock);
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
    wiring.bulk.close();
    wiring.relay.close();
    wiring.simulator.stop();
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
    wiring.access.processDue();
    wiring.claims.expireUnpaid();
    wiring.simulator.tick();
  }

  /**
   * Deletes every seller, request, key and item: an empty marketplace. Item codes start again from
   * the first, so that the same seed gives the same item codes after a reset.
   */
  @Override
  public void reset() {
    wiring.simulator.stop();
    wiring.jdbi.useTransaction(new JdbcResetStore()::emptyAll);
    wiring.keys.forgetPresentedKeys();
  }

  @Override
  public SandboxClock clock() {
    return wiring.clock;
  }

  /** The business days every deadline of this marketplace counts in (one holiday cache). */
  public JapaneseBusinessCalendar calendar() {
    return wiring.calendar;
  }

  @Override
  public SellerService sellers() {
    return wiring.sellers;
  }

  @Override
  public KeyService keys() {
    return wiring.keys;
  }

  public AccessService access() {
    return wiring.access;
  }

  /** Get Auth: integrators, the authorization window's grants, the code exchange, revocation. */
  @Override
  public AuthorizationService authorizations() {
    return wiring.authorizations;
  }

  @Override
  public CatalogService catalog() {
    return wiring.catalog;
  }

  /** Bulk upload requests (大量アップロード要請), from the web or FTP. */
  @Override
  public BulkUploads bulk() {
    return wiring.bulk;
  }

  public OrderService orders() {
    return wiring.orders;
  }

  public ClaimService claims() {
    return wiring.claims;
  }

  public OrderQueries orderQueries() {
    return wiring.orderQueries;
  }

  public OrderStanding standing() {
    return wiring.standing;
  }

  /** Buyer inquiries (CSCenter). */
  public InquiryService inquiries() {
    return wiring.inquiries;
  }

  public Outbox outbox() {
    return wiring.outbox;
  }

  /** 通知管理: the sellers' notification settings and the mail log. */
  public NoticeService notices() {
    return wiring.notices;
  }

  /**
   * The mail relay: outbox events to mails, mails to SMTP (or the embedded catcher). Started by
   * {@link #start}; tests may {@link MailRelay#runOnce()} it themselves.
   */
  public MailRelay mailRelay() {
    return wiring.relay;
  }

  /** Sets how mail leaves (SMTP URL, credentials, sender, retries); call before {@link #start}. */
  public void useMail(MailSettings settings) {
    wiring.relay.configure(settings);
  }

  public BuyerSimulator simulator() {
    return wiring.simulator;
  }

  @Override
  public Faults faults() {
    return wiring.faults;
  }

  public QapiEndpoint qapi() {
    return wiring.qapi;
  }
}
