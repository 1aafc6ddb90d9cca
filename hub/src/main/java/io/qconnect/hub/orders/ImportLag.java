package io.qconnect.hub.orders;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.qconnect.protocol.wire.QapiDates;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code hub.import.lag} timer per shop: for every line the hub stores for the first time, the
 * time from its payment (or, unpaid, its order) on Qoo10 to that first storing — the figure the
 * console's lag chart shows. A backfill records the real age of the old lines it brings in.
 */
final class ImportLag {
  static final String NAME = "hub.import.lag";

  private final MeterRegistry registry;
  private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

  ImportLag(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(OrderLine line) {
    LocalDateTime paid = line.paymentDate() != null ? line.paymentDate() : line.orderDate();
    if (paid == null || line.firstSeenAt() == null) {
      return;
    }
    Duration lag = Duration.between(paid.atZone(QapiDates.JST).toInstant(), line.firstSeenAt());
    timers
        .computeIfAbsent(line.shopId(), this::timer)
        .record(lag.isNegative() ? Duration.ZERO : lag);
  }

  private Timer timer(String shopId) {
    return Timer.builder(NAME)
        .description("From payment on Qoo10 to the line's first import into the hub")
        .tag("shop", shopId)
        .serviceLevelObjectives(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(6),
            Duration.ofDays(1))
        .register(registry);
  }
}
