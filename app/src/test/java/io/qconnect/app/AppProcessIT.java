package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the shaded jar as a real process, as the README's run command does. */
class AppProcessIT {
  private static final Pattern URL = Pattern.compile("listening on (http://localhost:\\d+)");

  @TempDir Path dir;

  @Test
  void starts_logs_its_url_serves_health_and_stops_cleanly_on_sigterm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(java, "-jar", System.getProperty("qc.app.jar"), "marketplace")
            .redirectErrorStream(true);
    pb.environment().put("QC_HTTP_PORT", "0");
    pb.environment().put("QC_DATA_DIR", dir.toString());
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String url = null;
      for (String line; url == null && (line = out.readLine()) != null; ) {
        lines.add(line);
        Matcher m = URL.matcher(line);
        if (m.find()) {
          url = m.group(1);
        }
      }
      assertThat(url).as("log: %s", lines).isNotNull();
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

      p.toHandle().destroy(); // SIGTERM, keeping our end of its output open
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      for (String line; (line = out.readLine()) != null; ) {
        lines.add(line);
      }
    } finally {
      p.destroyForcibly();
    }
    assertThat(String.join("\n", lines)).contains("qoo10-connect stopped");
    assertThat(p.exitValue()).isIn(0, 143);
  }
}
