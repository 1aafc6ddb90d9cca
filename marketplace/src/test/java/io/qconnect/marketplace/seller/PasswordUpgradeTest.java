package io.qconnect.marketplace.seller;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.marketplace.core.MarketplaceSchema;
import io.qconnect.protocol.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seller password hashes made at an older, lower PBKDF2 cost keep working and are replaced by one
 * at the configured cost at the next successful login, read back from the marketplace's database.
 */
class PasswordUpgradeTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-05-11T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
  private static final String SELLER = "shop-a";
  private static final String PASSWORD = "password-1";

  private final JdbcSellerStore store = new JdbcSellerStore();
  private HikariDataSource ds;
  private Jdbi jdbi;

  @BeforeEach
  void migrate() {
    ds = TestDatabases.h2();
    MarketplaceSchema.migrate(ds);
    jdbi = Jdbi.create(ds);
    // registered when the cost was 210,000
    new SellerService(jdbi, new PasswordHasher(210_000), StandingSource.none(), CLOCK)
        .register(new NewSeller(SELLER, PASSWORD, "a@example.jp", "", true, 0));
  }

  @AfterEach
  void close() {
    ds.close();
  }

  private String stored() {
    return jdbi.withHandle(h -> store.passwordHash(h, SELLER)).orElseThrow();
  }

  private SellerService today() {
    return new SellerService(jdbi, new PasswordHasher(600_000), StandingSource.none(), CLOCK);
  }

  @Test
  void a_hash_stored_with_210000_iterations_verifies_and_is_rewritten_with_600000_at_login() {
    String old = stored();
    assertThat(old).startsWith("pbkdf2-sha256$210000$");
    SellerService sellers = today();
    Seller before = sellers.get(SELLER);

    assertThat(sellers.authenticate(SELLER, PASSWORD)).isTrue();

    String now = stored();
    assertThat(now).startsWith("pbkdf2-sha256$600000$").isNotEqualTo(old);
    assertThat(sellers.authenticate(SELLER, PASSWORD)).isTrue();
    assertThat(stored()).as("a current hash is not rewritten").isEqualTo(now);
    assertThat(sellers.authenticate(SELLER, "password-2")).isFalse();
    Seller after = sellers.get(SELLER);
    assertThat(after.passwordGeneration())
        .as("not a password change: keys issued before stay valid")
        .isEqualTo(before.passwordGeneration());
    assertThat(after.passwordChangedAt()).isEqualTo(before.passwordChangedAt());
  }

  @Test
  void a_wrong_password_rewrites_nothing() {
    String old = stored();
    assertThat(today().authenticate(SELLER, "wrong-password")).isFalse();
    assertThat(today().authenticate("no-such-seller", PASSWORD)).isFalse();
    assertThat(stored()).isEqualTo(old);
  }

  @Test
  void the_production_cost_is_600000_iterations_in_one_place() {
    assertThat(PasswordHasher.ITERATIONS).isEqualTo(600_000);
    assertThat(PasswordHasher.standard().iterations()).isEqualTo(PasswordHasher.ITERATIONS);
    assertThat(io.qconnect.marketplace.MarketplaceConfig.demo("t").passwordIterations())
        .isEqualTo(PasswordHasher.ITERATIONS);
    assertThat(PasswordHasher.standard().hash(PASSWORD)).startsWith("pbkdf2-sha256$600000$");
  }
}
