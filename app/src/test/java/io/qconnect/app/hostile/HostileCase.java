package io.qconnect.app.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated bad request, as data: which surface it attacks, which target (method, route or
 * form) it belongs to (the unit of a batch), a readable name, and the HTTP request itself.
 *
 * @param surface {@code qapi}, {@code api}, {@code sandbox} or {@code console}
 * @param target the QAPI method, route or form; cases of one target form a batch
 * @param name what was done to the request
 * @param method the HTTP method
 * @param path path and query, already encoded (it may hold deliberately broken escapes)
 * @param headers header name/value pairs
 * @param body the body bytes, or null for none
 * @param as the console client that sends it (seller, staff, operator, fresh), null elsewhere
 * @param cleanup a request undoing an accepted call's side effect that would disturb later cases
 *     ({@code "DELETE /sandbox/faults"}), or null
 */
record HostileCase(
    String surface,
    String target,
    String name,
    String method,
    String path,
    List<String[]> headers,
    byte[] body,
    String as,
    String cleanup) {

  @Override
  public String toString() {
    return surface + " " + target + " [" + name + "] " + method + " " + shortPath();
  }

  String shortPath() {
    return path.length() > 160 ? path.substring(0, 160) + "…(" + path.length() + ")" : path;
  }

  static Builder of(String surface, String target, String name) {
    return new Builder(surface, target, name);
  }

  /** Assembles a case. */
  static final class Builder {
    private final String surface;
    private final String target;
    private final String name;
    private String method = "GET";
    private String path = "/";
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body;
    private String as;
    private String cleanup;

    Builder(String surface, String target, String name) {
      this.surface = surface;
      this.target = target;
      this.name = name;
    }

    Builder request(String method, String path) {
      this.method = method;
      this.path = path;
      return this;
    }

    Builder header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    Builder body(String text) {
      this.body = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    Builder bytes(byte[] bytes) {
      this.body = bytes;
      return this;
    }

    Builder as(String client) {
      this.as = client;
      return this;
    }

    Builder cleanup(String request) {
      this.cleanup = request;
      return this;
    }

    HostileCase build() {
      return new HostileCase(
          surface, target, name, method, path, List.copyOf(headers), body, as, cleanup);
    }
  }
}
