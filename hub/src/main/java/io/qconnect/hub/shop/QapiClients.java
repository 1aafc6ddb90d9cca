package io.qconnect.hub.shop;

import io.qconnect.protocol.client.QapiClient;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * One {@link QapiClient} per QAPI endpoint, built on first use. A client throttles per key and
 * holds one HTTP connection pool, so shops on the same endpoint share it.
 */
public final class QapiClients implements AutoCloseable {
  private final UnaryOperator<QapiClient.Builder> customizer;
  private final Map<URI, QapiClient> clients = new ConcurrentHashMap<>();

  /**
   * @param customizer applied to every client's builder after its base URL is set (timeouts,
   *     retries, rate)
   */
  public QapiClients(UnaryOperator<QapiClient.Builder> customizer) {
    this.customizer = Objects.requireNonNull(customizer, "customizer");
  }

  public QapiClient forUrl(URI baseUrl) {
    return clients.computeIfAbsent(
        baseUrl, u -> customizer.apply(QapiClient.builder().baseUrl(u)).build());
  }

  @Override
  public void close() {
    clients.values().forEach(QapiClient::close);
    clients.clear();
  }
}
