package io.qconnect.marketplace.qapi;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiRequest;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@code qapi.requests} timer ({@code qapi_requests_seconds} in Prometheus): one series per
 * method and result code, with a latency histogram. Labels stay bounded: a method the marketplace
 * does not know counts as {@code unknown}; the result code is the envelope's code, {@code text} for
 * a plain-text answer, or the injected transport fault ({@code http_500}, {@code garbage}, {@code
 * dropped}).
 */
final class QapiMetrics {
  static final String NAME = "qapi.requests";

  private final MeterRegistry registry;
  private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

  QapiMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(QapiRequest req, String resultCode, long startNanos) {
    String method =
        req == null ? "unknown" : req.method().map(QapiMethod::fullName).orElse("unknown");
    timers
        .computeIfAbsent(method + ' ' + resultCode, k -> timer(method, resultCode))
        .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
  }

  private Timer timer(String method, String resultCode) {
    return Timer.builder(NAME)
        .description("QAPI calls answered, by method and result code")
        .tag("method", method)
        .tag("result_code", resultCode)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry);
  }
}
