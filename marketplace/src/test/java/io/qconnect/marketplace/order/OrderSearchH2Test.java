package io.qconnect.marketplace.order;

import io.qconnect.protocol.testing.TestDatabases.Engine;
import org.junit.jupiter.api.BeforeAll;

class OrderSearchH2Test extends OrderSearchSuite {
  @BeforeAll
  static void startH2() {
    start(Engine.H2);
  }
}
