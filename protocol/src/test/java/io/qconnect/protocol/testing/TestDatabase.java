package io.qconnect.protocol.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database as a JUnit extension. On an instance field every test gets a new one; on a
 * static field the whole class shares one. It is created empty and then handed to {@code migrate}
 * (a module's schema migration), and closed after the test or class.
 *
 * <pre>{@code
 * @ParameterizedClass
 * @EnumSource(Engine.class)
 * class JdbcThingStoreTest {
 *   @RegisterExtension final TestDatabase db;
 *
 *   JdbcThingStoreTest(Engine engine) {
 *     db = TestDatabase.migrated(engine, ThingSchema::migrate);
 *   }
 * }
 * }</pre>
 */
public final class TestDatabase
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final Engine engine;
  private final Consumer<DataSource> migrate;
  private HikariDataSource dataSource;
  private boolean perClass;

  private TestDatabase(Engine engine, Consumer<DataSource> migrate) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.migrate = migrate;
  }

  /** An empty database of the engine. */
  public static TestDatabase empty(Engine engine) {
    return new TestDatabase(engine, ds -> {});
  }

  /** A database of the engine with {@code migrate} already run on it. */
  public static TestDatabase migrated(Engine engine, Consumer<DataSource> migrate) {
    return new TestDatabase(engine, Objects.requireNonNull(migrate, "migrate"));
  }

  public Engine engine() {
    return engine;
  }

  /** The database of the running test (or class). */
  public HikariDataSource dataSource() {
    if (dataSource == null) {
      throw new IllegalStateException("register the TestDatabase with @RegisterExtension");
    }
    return dataSource;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    open();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      open();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      close();
    }
  }

  private void open() {
    dataSource = TestDatabases.fresh(engine);
    migrate.accept(dataSource);
  }

  private void close() {
    if (dataSource != null) {
      dataSource.close();
      dataSource = null;
    }
  }
}
