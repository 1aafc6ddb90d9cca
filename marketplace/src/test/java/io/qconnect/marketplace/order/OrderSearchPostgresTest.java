package io.qconnect.marketplace.order;

import io.qconnect.protocol.testing.TestDatabases.Engine;
import org.junit.jupiter.api.BeforeAll;

class OrderSearchPostgresTest extends OrderSearchSuite {
  @BeforeAll
  static void startPostgres() {
    start(Engine.POSTGRES);
  }
}
