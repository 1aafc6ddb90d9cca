package io.qconnect.hub.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * How the hub's jobs run (on db-scheduler).
 *
 * @param pollingInterval how often a node looks for due jobs
 * @param threads jobs one node runs at once
 * @param heartbeatInterval how often a running job proves its node alive (a node silent for six
 *     intervals is presumed dead and its jobs are run elsewhere)
 * @param shipmentInterval how often queued tracking numbers are sent
 * @param keyCheckInterval how often certification keys are checked for expiry
 * @param shutdownMaxWait how long {@code stop()} waits for running jobs
 */
public record SchedulerSettings(
    Duration pollingInterval,
    int threads,
    Duration heartbeatInterval,
    Duration shipmentInterval,
    Duration keyCheckInterval,
    Duration shutdownMaxWait) {

  public SchedulerSettings {
    Objects.requireNonNull(pollingInterval, "pollingInterval");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    Objects.requireNonNull(shipmentInterval, "shipmentInterval");
    Objects.requireNonNull(keyCheckInterval, "keyCheckInterval");
    Objects.requireNonNull(shutdownMaxWait, "shutdownMaxWait");
    if (threads < 1 || threads > 200) {
      throw new IllegalArgumentException("threads must be 1–200, not " + threads);
    }
  }

  /** Polling every 10 s, 4 threads, tracking every minute, keys every hour. */
  public static SchedulerSettings defaults() {
    return new SchedulerSettings(
        Duration.ofSeconds(10),
        4,
        Duration.ofMinutes(1),
        Duration.ofMinutes(1),
        Duration.ofHours(1),
        Duration.ofSeconds(30));
  }

  public SchedulerSettings withPollingInterval(Duration d) {
    return new SchedulerSettings(
        d, threads, heartbeatInterval, shipmentInterval, keyCheckInterval, shutdownMaxWait);
  }
}
