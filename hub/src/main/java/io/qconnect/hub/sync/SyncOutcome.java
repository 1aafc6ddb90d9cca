package io.qconnect.hub.sync;

/** What asking for a run got. */
public sealed interface SyncOutcome {
  /** The run happened (whatever its outcome); here is its log entry. */
  record Ran(SyncRun run) implements SyncOutcome {}

  /** Another run of this shop is in progress (on this node or another); nothing was done. */
  record Busy(String shopId) implements SyncOutcome {}
}
