package io.qconnect.marketplace;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.qconnect.marketplace.access.AccessService;
import io.qconnect.marketplace.access.JdbcAccessStore;
import io.qconnect.marketplace.access.JdbcKeyStore;
import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.catalog.CatalogMethods;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.catalog.JdbcCatalogStore;
import io.qconnect.marketplace.catalog.OrderCatalogue;
import io.qconnect.marketplace.order.Catalogue;
import io.qconnect.marketplace.order.ClaimService;
import io.qconnect.marketplace.order.JdbcOrderQueries;
import io.qconnect.marketplace.order.JdbcOutbox;
import io.qconnect.marketplace.order.OrderMethods;
import io.qconnect.marketplace.order.OrderService;
import io.qconnect.marketplace.order.OrderStanding;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiEndpoint;
import io.qconnect.marketplace.qapi.QapiRoutes;
import io.qconnect.marketplace.sandbox.BuyerSimulator;
import io.qconnect.marketplace.sandbox.Faults;
import io.qconnect.marketplace.sandbox.OrderSandboxRoutes;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.sandbox.SandboxRoutes;
import io.qconnect.marketplace.seller.JdbcSellerStore;
import io.qconnect.marketplace.seller.PasswordHasher;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.secret.SecretBox;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The marketplace, wired: create it on a data source, mount its routes, and call {@link #tick()}
 * periodically for time-driven work (permission requests due today, unpaid orders past their
 * deadline, the buyer simulator).
 */
public final class Marketplace {
  private final MarketplaceConfig config;
  private final Jdbi jdbi;
  private final SandboxClock clock;
  private final JapaneseBusinessCalendar calendar;
  private final SellerService sellers;
  private final KeyService keys;
  private final AccessService access;
  private final CatalogService catalog;
  private final OrderService orders;
  private final ClaimService claims;
  private final JdbcOrderQueries orderQueries;
  private final OrderStanding standing;
  private final JdbcOutbox outbox;
  private final BuyerSimulator simulator;
  private final Faults faults;
  private final QapiEndpoint qapi;
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
    JdbcCatalogStore catalogStore = new JdbcCatalogStore(jdbi);
    Catalogue forOrders = new OrderCatalogue(jdbi, catalogStore, clock);
    this.orderQueries = new JdbcOrderQueries(jdbi);
    this.standing = new OrderStanding(orderQueries, calendar, clock);
    this.sellers =
        new SellerService(
            new JdbcSellerStore(jdbi),
            new PasswordHasher(config.passwordIterations()),
            standing,
            clock);
    this.keys = new KeyService(new JdbcKeyStore(jdbi), sellers, box, clock);
    this.access =
        new AccessService(
            new JdbcAccessStore(jdbi), sellers, keys, calendar, clock, config.access());
    this.catalog = new CatalogService(catalogStore, clock);
    this.orders = new OrderService(jdbi, forOrders, clock);
    this.claims = new ClaimService(jdbi, forOrders, clock);
    this.outbox = new JdbcOutbox(jdbi);
    this.simulator = new BuyerSimulator(orders, claims, orderQueries, forOrders, sellers, clock);
    this.faults = new Faults(new SplittableRandom());
    MethodTable table = new MethodTable();
    CatalogMethods.register(table, catalog);
    new OrderMethods(orders, claims, orderQueries, calendar).registerIn(table);
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
    return new Marketplace(config, ds, clock, box, meters);
  }

  /** Mounts QAPI and, when a sandbox token is configured, {@code /sandbox}. */
  public void mount(RoutesConfig routes) {
    new QapiRoutes(qapi, faults, meters).mount(routes);
    if (config.sandboxToken() != null) {
      SandboxRoutes sandbox = new SandboxRoutes(this, config.sandboxToken());
      sandbox.mount(routes);
      new OrderSandboxRoutes(orders, claims, simulator).mount(routes, sandbox);
    }
  }

  /** Time-driven work; safe to call often. */
  public void tick() {
    access.processDue();
    claims.expireUnpaid();
    simulator.tick();
  }

  /**
   * Deletes every seller, request, key and item: an empty marketplace. Item codes start again from
   * the first, so that the same seed gives the same item codes after a reset.
   */
  public void reset() {
    simulator.stop();
    jdbi.useTransaction(
        h -> {
          for (String table :
              new String[] {
                "mk_outbox",
                "mk_order_line",
                "mk_cart",
                "mk_item_option",
                "mk_item",
                "mk_ftp_account",
                "mk_certification_key",
                "mk_api_key",
                "mk_permission_request",
                "mk_seller"
              }) {
            h.execute("DELETE FROM " + table);
          }
          h.execute("ALTER SEQUENCE mk_item_code_seq RESTART WITH 1100000001");
        });
  }

  public SandboxClock clock() {
    return clock;
  }

  /** The business days every deadline of this marketplace counts in (one holiday cache). */
  public JapaneseBusinessCalendar calendar() {
    return calendar;
  }

  public SellerService sellers() {
    return sellers;
  }

  public KeyService keys() {
    return keys;
  }

  public AccessService access() {
    return access;
  }

  public CatalogService catalog() {
    return catalog;
  }

  public OrderService orders() {
    return orders;
  }

  public ClaimService claims() {
    return claims;
  }

  public JdbcOrderQueries orderQueries() {
    return orderQueries;
  }

  public OrderStanding standing() {
    return standing;
  }

  public JdbcOutbox outbox() {
    return outbox;
  }

  public BuyerSimulator simulator() {
    return simulator;
  }

  public Faults faults() {
    return faults;
  }

  public QapiEndpoint qapi() {
    return qapi;
  }
}
