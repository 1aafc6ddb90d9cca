package io.qconnect.hub.sync;

import io.qconnect.hub.core.HubJdbi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Stored alerts ({@code hub_alert}). Stateless: every method runs on the caller's handle, and
 * {@link Alerts} decides the transaction.
 */
final class JdbcAlertStore {

  /**
   * Inserts an alert unless one with the same de-duplication key exists.
   *
   * @return whether it was inserted
   */
  boolean insert(Handle h, String shopId, Alert.Kind kind, String message, String key, Instant at) {
    return h.createUpdate(
                """
                INSERT INTO hub_alert (shop_id, kind, message, dedupe_key, created_at)
                VALUES (:shop, :kind, :message, :key, :at) ON CONFLICT DO NOTHING""")
            .bind("shop", shopId)
            .bind("kind", kind.name())
            .bind("message", HubJdbi.clip(message, 2000))
            .bind("key", key)
            .bind("at", at)
            .execute()
        == 1;
  }

  /**
   * A page of alerts, newest first; every shop's when {@code shopId} is null, only the open ones
   * (neither acknowledged nor resolved) when {@code openOnly}.
   */
  List<Alert> list(Handle h, String shopId, boolean openOnly, int limit, int offset) {
    var q =
        h.createQuery(
            "SELECT * FROM hub_alert"
                + where(shopId, openOnly)
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
    if (shopId != null) {
      q.bind("shop", shopId);
    }
    return q.bind("limit", limit).bind("offset", offset).map(JdbcAlertStore::alert).list();
  }

  int count(Handle h, String shopId, boolean openOnly) {
    var q = h.createQuery("SELECT COUNT(*) FROM hub_alert" + where(shopId, openOnly));
    if (shopId != null) {
      q.bind("shop", shopId);
    }
    return q.mapTo(Integer.class).one();
  }

  private static String where(String shopId, boolean openOnly) {
    List<String> w = new ArrayList<>();
    if (shopId != null) {
      w.add("shop_id = :shop");
    }
    if (openOnly) {
      w.add("acknowledged_at IS NULL AND resolved_at IS NULL");
    }
    return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
  }

  Optional<Alert> find(Handle h, long id) {
    return h.createQuery("SELECT * FROM hub_alert WHERE id = :id")
        .bind("id", id)
        .map(JdbcAlertStore::alert)
        .findOne();
  }

  /**
   * Marks an alert as seen by {@code by}, once (a second acknowledgement keeps the first).
   *
   * @return whether it was acknowledged now
   */
  boolean acknowledge(Handle h, long id, String by, Instant at) {
    return h.createUpdate(
                """
                UPDATE hub_alert SET acknowledged_at = :at, acknowledged_by = :by
                WHERE id = :id AND acknowledged_at IS NULL""")
            .bind("id", id)
            .bind("by", HubJdbi.clip(by, 100))
            .bind("at", at)
            .execute()
        == 1;
  }

  /**
   * Resolves the shop's unresolved alerts of these kinds.
   *
   * @return how many
   */
  int resolve(Handle h, String shopId, Collection<Alert.Kind> kinds, Instant at) {
    return h.createUpdate(
            """
            UPDATE hub_alert SET resolved_at = :at
            WHERE shop_id = :shop AND kind IN (<kinds>) AND resolved_at IS NULL""")
        .bind("shop", shopId)
        .bindList("kinds", kinds.stream().map(Alert.Kind::name).toList())
        .bind("at", at)
        .execute();
  }

  private static Alert alert(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Alert(
        rs.getLong("id"),
        rs.getString("shop_id"),
        Alert.Kind.valueOf(rs.getString("kind")),
        rs.getString("message"),
        HubJdbi.instant(rs, "created_at"),
        HubJdbi.instant(rs, "acknowledged_at"),
        rs.getString("acknowledged_by"),
        HubJdbi.instant(rs, "resolved_at"));
  }
}
