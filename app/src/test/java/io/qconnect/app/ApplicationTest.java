package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationTest {
  @TempDir Path dir;

  @Test
  void serves_health_on_a_free_port() throws Exception {
    try (Application app =
        Application.start(AppConfig.defaults(RunMode.ALL, 0, dir.resolve("data")))) {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(app.url() + "/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(app.port()).isPositive();
      assertThat(dir.resolve("data")).isDirectory();
    }
  }
}
