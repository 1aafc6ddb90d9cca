package io.qconnect.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.qconnect.protocol.order.Sending;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.wire.QapiTransportException;
import io.qconnect.protocol.wire.QapiTransportException.Reason;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class QapiClientResilienceTest {
  private static final ShippingQuery NEW_ORDERS =
      ShippingQuery.byOrderDate(
          ShippingStatus.ON_REQUEST,
          LocalDateTime.of(2026, 1, 10, 0, 0),
          LocalDateTime.of(2026, 1, 16, 23, 59, 59));

  private ClientHarness h;

  @BeforeEach
  void start() throws Exception {
    h = new ClientHarness();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void an_http_500_is_a_transport_failure_retried_for_reads() {
    assertThatThrownBy(() -> h.seller("SAK-500").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOfSatisfying(
            QapiTransportException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS));
    assertThat(h.server.received()).hasSize(3);
  }

  @Test
  void a_garbage_body_is_a_malformed_answer() {
    assertThatThrownBy(() -> h.seller("SAK-GARBAGE").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOfSatisfying(
            QapiTransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
  }

  @Test
  void a_server_that_never_answers_times_out_after_every_attempt() {
    h.server.hangNext(3);
    assertThatThrownBy(() -> h.seller("SAK-ORDERS").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOfSatisfying(
            QapiTransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
    assertThat(h.server.received()).hasSize(3);
  }

  @Test
  void a_read_that_times_out_once_succeeds_on_retry() {
    h.server.hangNext(1);
    assertThat(h.seller("SAK-ORDERS").getShippingInfoV3(NEW_ORDERS).orElseThrow()).hasSize(2);
    assertThat(h.server.received()).hasSize(2);
  }

  @Test
  void a_read_whose_connection_is_dropped_succeeds_on_retry() {
    h.server.dropNext(1);
    assertThat(h.seller("SAK-ORDERS").getShippingInfoV3(NEW_ORDERS).orElseThrow()).hasSize(2);
  }

  @Test
  void a_write_is_never_repeated_after_the_request_may_have_arrived() {
    h.server.hangNext(1);
    Sending s = new Sending("1023456789", "ヤマト宅急便", "4912-3456-7890");
    assertThatThrownBy(() -> h.seller("SAK-ORDERS").setSendingInfo(s))
        .isInstanceOfSatisfying(
            QapiTransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
    assertThat(h.server.received()).hasSize(1);
  }

  @Test
  void a_write_is_retried_when_the_connection_could_not_be_opened() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    java.util.List<Duration> waits = new java.util.ArrayList<>();
    try (QapiClient c =
        QapiClient.builder()
            .baseUrl(
                "http://127.0.0.1:" + closedPort + "/GMKT.INC.Front.QAPIService/ebayjapan.qapi")
            .requestsPerSecond(1000)
            .sleeper(waits::add)
            .build()) {
      Sending s = new Sending("1023456789", "ヤマト宅急便", "4912-3456-7890");
      assertThatThrownBy(() -> c.seller(new CertificationKey("SAK-ORDERS")).setSendingInfo(s))
          .isInstanceOfSatisfying(
              QapiTransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONNECT));
    }
    assertThat(waits.stream().filter(w -> w.toMillis() >= 10)).hasSize(2);
  }

  @Test
  void backoff_grows_exponentially_with_jitter_and_stays_bounded() {
    RetryPolicy p = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(1000));
    SplittableRandom r = new SplittableRandom(1);
    long[] max = {100, 200, 400, 800, 1000, 1000};
    for (int attempt = 1; attempt <= 6; attempt++) {
      long ms = p.delayAfter(attempt, r).toMillis();
      assertThat(ms).isBetween(max[attempt - 1] / 2, max[attempt - 1]);
    }
    assertThat(h.waits).isEmpty();
  }

  @Test
  void retries_wait_between_attempts() {
    assertThatThrownBy(() -> h.seller("SAK-500").getShippingInfoV3(NEW_ORDERS))
        .isInstanceOf(QapiTransportException.class);
    // the harness records throttle waits (at most 1 ms at 1000/s) in the same list
    java.util.List<Long> backoff =
        h.waits.stream().map(Duration::toMillis).filter(ms -> ms >= 10).toList();
    assertThat(backoff).hasSize(2);
    assertThat(backoff.get(0)).isBetween(250L, 500L);
    assertThat(backoff.get(1)).isBetween(500L, 1000L);
  }

  @Test
  void throttles_calls_made_with_the_same_key_but_not_other_keys() throws Exception {
    try (ClientHarness slow = new ClientHarness(RetryPolicy.none(), 4)) {
      for (int i = 0; i < 5; i++) {
        slow.seller("SAK-ORDERS").getShippingInfoV3(NEW_ORDERS);
      }
      long waited = slow.waits.stream().mapToLong(Duration::toMillis).sum();
      assertThat(slow.waits).hasSizeGreaterThanOrEqualTo(4);
      assertThat(waited).isGreaterThan(600L);
      slow.waits.clear();
      slow.seller("SAK-NULL").getShippingInfoV3(NEW_ORDERS);
      assertThat(slow.waits).isEmpty();
    }
  }

  @Test
  void never_logs_a_key_or_a_password() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    Level before = root.getLevel();
    root.setLevel(Level.TRACE);
    try {
      h.client.createCertificationKey(new ApiKey("APIKEY-DEMO-0001"), "demo-shop", "Pa$$w0rd!");
      h.seller("SAK-ORDERS").getShippingInfoV3(NEW_ORDERS);
      try {
        h.seller("SAK-EXPIRED").getShippingInfoV3(NEW_ORDERS);
      } catch (RuntimeException expected) {
        // an expired key is raised, and must not be logged with the key
      }
      try {
        h.seller("SAK-500").getShippingInfoV3(NEW_ORDERS);
      } catch (RuntimeException expected) {
        // logged as a failure
      }
    } finally {
      root.setLevel(before);
      root.detachAppender(logs);
    }
    String all =
        String.join(
            "\n",
            logs.list.stream()
                .filter(java.util.Objects::nonNull)
                .map(ILoggingEvent::getFormattedMessage)
                .toList());
    assertThat(all).contains("GetShippingInfo_v3");
    assertThat(all)
        .doesNotContain("Pa$$w0rd!")
        .doesNotContain("APIKEY-DEMO-0001")
        .doesNotContain("SAK-ORDERS")
        .doesNotContain("SAK-EXPIRED")
        .doesNotContain("SAK_g_1_Zm9v");
  }
}
