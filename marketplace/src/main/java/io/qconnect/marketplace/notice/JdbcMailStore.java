package io.qconnect.marketplace.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The mail log ({@code mk_mail}); also the embedded mail catcher's store. */
final class JdbcMailStore {

  /** A mail to log; {@code sealedKey} is the setting's sealed certification key or null. */
  record NewMail(
      String sellerId,
      Long settingId,
      Long outboxId,
      String event,
      Integer templateNo,
      String to,
      String from,
      String subject,
      String body,
      String sealedKey,
      Mail.Status status,
      String error) {}

  long insert(Handle h, NewMail m, LocalDateTime at) {
    return h.createUpdate(
            """
            INSERT INTO mk_mail (seller_id, setting_id, outbox_id, event, template_no, to_addr,
              from_addr, subject, body, cert_key, status, last_error, created_at, next_attempt_at)
            VALUES (:seller, :setting, :outbox, :event, :template, :to, :from, :subject, :body,
              :key, :status, :error, :at, :at)""")
        .bind("seller", m.sellerId())
        .bind("setting", m.settingId())
        .bind("outbox", m.outboxId())
        .bind("event", m.event())
        .bind("template", m.templateNo())
        .bind("to", m.to())
        .bind("from", m.from())
        .bind("subject", m.subject())
        .bind("body", m.body())
        .bind("key", m.sealedKey())
        .bind("status", m.status().name())
        .bind("error", m.error())
        .bind("at", at)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Pending mails due by {@code now}, oldest first. */
  List<Long> due(Handle h, LocalDateTime now, int limit) {
    return h.createQuery(
            "SELECT id FROM mk_mail WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at, id LIMIT :limit")
        .bind("now", now)
        .bind("limit", limit)
        .mapTo(Long.class)
        .list();
  }

  Optional<Mail> find(Handle h, long id) {
    return h.createQuery("SELECT * FROM mk_mail WHERE id = :id")
        .bind("id", id)
        .map(JdbcMailStore::mail)
        .findOne();
  }

  String sealedKey(Handle h, long id) {
    return h.createQuery("SELECT cert_key FROM mk_mail WHERE id = :id")
        .bind("id", id)
        .mapTo(String.class)
        .findOne()
        .orElse(null);
  }

  /** Records the outcome of one attempt of a pending mail; false when it was no longer pending. */
  boolean attempted(
      Handle h,
      long id,
      Mail.Status status,
      String error,
      LocalDateTime next,
      LocalDateTime sentAt,
      String via) {
    return h.createUpdate(
                """
                UPDATE mk_mail SET status = :status, attempts = attempts + 1, last_error = :error,
                  next_attempt_at = :next, sent_at = :sent, via = :via
                WHERE id = :id AND status = 'PENDING'""")
            .bind("status", status.name())
            .bind("error", error)
            .bind("next", next)
            .bind("sent", sentAt)
            .bind("via", via)
            .bind("id", id)
            .execute()
        == 1;
  }

  /** The newest mails first: of a seller (or everyone when null), to an address, since a time. */
  List<Mail> search(
      Handle h, String seller, String to, LocalDateTime since, boolean sentOnly, int limit) {
    StringBuilder sql = new StringBuilder("SELECT * FROM mk_mail WHERE 1 = 1");
    if (seller != null) {
      sql.append(" AND seller_id = :seller");
    }
    if (to != null) {
      sql.append(" AND LOWER(to_addr) = LOWER(:to)");
    }
    if (since != null) {
      sql.append(" AND created_at >= :since");
    }
    if (sentOnly) {
      sql.append(" AND status = 'SENT'");
    }
    sql.append(" ORDER BY id DESC LIMIT :limit");
    var q = h.createQuery(sql.toString()).bind("limit", limit);
    if (seller != null) {
      q.bind("seller", seller);
    }
    if (to != null) {
      q.bind("to", to);
    }
    if (since != null) {
      q.bind("since", since);
    }
    return q.map(JdbcMailStore::mail).list();
  }

  /** How many mails {@link #search} finds for a seller and recipient (null for any). */
  int count(Handle h, String seller, String to) {
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM mk_mail WHERE 1 = 1");
    if (seller != null) {
      sql.append(" AND seller_id = :seller");
    }
    if (to != null) {
      sql.append(" AND LOWER(to_addr) = LOWER(:to)");
    }
    var q = h.createQuery(sql.toString());
    if (seller != null) {
      q.bind("seller", seller);
    }
    if (to != null) {
      q.bind("to", to);
    }
    return q.mapTo(Integer.class).one();
  }

  long countByStatus(Handle h, Mail.Status s) {
    return h.createQuery("SELECT COUNT(*) FROM mk_mail WHERE status = :s")
        .bind("s", s.name())
        .mapTo(Long.class)
        .one();
  }

  private static Mail mail(ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws SQLException {
    long setting = rs.getLong("setting_id");
    Long settingId = rs.wasNull() ? null : setting;
    long outbox = rs.getLong("outbox_id");
    Long outboxId = rs.wasNull() ? null : outbox;
    int template = rs.getInt("template_no");
    Integer templateNo = rs.wasNull() ? null : template;
    return new Mail(
        rs.getLong("id"),
        rs.getString("seller_id"),
        settingId,
        outboxId,
        rs.getString("event"),
        templateNo,
        rs.getString("to_addr"),
        rs.getString("from_addr"),
        rs.getString("subject"),
        rs.getString("body"),
        Mail.Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        JdbcNoticeStore.ts(rs, "created_at"),
        JdbcNoticeStore.ts(rs, "next_attempt_at"),
        JdbcNoticeStore.ts(rs, "sent_at"),
        rs.getString("via"));
  }
}
