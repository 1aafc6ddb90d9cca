package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.qconnect.app.console.ConsoleLogins;
import io.qconnect.hub.shop.ShopHealth;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who can reach the all-in-one, and who can read what it keeps on disk. */
class ExposureTest {
  @TempDir Path dir;

  private static AppConfig parse(String... args) {
    Main main = new Main();
    Main.commandLine(main).parseArgs(args);
    return main.config();
  }

  @Test
  void by_default_the_server_listens_on_127_0_0_1_only_and_not_on_the_machines_network_address()
      throws Exception {
    InetAddress outside = nonLoopbackAddress().orElse(null);
    assumeThat(outside).as("a non-loopback network address").isNotNull();
    AppConfig config =
        parse("all", "--http-port=0", "--data-dir=" + dir.resolve("data"), "--simulator-rate=0");
    assertThat(config.host()).isEqualTo("127.0.0.1");
    try (Application app = Application.start(config)) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), app.port()), 2000);
        assertThat(s.isConnected()).isTrue();
      }
      assertThatThrownBy(
              () -> {
                try (Socket s = new Socket()) {
                  s.connect(new InetSocketAddress(outside, app.port()), 2000);
                }
              })
          .isInstanceOf(ConnectException.class);
      assertThat(app.url()).isEqualTo("http://localhost:" + app.port());
      // on this machine only, the published demo login stays
      assertThat(app.marketplace().sellers().authenticate(Demo.SELLER, "demo-pass-7")).isTrue();
    }
  }

  @Test
  void with_host_the_demo_seller_gets_a_generated_password_kept_with_the_console_logins()
      throws Exception {
    Path data = dir.resolve("data");
    int port; // the demo shop keeps the embedded marketplace's URL: the same port on each start
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    AppConfig config =
        parse(
            "all",
            "--host=0.0.0.0",
            "--http-port=" + port,
            "--data-dir=" + data,
            "--simulator-rate=0");
    assertThat(config.loopbackOnly()).isFalse();
    String generated;
    try (Application app = Application.start(config)) {
      InetAddress outside = nonLoopbackAddress().orElse(InetAddress.getLoopbackAddress());
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(outside, app.port()), 2000);
        assertThat(s.isConnected()).isTrue();
      }
      assertThat(app.marketplace().sellers().authenticate(Demo.SELLER, "demo-pass-7")).isFalse();
      Map<String, String> kept = logins(data);
      generated = kept.get(Demo.SELLER);
      assertThat(generated).hasSizeGreaterThanOrEqualTo(12).isNotEqualTo("demo-pass-7");
      assertThat(app.marketplace().sellers().authenticate(Demo.SELLER, generated)).isTrue();
      assertThat(app.hub().shops().get(Demo.SELLER).health()).isEqualTo(ShopHealth.OK);
      assertThat(app.hub().shops().testConnection(Demo.SELLER).ok()).isTrue();
      assertThat(kept).containsKeys(ConsoleLogins.STAFF, ConsoleLogins.OPERATOR);
    }
    // a restart keeps the generated password; back on this machine only, the published one returns
    try (Application app = Application.start(config)) {
      assertThat(app.marketplace().sellers().authenticate(Demo.SELLER, generated)).isTrue();
    }
    try (Application app = Application.start(config.withHost("127.0.0.1"))) {
      assertThat(app.marketplace().sellers().authenticate(Demo.SELLER, "demo-pass-7")).isTrue();
      assertThat(app.hub().shops().testConnection(Demo.SELLER).ok()).isTrue();
    }
  }

  @Test
  void the_data_directory_and_every_file_in_it_are_owner_only() throws Exception {
    Path data = dir.resolve("data");
    AppConfig config = parse("all", "--http-port=0", "--data-dir=" + data, "--simulator-rate=0");
    try (Application app = Application.start(config)) {
      assertThat(app.port()).isPositive();
      assertOwnerOnly(data);
    }
    assertOwnerOnly(data);
    // a data directory made by someone else's umask is tightened on start
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        data.resolve("hub.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
    try (Application app = Application.start(config)) {
      assertThat(app.port()).isPositive();
      assertOwnerOnly(data);
    }
  }

  private static void assertOwnerOnly(Path data) throws IOException {
    List<String> seen = new ArrayList<>();
    try (Stream<Path> all = Files.walk(data)) {
      for (Path p : all.toList()) {
        String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        seen.add(data.relativize(p) + " " + perms);
        assertThat(perms)
            .as(p.toString())
            .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
      }
    }
    assertThat(seen)
        .anyMatch(s -> s.startsWith("hub.mv.db "))
        .anyMatch(s -> s.startsWith("marketplace.mv.db "))
        .anyMatch(s -> s.startsWith("secret.key "))
        .anyMatch(s -> s.startsWith("console-logins "));
  }

  private static Map<String, String> logins(Path data) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (var in = Files.newBufferedReader(data.resolve("console-logins"))) {
      p.load(in);
    }
    java.util.Map<String, String> out = new java.util.HashMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return out;
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!n.isUp() || n.isLoopback()) {
        continue;
      }
      for (InetAddress a : Collections.list(n.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }
}
