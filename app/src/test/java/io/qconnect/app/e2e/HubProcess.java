package io.qconnect.app.e2e;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shaded jar running as a hub node in its own process, so that a test can kill it. */
final class HubProcess implements AutoCloseable {
  static final String TOKEN = "kill-test-token";
  private static final Pattern URL = Pattern.compile("listening on (http://localhost:\\d+)");

  private final Process process;
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  final String url;

  HubProcess(Path dataDir, Map<String, String> env) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(java, "-jar", System.getProperty("qc.app.jar"), "hub", "--http-port=0")
            .redirectErrorStream(true);
    pb.environment().put("QC_DATA_DIR", dataDir.toString());
    pb.environment().put("QC_API_TOKEN", TOKEN);
    pb.environment().putAll(env);
    process = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String found = null;
    for (String line; found == null && (line = out.readLine()) != null; ) {
      log.add(line);
      Matcher m = URL.matcher(line);
      if (m.find()) {
        found = m.group(1);
      }
    }
    if (found == null) {
      throw new IllegalStateException("the hub process did not start:\n" + String.join("\n", log));
    }
    url = found;
    Thread drain =
        new Thread(
            () -> {
              try {
                for (String line; (line = out.readLine()) != null; ) {
                  log.add(line);
                }
              } catch (Exception e) {
                // the process is gone
              }
            });
    drain.setDaemon(true);
    drain.start();
  }

  HttpResponse<String> call(String method, String path, String json) {
    return send(request(method, path, json));
  }

  CompletableFuture<HttpResponse<String>> callAsync(String method, String path, String json) {
    return HttpClient.newHttpClient()
        .sendAsync(request(method, path, json), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String method, String path, String json) {
    return HttpRequest.newBuilder(URI.create(url + path))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .method(
            method,
            json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static HttpResponse<String> send(HttpRequest r) {
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** SIGKILL: no shutdown hook, no clean-up, like a power cut. */
  void kill() throws InterruptedException {
    process.toHandle().destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  String log() {
    synchronized (log) {
      return String.join("\n", log);
    }
  }

  @Override
  public void close() {
    process.toHandle().destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
