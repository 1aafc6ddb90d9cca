package io.qconnect.protocol.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Real databases for store tests: a fresh in-memory H2 in PostgreSQL mode, or a fresh database on
 * one embedded PostgreSQL server (binaries from a Maven jar) shared by the whole test JVM.
 */
public final class TestDatabases {
  /** The two engines every store test runs on. */
  public enum Engine {
    H2,
    POSTGRES
  }

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** A new, empty database of the given engine. Close the returned pool when done. */
  public static HikariDataSource fresh(Engine engine) {
    return switch (engine) {
      case H2 -> h2();
      case POSTGRES -> postgres();
    };
  }

  public static HikariDataSource h2() {
    String name = "t" + COUNTER.incrementAndGet();
    return pool(
        "jdbc:h2:mem:"
            + name
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sa",
        "");
  }

  public static synchronized HikariDataSource postgres() {
    EmbeddedPostgres pg = server();
    String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return pool(pg.getJdbcUrl("postgres", name), "postgres", "postgres");
  }

  /** The shared embedded server (started on first use, stopped when the JVM exits). */
  public static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started)));
    }
    return postgres;
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setUsername(user);
    c.setPassword(password);
    c.setMaximumPoolSize(8);
    c.setMinimumIdle(0);
    return new HikariDataSource(c);
  }

  /** Runs SQL statements, for test setup. */
  public static void execute(DataSource ds, String... sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      // the JVM is exiting
    }
  }
}
