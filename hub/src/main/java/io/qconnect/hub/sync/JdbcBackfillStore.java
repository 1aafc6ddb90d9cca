package io.qconnect.hub.sync;

import io.qconnect.hub.core.HubJdbi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Backfill jobs ({@code hub_backfill}). Stateless: every method runs on the caller's handle. */
final class JdbcBackfillStore {
  private static final String SELECT =
      """
      SELECT id, shop_id, from_date, to_date, state, cancel_requested, run_id, error, created_at,
        started_at, finished_at FROM hub_backfill""";

  long insert(Handle h, String shopId, LocalDate from, LocalDate to, Instant now) {
    return h.createUpdate(
            """
            INSERT INTO hub_backfill (shop_id, from_date, to_date, state, created_at)
            VALUES (:shop, :from, :to, 'QUEUED', :now)""")
        .bind("shop", shopId)
        .bind("from", from)
        .bind("to", to)
        .bind("now", now)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  Optional<Backfill> find(Handle h, long id) {
    return h.createQuery(SELECT + " WHERE id = :id").bind("id", id).map(this::row).findOne();
  }

  /** Newest first; every shop's when {@code shopId} is null. */
  List<Backfill> list(Handle h, String shopId, int limit) {
    return h.createQuery(
            SELECT
                + (shopId == null ? "" : " WHERE shop_id = :shop")
                + " ORDER BY id DESC LIMIT :limit")
        .bind("shop", shopId)
        .bind("limit", limit)
        .map(this::row)
        .list();
  }

  /**
   * QUEUED → RUNNING (or RUNNING again, when a dead node's job is revived), unless it was cancelled
   * meanwhile; answers whether it may run.
   */
  boolean start(Handle h, long id, Instant now) {
    return h.createUpdate(
                """
                UPDATE hub_backfill SET state = 'RUNNING', started_at = :now
                WHERE id = :id AND state IN ('QUEUED', 'RUNNING') AND NOT cancel_requested""")
            .bind("id", id)
            .bind("now", now)
            .execute()
        == 1;
  }

  /** Back to QUEUED (the shop was busy; the job comes back shortly). */
  void requeue(Handle h, long id) {
    h.createUpdate("UPDATE hub_backfill SET state = 'QUEUED' WHERE id = :id AND state = 'RUNNING'")
        .bind("id", id)
        .execute();
  }

  void finish(Handle h, long id, Backfill.State state, Long runId, String error, Instant now) {
    h.createUpdate(
            """
            UPDATE hub_backfill SET state = :state, run_id = :run, error = :error,
              finished_at = :now
            WHERE id = :id""")
        .bind("id", id)
        .bind("state", state.name())
        .bindByType("run", runId, Long.class)
        .bind("error", HubJdbi.clip(error, 2000))
        .bind("now", now)
        .execute();
  }

  /**
   * Asks a backfill to stop: a queued one is cancelled at once, a running one at its next step.
   *
   * @return whether it was still unfinished
   */
  boolean requestCancel(Handle h, long id, Instant now) {
    int n =
        h.createUpdate(
                """
                UPDATE hub_backfill SET cancel_requested = TRUE
                WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""")
            .bind("id", id)
            .execute();
    h.createUpdate(
            """
            UPDATE hub_backfill SET state = 'CANCELLED', error = :error, finished_at = :now
            WHERE id = :id AND state = 'QUEUED'""")
        .bind("id", id)
        .bind("error", SyncService.CANCELLED)
        .bind("now", now)
        .execute();
    return n == 1;
  }

  boolean cancelRequested(Handle h, long id) {
    return h.createQuery("SELECT cancel_requested FROM hub_backfill WHERE id = :id")
        .bind("id", id)
        .mapTo(Boolean.class)
        .findOne()
        .orElse(true); // gone with its shop: stop
  }

  private Backfill row(ResultSet rs, StatementContext ctx) throws SQLException {
    Object run = rs.getObject("run_id");
    return new Backfill(
        rs.getLong("id"),
        rs.getString("shop_id"),
        HubJdbi.date(rs, "from_date"),
        HubJdbi.date(rs, "to_date"),
        Backfill.State.valueOf(rs.getString("state")),
        rs.getBoolean("cancel_requested"),
        run == null ? null : ((Number) run).longValue(),
        rs.getString("error"),
        HubJdbi.instant(rs, "created_at"),
        HubJdbi.instant(rs, "started_at"),
        HubJdbi.instant(rs, "finished_at"));
  }
}
