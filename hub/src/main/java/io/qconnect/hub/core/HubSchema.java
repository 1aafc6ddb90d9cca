package io.qconnect.hub.core;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The hub's own schema ({@code db/hub}, history in {@code hub_schema_history}), migrated with
 * Flyway. The database may already hold other tables (the marketplace's, in the all-in-one demo):
 * the baseline is version 0 so that every hub migration still runs there.
 */
public final class HubSchema {
  private HubSchema() {}

  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/hub")
        .table("hub_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
