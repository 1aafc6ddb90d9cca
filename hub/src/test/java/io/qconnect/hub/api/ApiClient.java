package io.qconnect.hub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.qconnect.hub.HubFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The hub API on a real Javalin server (port 0), called with the JDK HTTP client. */
final class ApiClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Javalin server;
  private final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  ApiClient(HubFixture f) {
    server =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  f.hub.mount(cfg.routes);
                })
            .start("127.0.0.1", 0);
  }

  /** {@code http://127.0.0.1:port} of the server. */
  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  Answer get(String path) {
    return send("GET", path, null, HubFixture.TOKEN);
  }

  Answer post(String path, String json) {
    return send("POST", path, json, HubFixture.TOKEN);
  }

  Answer patch(String path, String json) {
    return send("PATCH", path, json, HubFixture.TOKEN);
  }

  Answer delete(String path) {
    return send("DELETE", path, null, HubFixture.TOKEN);
  }

  Answer send(String method, String path, String json, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    http.close();
    server.stop();
  }
}
