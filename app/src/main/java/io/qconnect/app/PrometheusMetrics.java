package io.qconnect.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The process's meters and {@code GET /metrics} in Prometheus text format: the JVM (memory, GC,
 * threads, class loading, CPU, uptime), the connection pools, and what the marketplace and the hub
 * register (QAPI calls, import runs, lines, lag, the write-back queue). With a token set, a scrape
 * needs {@code Authorization: Bearer <token>}.
 */
final class PrometheusMetrics implements AutoCloseable {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final byte[] expected;

  /**
   * @param token the bearer token a scrape must carry; blank for none
   */
  PrometheusMetrics(String token) {
    this.expected = token.isBlank() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  MeterRegistry registry() {
    return registry;
  }

  void mount(RoutesConfig routes) {
    routes.get("/metrics", this::scrape);
  }

  private void scrape(Context ctx) {
    if (expected != null && !authorized(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      ctx.status(HttpStatus.UNAUTHORIZED).contentType("text/plain; charset=utf-8");
      ctx.result("metrics need Authorization: Bearer <QC_METRICS_TOKEN>\n");
      return;
    }
    ctx.contentType(CONTENT_TYPE);
    ctx.result(registry.scrape());
  }

  /** Compares in constant time, so that the answer's timing does not leak the token. */
  private boolean authorized(String header) {
    return header != null
        && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
