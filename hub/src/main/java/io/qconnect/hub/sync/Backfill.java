package io.qconnect.hub.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A backfill job: a date range imported in the background.
 *
 * @param cancelRequested an operator asked to cancel; a running backfill stops at its next step
 * @param runId its import run in the run log, once it ran (null before)
 * @param error why it failed or was cancelled; "" otherwise
 */
public record Backfill(
    long id,
    String shopId,
    LocalDate from,
    LocalDate to,
    State state,
    boolean cancelRequested,
    Long runId,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /** Where a backfill stands. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    /** Whether the backfill is over. */
    public boolean finished() {
      return this == DONE || this == FAILED || this == CANCELLED;
    }
  }

  public Backfill {
    Objects.requireNonNull(shopId, "shopId");
    Objects.requireNonNull(state, "state");
    error = error == null ? "" : error;
  }
}
