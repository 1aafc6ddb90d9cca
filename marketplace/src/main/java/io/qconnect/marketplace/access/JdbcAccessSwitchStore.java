package io.qconnect.marketplace.access;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The automatic-approval switch in {@code mk_access_switch} (one row). Stateless: every method runs
 * on the caller's handle.
 */
final class JdbcAccessSwitchStore {
  /** The stored switch and the start option it was made under. */
  record Stored(AutoApproval approval, boolean startOption) {}

  Optional<Stored> find(Handle h) {
    return h.createQuery(
            "SELECT auto_approve, start_option, changed_by, changed_at FROM mk_access_switch"
                + " WHERE id = 1")
        .map(
            (rs, ctx) -> {
              Timestamp at = rs.getTimestamp("changed_at");
              return new Stored(
                  new AutoApproval(
                      rs.getBoolean("auto_approve"),
                      rs.getString("changed_by"),
                      at.toLocalDateTime()),
                  rs.getBoolean("start_option"));
            })
        .findOne();
  }

  /** Stores the switch (H2 has no portable upsert: update, else insert). */
  void save(Handle h, boolean on, boolean startOption, String by, LocalDateTime at) {
    int updated =
        h.createUpdate(
                """
                UPDATE mk_access_switch SET auto_approve = :on, start_option = :option,
                  changed_by = :by, changed_at = :at WHERE id = 1""")
            .bind("on", on)
            .bind("option", startOption)
            .bind("by", by)
            .bind("at", at)
            .execute();
    if (updated == 0) {
      h.createUpdate(
              """
              INSERT INTO mk_access_switch (id, auto_approve, start_option, changed_by, changed_at)
              VALUES (1, :on, :option, :by, :at)""")
          .bind("on", on)
          .bind("option", startOption)
          .bind("by", by)
          .bind("at", at)
          .execute();
    }
  }

  void forget(Handle h) {
    h.execute("DELETE FROM mk_access_switch");
  }
}
