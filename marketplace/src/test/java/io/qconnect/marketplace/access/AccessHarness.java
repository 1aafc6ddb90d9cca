package io.qconnect.marketplace.access;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.MarketplaceConfig;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The access feature on a real database, with a clock that stands still until the test moves it. It
 * is wired by {@link Marketplace#create}, as in production: only the database, the clock and the
 * settings differ.
 */
final class AccessHarness implements AutoCloseable {
  final HikariDataSource ds;

  /**
   * Moved only by the test ({@link #at}, {@code clock.advance}): over a running clock, a test that
   * set 10:00 and then checked a key "one second before it expires" failed whenever a loaded
   * machine took a second between issuing the key and checking it.
   */
  final SandboxClock clock =
      new SandboxClock(Clock.fixed(Instant.parse("2026-01-05T01:00:00Z"), ZoneOffset.UTC));

  final SellerService sellers;
  final KeyService keys;
  final AccessService access;

  AccessHarness(TestDatabases.Engine engine, boolean autoApprove) {
    ds = TestDatabases.fresh(engine);
    MarketplaceConfig config =
        new MarketplaceConfig(new AccessSettings(autoApprove, Duration.ofHours(3)), null, 1000, 1);
    Marketplace market = Marketplace.create(config, ds, clock, SecretBox.random());
    sellers = market.sellers();
    keys = market.keys();
    access = market.access();
  }

  void at(String isoWithOffset) {
    clock.set(OffsetDateTime.parse(isoWithOffset).toInstant());
  }

  void seller(String id) {
    sellers.register(new NewSeller(id, "password-" + id, id + "@example.jp", "ファッション", true, 0));
  }

  RequestForm apiForm(String sellerId) {
    return new RequestForm(
        PermissionKind.API_KEY, sellerId, sellerId + "@example.jp", "ファッション", "受注連携", "GoQSystem");
  }

  @Override
  public void close() {
    ds.close();
  }
}
