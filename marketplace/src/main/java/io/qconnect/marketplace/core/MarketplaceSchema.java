package io.qconnect.marketplace.core;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The marketplace's own schema ({@code db/marketplace}), migrated with Flyway. */
public final class MarketplaceSchema {
  private MarketplaceSchema() {}

  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/marketplace")
        .table("mk_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
