package io.qconnect.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How the operational subcommands reach a running hub: its URL and its API token (from {@code
 * QC_API_TOKEN}, else the {@code api-token} file of the data directory; never from the command
 * line, where other users could read it).
 */
final class HubConnection {
  @Option(
      names = "--url",
      defaultValue = "${env:QC_HUB_URL:-http://localhost:8080}",
      description = "The running hub (default ${DEFAULT-VALUE}). Env QC_HUB_URL.")
  URI url;

  @Option(
      names = "--data-dir",
      defaultValue = "${env:QC_DATA_DIR:-./data}",
      description =
          "Where the hub keeps api-token when QC_API_TOKEN is not set (default ${DEFAULT-VALUE}).")
  Path dataDir;

  private HttpClient client;

  /** Sends a request to the hub; every request of a command goes over one client. */
  HttpResponse<String> send(String method, String path, String contentType, String body) {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(url.toString().replaceAll("/$", "") + path))
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build();
    if (client == null) {
      client = HttpClient.newHttpClient();
    }
    try {
      return client.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the hub at " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Prints the hub's answer; 0 when it accepted the request. */
  static Integer report(CommandSpec spec, HttpResponse<String> r) {
    PrintWriter out =
        r.statusCode() < 300 ? spec.commandLine().getOut() : spec.commandLine().getErr();
    out.println(r.body());
    out.flush();
    return r.statusCode() < 300 ? 0 : 1;
  }

  /** Encodes a path segment or query value. */
  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String token() {
    String env = System.getenv("QC_API_TOKEN");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    Path file = dataDir.resolve("api-token");
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("no QC_API_TOKEN and cannot read " + file, e);
    }
  }
}
