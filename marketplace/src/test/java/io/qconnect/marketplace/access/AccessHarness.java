package io.qconnect.marketplace.access;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.marketplace.core.MarketplaceSchema;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.marketplace.seller.PasswordHasher;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.marketplace.seller.StandingSource;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Jdbi;

/** The access feature on a real database, with a settable clock. */
final class AccessHarness implements AutoCloseable {
  final HikariDataSource ds;
  final SandboxClock clock = new SandboxClock(Clock.systemUTC());
  final SellerService sellers;
  final KeyService keys;
  final AccessService access;

  AccessHarness(TestDatabases.Engine engine, boolean autoApprove) {
    ds = TestDatabases.fresh(engine);
    MarketplaceSchema.migrate(ds);
    Jdbi jdbi = Jdbi.create(ds);
    sellers = new SellerService(jdbi, new PasswordHasher(1000), StandingSource.none(), clock);
    keys = new KeyService(jdbi, sellers, SecretBox.random(), clock);
    access =
        new AccessService(
            jdbi,
            sellers,
            keys,
            JapaneseBusinessCalendar.standard(),
            clock,
            new AccessSettings(autoApprove, Duration.ofHours(3)));
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
