package io.qconnect.hub.mail;

import io.qconnect.hub.core.HubJdbi;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Intake addresses ({@code hub_mail_intake}) and the mail log ({@code hub_mail_event}). Stateless:
 * every method runs on the caller's handle.
 */
final class JdbcMailIntakeStore {

  /** The shop's sealed token, if it has one. */
  Optional<String> sealedToken(Handle h, String shopId) {
    return h.createQuery("SELECT token_sealed FROM hub_mail_intake WHERE shop_id = :shop")
        .bind("shop", shopId)
        .mapTo(String.class)
        .findOne();
  }

  /**
   * Gives the shop a token unless it has one.
   *
   * @return whether this one was stored
   */
  boolean insert(Handle h, String shopId, String tokenHash, String sealed, Instant at) {
    return h.createUpdate(
                """
                INSERT INTO hub_mail_intake (shop_id, token_hash, token_sealed, created_at)
                VALUES (:shop, :hash, :sealed, :at) ON CONFLICT DO NOTHING""")
            .bind("shop", shopId)
            .bind("hash", tokenHash)
            .bind("sealed", sealed)
            .bind("at", at)
            .execute()
        == 1;
  }

  Optional<String> shopByTokenHash(Handle h, String tokenHash) {
    return h.createQuery("SELECT shop_id FROM hub_mail_intake WHERE token_hash = :hash")
        .bind("hash", tokenHash)
        .mapTo(String.class)
        .findOne();
  }

  /**
   * Logs a mail. With a {@code dedupKey}, nothing is stored when the shop had that mail already.
   *
   * @return whether it was stored
   */
  boolean log(
      Handle h,
      String shopId,
      Instant at,
      MailEvent.Outcome outcome,
      String dedupKey,
      String orderNos,
      String detail) {
    return h.createUpdate(
                """
                INSERT INTO hub_mail_event (shop_id, received_at, outcome, dedup_key, order_nos, detail)
                VALUES (:shop, :at, :outcome, :key, :orders, :detail) ON CONFLICT DO NOTHING""")
            .bind("shop", shopId)
            .bind("at", at)
            .bind("outcome", outcome.name())
            .bind("key", dedupKey)
            .bind("orders", HubJdbi.clip(orderNos, 2000))
            .bind("detail", HubJdbi.clip(detail, 500))
            .execute()
        == 1;
  }

  /**
   * Deletes at most {@code limit} mails received before {@code before} (found by the index on
   * {@code received_at}).
   *
   * @return how many were deleted
   */
  int deleteReceivedBefore(Handle h, Instant before, int limit) {
    return h.createUpdate(
            """
            DELETE FROM hub_mail_event WHERE id IN
              (SELECT id FROM hub_mail_event WHERE received_at < :before LIMIT :limit)""")
        .bind("before", before)
        .bind("limit", limit)
        .execute();
  }

  Map<MailEvent.Outcome, Long> counts(Handle h, String shopId) {
    Map<MailEvent.Outcome, Long> out = new EnumMap<>(MailEvent.Outcome.class);
    for (MailEvent.Outcome o : MailEvent.Outcome.values()) {
      out.put(o, 0L);
    }
    h.createQuery(
            "SELECT outcome, COUNT(*) AS n FROM hub_mail_event WHERE shop_id = :shop GROUP BY outcome")
        .bind("shop", shopId)
        .map((rs, ctx) -> Map.entry(rs.getString("outcome"), rs.getLong("n")))
        .forEach(e -> out.put(MailEvent.Outcome.valueOf(e.getKey()), e.getValue()));
    return out;
  }

  /** The newest {@code limit} mails of the shop. */
  List<MailEvent> recent(Handle h, String shopId, int limit) {
    return h.createQuery(
            "SELECT * FROM hub_mail_event WHERE shop_id = :shop ORDER BY id DESC LIMIT :limit")
        .bind("shop", shopId)
        .bind("limit", limit)
        .map(
            (rs, ctx) ->
                new MailEvent(
                    rs.getLong("id"),
                    rs.getString("shop_id"),
                    HubJdbi.instant(rs, "received_at"),
                    MailEvent.Outcome.valueOf(rs.getString("outcome")),
                    rs.getString("order_nos"),
                    rs.getString("detail")))
        .list();
  }
}
