package io.qconnect.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;

/**
 * Connection pools. A blank URL means the embedded default: an H2 file under the data directory in
 * PostgreSQL mode, the same SQL the PostgreSQL deployments run.
 */
final class Databases {
  private Databases() {}

  /** A pool whose figures ({@code hikaricp_connections_*{pool=name}}) go to {@code meters}. */
  static HikariDataSource open(String name, String url, Path dataDir, MeterRegistry meters) {
    HikariConfig c = new HikariConfig();
    c.setPoolName(name);
    if (url.isBlank()) {
      c.setJdbcUrl(
          "jdbc:h2:file:"
              + dataDir.resolve(name).toAbsolutePath()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
      c.setUsername("sa");
      c.setPassword("");
    } else {
      c.setJdbcUrl(url);
    }
    c.setMaximumPoolSize(10);
    c.setMinimumIdle(1);
    c.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
    return new HikariDataSource(c);
  }
}
