package io.qconnect.hub.sync;

import java.time.Duration;
import java.util.Optional;

/** What the scheduled jobs do; the scheduler calls these on whichever node picked the job. */
public interface JobRunner {
  /** One scheduled import of one shop. Must not throw: failures are logged as runs. */
  void importShop(String shopId);

  /** The shop's interval between imports, or empty when it no longer wants them. */
  Optional<Duration> importInterval(String shopId);

  void sendShipments();

  void checkKeys();

  /** Deletes the mail log's events older than its retention. Must not throw. */
  void pruneMail();

  /**
   * Runs a queued backfill. Must not throw.
   *
   * @return false when the shop was being synced: the job comes back shortly
   */
  boolean runBackfill(long id);

  /** For a scheduler that only schedules (no node runs jobs with it). */
  JobRunner NOT_STARTED =
      new JobRunner() {
        @Override
        public void importShop(String shopId) {
          throw new IllegalStateException("the hub's scheduler is not started");
        }

        @Override
        public Optional<Duration> importInterval(String shopId) {
          return Optional.empty();
        }

        @Override
        public void sendShipments() {
          throw new IllegalStateException("the hub's scheduler is not started");
        }

        @Override
        public void checkKeys() {
          throw new IllegalStateException("the hub's scheduler is not started");
        }

        @Override
        public void pruneMail() {
          throw new IllegalStateException("the hub's scheduler is not started");
        }

        @Override
        public boolean runBackfill(long id) {
          throw new IllegalStateException("the hub's scheduler is not started");
        }
      };
}
