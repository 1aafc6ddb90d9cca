package io.qconnect.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** How the process's configured host becomes addresses to bind to and URLs to reach it by. */
final class Addresses {
  private Addresses() {}

  /** The address {@code --host} names (an IPv6 literal may be in brackets). */
  static InetAddress bindAddress(String host) {
    try {
      return InetAddress.getByName(
          host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve --host " + host, e);
    }
  }

  /** The host to reach a listener bound to {@code bind} by: a wildcard as 127.0.0.1. */
  static String reachableHost(InetAddress bind) {
    if (bind.isAnyLocalAddress()) {
      return "127.0.0.1";
    }
    String a = bind.getHostAddress();
    return a.contains(":") ? "[" + a + "]" : a;
  }

  /** How to reach a server bound to {@code host}: a wildcard or 127.0.0.1 as localhost. */
  static String baseUrl(String host, int port) {
    String h =
        switch (host) {
          case "0.0.0.0", "::", "[::]", "127.0.0.1" -> "localhost";
          default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
    return "http://" + h + ":" + port;
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port", e);
    }
  }
}
