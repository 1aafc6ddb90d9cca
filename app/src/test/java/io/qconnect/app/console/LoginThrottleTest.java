package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.qconnect.hub.Hub;
import io.qconnect.hub.HubConfig;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.testing.TestDatabases;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Login throttling over real HTTP: a console (hub part only, so the operator login) on a free port
 * whose clock the test moves, called from two loopback addresses (127.0.0.1 and 127.0.0.2).
 */
class LoginThrottleTest {
  private static final String PASSWORD = "operator-pass-9375";

  @TempDir Path dir;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-05-11T01:00:00Z"));
  private HikariDataSource ds;
  private Hub hub;
  private Javalin http;

  @BeforeEach
  void start() {
    ds = TestDatabases.h2();
    hub =
        Hub.create(
            HubConfig.builder("api-token-1").build(), ds, Clock.systemUTC(), SecretBox.random());
    Console console =
        Console.create(
            null, hub, ConsoleLogins.resolve(Map.of(ConsoleLogins.OPERATOR, PASSWORD), dir), clock);
    http =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  console.mount(cfg.routes, List.of());
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    http.stop();
    hub.close();
    ds.close();
  }

  @Test
  void the_right_password_from_another_address_works_after_twenty_failures_from_one()
      throws Exception {
    Client attacker = new Client("127.0.0.1");
    for (int i = 0; i < 20; i++) {
      attacker.login("operator", "wrong-" + i);
      clock.advance(Duration.ofSeconds(1));
    }
    Client staff = new Client("127.0.0.2");
    assertThat(location(staff.login("operator", PASSWORD))).endsWith("/hub");
  }

  @Test
  void the_failing_address_waits_one_two_then_four_seconds_and_is_let_in_after_the_wait()
      throws Exception {
    Client c = new Client("127.0.0.1");
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThat(location(c.login("operator", "wrong-" + i))).endsWith("/login");
    }
    for (long wait : new long[] {1, 2, 4}) {
      clock.advance(Duration.ofMillis(wait * 1000 - 100));
      assertThat(location(c.login("operator", PASSWORD)))
          .as("refused %d ms into a %d s wait", wait * 1000 - 100, wait)
          .endsWith("/login");
      assertThat(c.get("/login").body()).contains("一時的にログインできません");
      clock.advance(Duration.ofMillis(100));
      assertThat(location(c.login("operator", "wrong-again"))).endsWith("/login");
      assertThat(c.get("/login").body())
          .contains("ログインIDまたはパスワードが正しくありません")
          .doesNotContain("一時的にログインできません");
    }
    c.login("operator", PASSWORD);
    assertThat(c.get("/login").body()).contains("8秒後");
    clock.advance(Duration.ofSeconds(8));
    assertThat(location(c.login("operator", PASSWORD))).endsWith("/hub");
  }

  @Test
  void the_wait_grows_to_at_most_fifteen_minutes() throws Exception {
    Client c = new Client("127.0.0.1");
    for (int i = 0; i < LoginThrottle.FREE_FAILURES + 11; i++) {
      assertThat(location(c.login("operator", "wrong-" + i))).endsWith("/login");
      clock.advance(Duration.ofMinutes(15));
    }
    assertThat(location(c.login("operator", "wrong-last"))).endsWith("/login");
    clock.advance(Duration.ofMinutes(10));
    assertThat(location(c.login("operator", PASSWORD))).endsWith("/login");
    assertThat(c.get("/login").body()).contains("約5分後");
    clock.advance(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(location(c.login("operator", PASSWORD))).endsWith("/login");
    clock.advance(Duration.ofSeconds(1));
    assertThat(location(c.login("operator", PASSWORD))).endsWith("/hub");
  }

  @Test
  void one_address_trying_many_logins_is_slowed_down_across_logins() throws Exception {
    Client c = new Client("127.0.0.1");
    for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
      c.login("nobody-" + i, "wrong");
    }
    c.login("operator", PASSWORD);
    assertThat(c.get("/login").body()).contains("一時的にログインできません");
    assertThat(location(new Client("127.0.0.2").login("operator", PASSWORD))).endsWith("/hub");
  }

  @Test
  void an_ipv6_address_counts_as_its_64_network_and_a_mapped_ipv4_one_as_the_ipv4_address() {
    assertThat(LoginThrottle.addressKey("2001:db8:1:2::1"))
        .isEqualTo(LoginThrottle.addressKey("[2001:db8:1:2:aaaa:bbbb:cccc:dddd]"))
        .isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:3::1"));
    assertThat(LoginThrottle.addressKey("::ffff:192.0.2.7"))
        .isEqualTo(LoginThrottle.addressKey("192.0.2.7"));
    assertThat(LoginThrottle.addressKey("192.0.2.7"))
        .isNotEqualTo(LoginThrottle.addressKey("192.0.2.8"));
  }

  private static String location(HttpResponse<String> r) {
    assertThat(r.statusCode()).isEqualTo(303);
    return r.headers().firstValue("Location").orElseThrow();
  }

  /** A browser-like client with its own cookies, connecting from the given loopback address. */
  private final class Client {
    final HttpClient client;

    Client(String from) throws Exception {
      client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .localAddress(InetAddress.getByName(from))
              .build();
    }

    HttpResponse<String> get(String path) throws Exception {
      return client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String login, String password) throws Exception {
      Matcher m =
          Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
      assertThat(m.find()).isTrue();
      return client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "_csrf="
                          + m.group(1)
                          + "&login="
                          + URLEncoder.encode(login, StandardCharsets.UTF_8)
                          + "&password="
                          + URLEncoder.encode(password, StandardCharsets.UTF_8)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
