package io.qconnect.hub.sync;

import io.qconnect.hub.core.HubJdbi;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

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

  /** The newest 500 alerts; every shop's when {@code shopId} is null. */
  List<Alert> list(Handle h, String shopId) {
    String where = shopId == null ? "" : " WHERE shop_id = :shop";
    var q = h.createQuery("SELECT * FROM hub_alert" + where + " ORDER BY id DESC LIMIT 500");
    if (shopId != null) {
      q.bind("shop", shopId);
    }
    return q.map(
            (rs, ctx) ->
                new Alert(
                    rs.getLong("id"),
                    rs.getString("shop_id"),
                    Alert.Kind.valueOf(rs.getString("kind")),
                    rs.getString("message"),
                    HubJdbi.instant(rs, "created_at")))
        .list();
  }
}
