package io.qconnect.marketplace;

import io.javalin.config.RoutesConfig;
import io.qconnect.marketplace.access.AccessService;
import io.qconnect.marketplace.access.JdbcAccessStore;
import io.qconnect.marketplace.access.JdbcKeyStore;
import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.catalog.CatalogMethods;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.catalog.JdbcCatalogStore;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiEndpoint;
import io.qconnect.marketplace.qapi.QapiRoutes;
import io.qconnect.marketplace.sandbox.Faults;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.sandbox.SandboxRoutes;
import io.qconnect.marketplace.seller.JdbcSellerStore;
import io.qconnect.marketplace.seller.PasswordHasher;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.marketplace.seller.StandingSource;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.secret.SecretBox;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The marketplace, wired: create it on a data source, mount its routes, and call {@link #tick()}
 * periodically for time-driven work (permission requests due today).
 */
public final class Marketplace {
  private final MarketplaceConfig config;
  private final Jdbi jdbi;
  private final SandboxClock clock;
  private final SellerService sellers;
  private final KeyService keys;
  private final AccessService access;
  private final CatalogService catalog;
  private final Faults faults;
  private final QapiEndpoint qapi;

  private Marketplace(MarketplaceConfig config, DataSource ds, SandboxClock clock, SecretBox box) {
    this.config = config;
    this.clock = clock;
    this.jdbi = Jdbi.create(ds);
    JapaneseBusinessCalendar calendar = JapaneseBusinessCalendar.standard();
    this.sellers =
        new SellerService(
            new JdbcSellerStore(jdbi),
            new PasswordHasher(config.passwordIterations()),
            StandingSource.none(),
            clock);
    this.keys = new KeyService(new JdbcKeyStore(jdbi), sellers, box, clock);
    this.access =
        new AccessService(
            new JdbcAccessStore(jdbi), sellers, keys, calendar, clock, config.access());
    this.catalog = new CatalogService(new JdbcCatalogStore(jdbi), clock);
    this.faults = new Faults(new SplittableRandom());
    MethodTable table = new MethodTable();
    CatalogMethods.register(table, catalog);
    this.qapi = new QapiEndpoint(table, keys);
  }

  /** Migrates the schema and wires the features. */
  public static Marketplace create(
      MarketplaceConfig config, DataSource ds, SandboxClock clock, SecretBox box) {
    MarketplaceSchema.migrate(ds);
    return new Marketplace(config, ds, clock, box);
  }

  /** Mounts QAPI and, when a sandbox token is configured, {@code /sandbox}. */
  public void mount(RoutesConfig routes) {
    new QapiRoutes(qapi, faults).mount(routes);
    if (config.sandboxToken() != null) {
      new SandboxRoutes(this, config.sandboxToken()).mount(routes);
    }
  }

  /** Time-driven work; safe to call often. */
  public void tick() {
    access.processDue();
  }

  /**
   * Deletes every seller, request, key and item: an empty marketplace. Item codes start again from
   * the first, so that the same seed gives the same item codes after a reset.
   */
  public void reset() {
    jdbi.useTransaction(
        h -> {
          for (String table :
              new String[] {
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

  public Faults faults() {
    return faults;
  }

  public QapiEndpoint qapi() {
    return qapi;
  }
}
