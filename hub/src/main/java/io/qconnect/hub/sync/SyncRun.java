package io.qconnect.hub.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * One import run of one shop, as logged.
 *
 * @param trigger what started it
 * @param node the hub node that ran it
 * @param finishedAt null while running
 * @param fetched lines Qoo10 sent that the hub keeps: {@code created + updated + unchanged +
 *     failed}
 * @param confirmed lines confirmed on Qoo10 in this run (automatic confirmation)
 * @param failed lines that could not be stored or confirmed
 * @param error why the run failed, or what failed in it; "" when all went well
 * @param nextRunAt when the shop's next scheduled run is due, or null when none is scheduled
 */
public record SyncRun(
    long id,
    String shopId,
    Trigger trigger,
    String node,
    Instant startedAt,
    Instant finishedAt,
    Outcome outcome,
    int fetched,
    int created,
    int updated,
    int unchanged,
    int failed,
    int confirmed,
    String error,
    Instant nextRunAt) {

  /** What started a run. */
  public enum Trigger {
    SCHEDULED,
    MANUAL,
    BACKFILL,
    /** A notification mail named the lines: exactly those were fetched. */
    MAIL
  }

  /** How a run ended. */
  public enum Outcome {
    RUNNING,
    /** Everything fetched was stored (and confirmed, where asked). */
    OK,
    /** The run completed, but some lines failed; they are tried again next run. */
    PARTIAL,
    /** The run could not fetch (credentials, network, Qoo10 error): nothing was stored. */
    FAILED
  }

  public SyncRun {
    Objects.requireNonNull(shopId, "shopId");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(outcome, "outcome");
    error = error == null ? "" : error;
  }
}
