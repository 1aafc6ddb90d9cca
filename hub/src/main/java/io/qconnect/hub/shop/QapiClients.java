package io.qconnect.hub.shop;

import io.qconnect.protocol.client.QapiClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * One {@link QapiClient} per QAPI endpoint, built on first use. A client throttles per key and
 * holds one HTTP connection pool, so shops on the same endpoint share it. Only endpoints on the
 * allowed hosts ({@link QapiHosts}) get a client; connections give up after {@link
 * #CONNECT_TIMEOUT}.
 */
public final class QapiClients implements AutoCloseable {
  /** A QAPI endpoint that does not accept a connection in this time is treated as unreachable. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final UnaryOperator<QapiClient.Builder> customizer;
  private final QapiHosts hosts;
  private final Map<URI, QapiClient> clients = new ConcurrentHashMap<>();

  /**
   * @param customizer applied to every client's builder after its base URL is set (timeouts,
   *     retries, rate)
   */
  public QapiClients(UnaryOperator<QapiClient.Builder> customizer) {
    this(customizer, QapiHosts.any());
  }

  /**
   * @param customizer applied to every client's builder after its base URL is set (timeouts,
   *     retries, rate)
   * @param hosts the hosts a client may be made for
   */
  public QapiClients(UnaryOperator<QapiClient.Builder> customizer, QapiHosts hosts) {
    this.customizer = Objects.requireNonNull(customizer, "customizer");
    this.hosts = Objects.requireNonNull(hosts, "hosts");
  }

  /**
   * @throws ShopUrlException when the URL's host is not allowed (no request is made)
   */
  public QapiClient forUrl(URI baseUrl) {
    hosts.check(baseUrl);
    return clients.computeIfAbsent(
        baseUrl,
        u ->
            customizer
                .apply(QapiClient.builder().baseUrl(u).connectTimeout(CONNECT_TIMEOUT))
                .build());
  }

  /**
   * @throws ShopUrlException when the URL's host is not allowed
   */
  void check(URI baseUrl) {
    hosts.check(baseUrl);
  }

  @Override
  public void close() {
    clients.values().forEach(QapiClient::close);
    clients.clear();
  }
}
