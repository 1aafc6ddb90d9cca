package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.app.RawHttp.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies the hub API cannot take: too large, or framed wrongly, sent over a raw socket. */
class HostileBodyTest {
  @TempDir static Path dir;
  private static Application app;

  @BeforeAll
  static void start() {
    app = Application.start(TestConfigs.all(dir, "", ""));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** Sends {@code head} (without the blank line) and {@code body} bytes, reads until close. */
  static Answer raw(String head, byte[] body) throws IOException {
    return RawHttp.send(app.port(), head + "\r\n\r\n", body);
  }

  private static String request(String extraHeaders) {
    return "POST /api/shops HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + app.apiToken()
        + "\r\nContent-Type: application/json\r\nConnection: close"
        + extraHeaders;
  }

  private static void assertJsonError(Answer a, int status) throws IOException {
    assertThat(a.status()).as(a.head() + "\n" + a.body()).isEqualTo(status);
    String body =
        a.head().toLowerCase().contains("transfer-encoding: chunked")
            ? dechunk(a.body())
            : a.body();
    assertThat(new ObjectMapper().readTree(body).path("error").asText()).isNotBlank();
    assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static String dechunk(String chunked) {
    StringBuilder out = new StringBuilder();
    String rest = chunked;
    while (true) {
      int eol = rest.indexOf("\r\n");
      int size = Integer.parseInt(rest.substring(0, eol).trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(rest, eol + 2, eol + 2 + size);
      rest = rest.substring(eol + 2 + size + 2);
    }
  }

  private static byte[] bigJson(int bytes) {
    byte[] b = new byte[bytes];
    Arrays.fill(b, (byte) ' ');
    b[0] = '{';
    b[bytes - 1] = '}';
    return b;
  }

  @Test
  void a_body_over_one_megabyte_answers_413_with_a_json_error() throws Exception {
    byte[] body = bigJson(1_500_000);
    assertJsonError(raw(request("\r\nContent-Length: " + body.length), body), 413);
  }

  @Test
  void a_chunked_body_over_one_megabyte_answers_413_with_a_json_error() throws Exception {
    byte[] json = bigJson(1_500_000);
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    for (int i = 0; i < json.length; i += 65536) {
      int n = Math.min(65536, json.length - i);
      chunked.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      chunked.write(json, i, n);
      chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    assertJsonError(raw(request("\r\nTransfer-Encoding: chunked"), chunked.toByteArray()), 413);
  }

  @Test
  void a_malformed_chunked_body_answers_400_not_500() throws Exception {
    byte[] bad = "zz\r\n{\"shopId\":1}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    Answer a = raw(request("\r\nTransfer-Encoding: chunked"), bad);
    assertThat(a.status()).as(a.head() + "\n" + a.body()).isEqualTo(400);
    assertThat(a.body()).contains("\"error\"");
    byte[] badSize = "1;x\r\n{\r\n-5\r\n}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    Answer b = raw(request("\r\nTransfer-Encoding: chunked"), badSize);
    assertThat(b.status()).as(b.head() + "\n" + b.body()).isEqualTo(400);
  }

  @Test
  void the_server_stays_healthy_after_the_bad_bodies() throws Exception {
    Answer a = raw("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close", new byte[0]);
    assertThat(a.status()).isEqualTo(200);
  }
}
