package io.qconnect.hub.sync;

import io.qconnect.hub.core.HubJdbi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The sync run log ({@code hub_sync_run}). Stateless: every method runs on the caller's handle, and
 * {@link SyncService} decides the transaction.
 */
final class JdbcSyncRunStore {

  long start(Handle h, String shopId, SyncRun.Trigger trigger, String node, Instant at) {
    return h.createUpdate(
            """
            INSERT INTO hub_sync_run (shop_id, trigger_kind, node, started_at, outcome)
            VALUES (:shop, :trigger, :node, :at, 'RUNNING')""")
        .bind("shop", shopId)
        .bind("trigger", trigger.name())
        .bind("node", node)
        .bind("at", at)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /**
   * Closes the runs of a shop left RUNNING by a node that stopped in the middle (killed, crashed):
   * called by whoever holds the shop's lock, so none of them can still be running.
   *
   * @return how many were closed
   */
  int abandon(Handle h, String shopId, Instant at) {
    return h.createUpdate(
            """
            UPDATE hub_sync_run SET finished_at = :at, outcome = 'FAILED',
              error = 'interrupted: the hub node running it stopped before it ended'
            WHERE shop_id = :shop AND outcome = 'RUNNING'""")
        .bind("at", at)
        .bind("shop", shopId)
        .execute();
  }

  /**
   * Closes one run still RUNNING as FAILED with {@code error} (the hub's shutdown).
   *
   * @return 1 when it was running, else 0
   */
  int interrupt(Handle h, long id, Instant at, String error) {
    return h.createUpdate(
            """
            UPDATE hub_sync_run SET finished_at = :at, outcome = 'FAILED', error = :error
            WHERE id = :id AND outcome = 'RUNNING'""")
        .bind("at", at)
        .bind("error", error)
        .bind("id", id)
        .execute();
  }

  /** Writes a run's end: its outcome, counts, error and next run. */
  void finish(Handle h, long id, SyncRun done) {
    h.createUpdate(
            """
            UPDATE hub_sync_run SET finished_at = :finished, outcome = :outcome,
              fetched = :fetched, created = :created, updated = :updated,
              unchanged = :unchanged, failed = :failed, confirmed = :confirmed,
              error = :error, next_run_at = :next
            WHERE id = :id""")
        .bind("finished", done.finishedAt())
        .bind("outcome", done.outcome().name())
        .bind("fetched", done.fetched())
        .bind("created", done.created())
        .bind("updated", done.updated())
        .bind("unchanged", done.unchanged())
        .bind("failed", done.failed())
        .bind("confirmed", done.confirmed())
        .bind("error", HubJdbi.clip(done.error(), 2000))
        .bindByType("next", done.nextRunAt(), Instant.class)
        .bind("id", id)
        .execute();
  }

  Optional<SyncRun> find(Handle h, long id) {
    return h.createQuery("SELECT * FROM hub_sync_run WHERE id = :id")
        .bind("id", id)
        .map(JdbcSyncRunStore::run)
        .findOne();
  }

  /** Newest first; all shops when {@code shopId} is null. */
  List<SyncRun> list(Handle h, String shopId, int limit) {
    String where = shopId == null ? "" : " WHERE shop_id = :shop";
    var q =
        h.createQuery("SELECT * FROM hub_sync_run" + where + " ORDER BY id DESC LIMIT :limit")
            .bind("limit", limit);
    if (shopId != null) {
      q.bind("shop", shopId);
    }
    return q.map(JdbcSyncRunStore::run).list();
  }

  /** When the scheduler will next run the shop's import, if it is waiting (not running). */
  Optional<Instant> nextScheduledImport(Handle h, String shopId) {
    return h.createQuery(
            """
            SELECT execution_time FROM scheduled_tasks
            WHERE task_name = :task AND task_instance = :shop AND picked = FALSE""")
        .bind("task", Jobs.IMPORT_TASK)
        .bind("shop", shopId)
        .map((rs, ctx) -> HubJdbi.instant(rs, "execution_time"))
        .findOne();
  }

  private static SyncRun run(ResultSet rs, StatementContext ctx) throws SQLException {
    return new SyncRun(
        rs.getLong("id"),
        rs.getString("shop_id"),
        SyncRun.Trigger.valueOf(rs.getString("trigger_kind")),
        rs.getString("node"),
        HubJdbi.instant(rs, "started_at"),
        HubJdbi.instant(rs, "finished_at"),
        SyncRun.Outcome.valueOf(rs.getString("outcome")),
        rs.getInt("fetched"),
        rs.getInt("created"),
        rs.getInt("updated"),
        rs.getInt("unchanged"),
        rs.getInt("failed"),
        rs.getInt("confirmed"),
        rs.getString("error"),
        HubJdbi.instant(rs, "next_run_at"));
  }
}
