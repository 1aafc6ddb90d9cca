package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.RawHttp.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed requests to QAPI over a raw socket (docs/qapi.md §1.6): a 4xx, never a 500 or a Jetty
 * HTML page; where the request named a method, Qoo10's envelope.
 */
class QapiMalformedRequestTest {
  private static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";

  @TempDir static Path dir;
  private static Application app;

  @BeforeAll
  static void start() {
    app = Application.start(TestConfigs.of(RunMode.MARKETPLACE, dir, true, "", ""));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** Sends {@code head} as given (with its line ends), then {@code body}; reads until close. */
  static Answer raw(String head, byte[] body) throws IOException {
    return RawHttp.send(app.port(), head, body);
  }

  private static void assertClientError(Answer a) {
    assertThat(a.status()).as(a.head() + "\n" + a.body()).isBetween(400, 499);
    assertThat(a.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("<html", "<h2", "jetty");
  }

  private static void assertEnvelope(Answer a) {
    assertClientError(a);
    assertThat(a.head().toLowerCase(java.util.Locale.ROOT))
        .contains("content-type: application/json");
    assertThat(a.body()).startsWith("{\"ResultCode\":-10101,\"ResultMsg\":\"");
  }

  @Test
  void a_bad_chunked_body_to_a_method_answers_400_in_the_qoo10_envelope() throws Exception {
    Answer a =
        raw(
            "POST "
                + QAPI
                + "/ShippingBasic.GetShippingInfo_v3 HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
            "zz\r\nShippingStatus=2\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    assertEnvelope(a);
  }

  @Test
  void a_body_over_the_limit_to_a_method_answers_413_in_the_qoo10_envelope() throws Exception {
    byte[] body = ("ItemTitle=" + "a".repeat(1_100_000)).getBytes(StandardCharsets.US_ASCII);
    Answer a =
        raw(
            "POST "
                + QAPI
                + "/ItemsBasic.SetNewGoods HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n",
            body);
    assertEnvelope(a);
    assertThat(a.status()).isEqualTo(413);
  }

  @Test
  void a_query_too_long_for_the_request_line_answers_a_plain_4xx() throws Exception {
    Answer a =
        raw(
            "GET "
                + QAPI
                + "/ShippingBasic.GetShippingInfo_v3?x="
                + "a".repeat(70_000)
                + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            new byte[0]);
    assertClientError(a);
  }

  @Test
  void headers_too_large_answer_a_plain_4xx() throws Exception {
    Answer a =
        raw(
            "GET "
                + QAPI
                + "/ShippingBasic.GetShippingInfo_v3 HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "b".repeat(70_000)
                + "\r\nConnection: close\r\n\r\n",
            new byte[0]);
    assertClientError(a);
  }

  @Test
  void a_bad_request_line_answers_400_and_no_html() throws Exception {
    assertClientError(raw("THIS IS NOT HTTP\r\n\r\n", new byte[0]));
    assertClientError(raw("GET /\u0001bad HTTP/1.1\r\nHost: x\r\n\r\n", new byte[0]));
    assertClientError(raw("GET " + QAPI + "/A.B HTTP/9.9\r\nHost: x\r\n\r\n", new byte[0]));
  }

  @Test
  void head_on_a_method_is_a_4xx_without_a_body() throws Exception {
    Answer a =
        raw(
            "HEAD "
                + QAPI
                + "/ShippingBasic.GetShippingInfo_v3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            new byte[0]);
    assertClientError(a);
    assertThat(a.body()).isEmpty();
  }

  @Test
  void another_http_method_on_a_method_answers_405_in_the_qoo10_envelope() throws Exception {
    Answer a =
        raw(
            "PUT "
                + QAPI
                + "/ShippingBasic.GetShippingInfo_v3 HTTP/1.1\r\nHost: x\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n",
            new byte[0]);
    assertEnvelope(a);
    assertThat(a.status()).isEqualTo(405);
  }
}
