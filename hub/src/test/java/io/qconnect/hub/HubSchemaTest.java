package io.qconnect.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.hub.core.HubSchema;
import io.qconnect.protocol.testing.TestDatabase;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class HubSchemaTest {
  @RegisterExtension final TestDatabase db;

  HubSchemaTest(Engine engine) {
    db = TestDatabase.empty(engine);
  }

  @Test
  void migrates_into_a_database_that_already_holds_other_tables_and_again_without_change() {
    HikariDataSource ds = db.dataSource();
    TestDatabases.execute(ds, "CREATE TABLE mk_seller (seller_id VARCHAR(50) PRIMARY KEY)");

    HubSchema.migrate(ds);
    HubSchema.migrate(ds);

    Jdbi jdbi = Jdbi.create(ds);
    List<String> tables =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                          SELECT LOWER(table_name) FROM information_schema.tables
                          WHERE LOWER(table_name) LIKE 'hub\\_%' ESCAPE '\\'
                             OR LOWER(table_name) = 'scheduled_tasks'""")
                    .mapTo(String.class)
                    .list());
    assertThat(tables)
        .contains(
            "hub_shop",
            "hub_order_line",
            "hub_order_history",
            "hub_shipment",
            "hub_sync_run",
            "hub_alert",
            "hub_lock",
            "hub_schema_history",
            "scheduled_tasks");
    int applied =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM hub_schema_history WHERE success AND version = '1'")
                    .mapTo(Integer.class)
                    .one());
    assertThat(applied).isEqualTo(1);
  }
}
