package io.qconnect.hub.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.qconnect.hub.Hub;
import io.qconnect.hub.HubFixture;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where the hub sends a shop's API key and password: never to a URL carrying credentials, only to
 * allowed hosts when a list is set, and its refusals do not tell a closed port from an open one.
 */
class BaseUrlTest {
  private static final String PATH = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";

  private HubFixture f;
  private HttpServer other;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    f = new HubFixture(Engine.H2);
    other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext(
        "/",
        ex -> {
          requests.incrementAndGet();
          ex.getRequestBody().readAllBytes();
          byte[] body =
              "<html><body>an intranet wiki</body></html>".getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    other.start();
  }

  @AfterEach
  void stop() {
    other.stop(0);
    f.close();
  }

  private String connectError(Hub hub, URI url) {
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                hub.shops()
                    .connect(new NewShop("demo-shop", "KEY-123456789", "pw-secret-1", url, null)));
    assertThat(t).isInstanceOf(ShopUrlException.class);
    return t.getMessage();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void a_closed_port_and_an_open_server_that_is_not_qapi_give_the_same_message() throws Exception {
    int open = other.getAddress().getPort();
    int closed = closedPort();
    String toOpen = connectError(f.hub, URI.create("http://127.0.0.1:" + open + PATH));
    String toClosed = connectError(f.hub, URI.create("http://127.0.0.1:" + closed + PATH));

    assertThat(requests.get()).isPositive(); // the open server was asked
    assertThat(toOpen.replace(":" + open, ":N")).isEqualTo(toClosed.replace(":" + closed, ":N"));
    assertThat(toOpen)
        .isEqualTo(
            "shop demo-shop: Get Auth failed: no QAPI endpoint answered at 127.0.0.1:"
                + open
                + ": check the URL (the QAPI endpoint) and the network");
    assertThat(f.hub.shops().list()).isEmpty();
  }

  @Test
  void a_url_with_a_user_name_and_password_is_refused_without_a_request() {
    int open = other.getAddress().getPort();
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                f.hub
                    .shops()
                    .connect(
                        new NewShop(
                            "demo-shop",
                            "KEY-123456789",
                            "pw-secret-1",
                            URI.create("http://admin:hunter22@127.0.0.1:" + open + PATH),
                            null)));
    assertThat(t).isInstanceOf(ShopUrlException.class);
    assertThat(((ShopUrlException) t).reason())
        .isEqualTo(ShopUrlException.Reason.CREDENTIALS_IN_URL);
    assertThat(t.getMessage()).doesNotContain("hunter22").doesNotContain("admin");
    assertThat(requests.get()).isZero();
    assertThat(f.hub.shops().list()).isEmpty();
  }

  @Test
  void with_an_allow_list_another_host_is_refused_before_any_request() {
    // the fixture's Qoo10 (the default URL, always allowed) is 127.0.0.1: name the other host
    URI elsewhere = URI.create("http://localhost:" + other.getAddress().getPort() + PATH);
    try (Hub listed =
        Hub.create(
            HubConfig().qapiHosts(new QapiHosts(Set.of("api.qoo10.jp"))).build(),
            f.dataSource,
            f.clock,
            f.box)) {
      Throwable t =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  listed
                      .shops()
                      .connect(
                          new NewShop(
                              "demo-shop", "KEY-123456789", "pw-secret-1", elsewhere, null)));
      assertThat(t).isInstanceOf(ShopUrlException.class);
      assertThat(((ShopUrlException) t).reason())
          .isEqualTo(ShopUrlException.Reason.HOST_NOT_ALLOWED);
      assertThat(t.getMessage()).contains("QC_QAPI_HOSTS");
      assertThat(requests.get()).isZero();
      // the default endpoint (the fixture's Qoo10 on 127.0.0.1) stays allowed
      f.qoo10.seller("shop-2", HubFixture.apiKey("shop-2"), HubFixture.password("shop-2"));
      listed
          .shops()
          .connect(
              new NewShop(
                  "shop-2",
                  HubFixture.apiKey("shop-2"),
                  HubFixture.password("shop-2"),
                  null,
                  null));
      assertThat(listed.shops().find("shop-2")).isPresent();
    }
  }

  @Test
  void the_allow_list_compares_host_names_without_case_and_ignores_blanks() {
    QapiHosts hosts = QapiHosts.parse(" API.Qoo10.jp , ,sandbox.example ");
    assertThat(hosts.allows(URI.create("https://api.qoo10.jp" + PATH))).isTrue();
    assertThat(hosts.allows(URI.create("http://SANDBOX.example:8080" + PATH))).isTrue();
    assertThat(hosts.allows(URI.create("http://127.0.0.1" + PATH))).isFalse();
    assertThat(QapiHosts.parse("").allows(URI.create("http://127.0.0.1" + PATH))).isTrue();
  }

  @Test
  void the_hubs_qapi_clients_give_up_connecting_after_five_seconds() {
    assertThat(QapiClients.CONNECT_TIMEOUT).isEqualTo(java.time.Duration.ofSeconds(5));
  }

  private io.qconnect.hub.HubConfig.Builder HubConfig() {
    io.qconnect.hub.HubConfig c = f.config("node-b");
    return io.qconnect.hub.HubConfig.builder(c.apiToken())
        .defaultQapiUrl(c.defaultQapiUrl())
        .clientCustomizer(c.clientCustomizer())
        .nodeName("node-b");
  }
}
