package io.qconnect.protocol.client;

import io.qconnect.protocol.fixture.FixtureServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/** A fixture replay server on port 0 and a client pointed at it, with recorded waits. */
final class ClientHarness implements AutoCloseable {
  final FixtureServer server;
  final QapiClient client;
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  ClientHarness() throws IOException {
    this(RetryPolicy.standard(), 1000);
  }

  ClientHarness(RetryPolicy retry, double rps) throws IOException {
    server = FixtureServer.withAllFixtures();
    client =
        QapiClient.builder()
            .baseUrl(server.baseUrl())
            .requestTimeout(Duration.ofMillis(700))
            .connectTimeout(Duration.ofSeconds(2))
            .retry(retry)
            .requestsPerSecond(rps)
            .random(new SplittableRandom(7))
            .sleeper(waits::add)
            .build();
  }

  QapiSeller seller(String key) {
    return client.seller(new CertificationKey(key));
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
