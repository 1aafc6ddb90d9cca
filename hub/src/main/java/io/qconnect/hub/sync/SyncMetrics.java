package io.qconnect.hub.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Import runs as meters: {@code hub.import.runs} by shop and outcome ({@code ok}, {@code partial},
 * {@code failed}, or {@code busy} when another run held the shop), {@code hub.import.lines} by shop
 * and kind ({@code new}, {@code updated}, {@code unchanged}, {@code failed}) and the {@code
 * hub.import.duration} of runs by shop.
 */
final class SyncMetrics {
  private final MeterRegistry registry;

  SyncMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void busy(String shopId) {
    runs(shopId, "busy").increment();
  }

  void ran(SyncRun run, Duration took) {
    String shop = run.shopId();
    runs(shop, run.outcome().name().toLowerCase(Locale.ROOT)).increment();
    lines(shop, "new").increment(run.created());
    lines(shop, "updated").increment(run.updated());
    lines(shop, "unchanged").increment(run.unchanged());
    lines(shop, "failed").increment(run.failed());
    Timer.builder("hub.import.duration")
        .description("How long import runs take (fetch, store, confirm)")
        .tag("shop", shop)
        .register(registry)
        .record(took);
  }

  private Counter runs(String shop, String outcome) {
    return Counter.builder("hub.import.runs")
        .description("Import runs by shop and outcome")
        .tag("shop", shop)
        .tag("outcome", outcome)
        .register(registry);
  }

  private Counter lines(String shop, String kind) {
    return Counter.builder("hub.import.lines")
        .description("Lines imported by shop and what storing them did")
        .tag("shop", shop)
        .tag("kind", kind)
        .register(registry);
  }
}
