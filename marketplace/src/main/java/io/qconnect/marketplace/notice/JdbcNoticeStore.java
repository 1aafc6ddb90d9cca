package io.qconnect.marketplace.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The notification settings ({@code mk_notice_setting}). There is no delete. */
final class JdbcNoticeStore {

  /** A stored row, its certification key still sealed. */
  record Row(
      long id,
      String sellerId,
      int templateNo,
      String destination,
      boolean use,
      boolean standby,
      String sealedKey,
      String subject,
      String sender,
      String detail,
      String registrant,
      LocalDateTime registeredAt,
      LocalDateTime modifiedAt,
      String failure,
      LocalDateTime failedAt) {}

  long insert(Handle h, String seller, Row r) {
    return h.createUpdate(
            """
            INSERT INTO mk_notice_setting (seller_id, template_no, destination, use_flag, standby,
              cert_key, subject, sender, detail, registrant, registered_at)
            VALUES (:seller, :template, :dest, :use, :standby, :key, :subject, :sender, :detail,
              :registrant, :at)""")
        .bind("seller", seller)
        .bind("template", r.templateNo())
        .bind("dest", r.destination())
        .bind("use", r.use())
        .bind("standby", r.standby())
        .bind("key", r.sealedKey())
        .bind("subject", r.subject())
        .bind("sender", r.sender())
        .bind("detail", r.detail())
        .bind("registrant", r.registrant())
        .bind("at", r.registeredAt())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Updates in place; a changed destination clears the recorded permanent failure. */
  boolean update(Handle h, String seller, long id, Row r, LocalDateTime at) {
    return h.createUpdate(
                """
                UPDATE mk_notice_setting SET template_no = :template, destination = :dest,
                  use_flag = :use, standby = :standby, cert_key = :key, subject = :subject,
                  sender = :sender, detail = :detail, modified_at = :at,
                  failure = CASE WHEN destination = :dest THEN failure ELSE NULL END,
                  failed_at = CASE WHEN destination = :dest THEN failed_at ELSE NULL END
                WHERE id = :id AND seller_id = :seller""")
            .bind("template", r.templateNo())
            .bind("dest", r.destination())
            .bind("use", r.use())
            .bind("standby", r.standby())
            .bind("key", r.sealedKey())
            .bind("subject", r.subject())
            .bind("sender", r.sender())
            .bind("detail", r.detail())
            .bind("at", at)
            .bind("id", id)
            .bind("seller", seller)
            .execute()
        == 1;
  }

  void markFailed(Handle h, long id, String failure, LocalDateTime at) {
    h.createUpdate("UPDATE mk_notice_setting SET failure = :f, failed_at = :at WHERE id = :id")
        .bind("f", failure)
        .bind("at", at)
        .bind("id", id)
        .execute();
  }

  Optional<Row> find(Handle h, String seller, long id) {
    return h.createQuery("SELECT * FROM mk_notice_setting WHERE id = :id AND seller_id = :seller")
        .bind("id", id)
        .bind("seller", seller)
        .map(JdbcNoticeStore::row)
        .findOne();
  }

  List<Row> ofSeller(Handle h, String seller, int offset, int limit) {
    return h.createQuery(
            "SELECT * FROM mk_notice_setting WHERE seller_id = :seller ORDER BY id"
                + " LIMIT :limit OFFSET :offset")
        .bind("seller", seller)
        .bind("limit", limit)
        .bind("offset", offset)
        .map(JdbcNoticeStore::row)
        .list();
  }

  int count(Handle h, String seller) {
    return h.createQuery("SELECT COUNT(*) FROM mk_notice_setting WHERE seller_id = :seller")
        .bind("seller", seller)
        .mapTo(Integer.class)
        .one();
  }

  /** The seller's Use = Y settings, oldest first. */
  List<Row> inUse(Handle h, String seller) {
    return h.createQuery(
            "SELECT * FROM mk_notice_setting WHERE seller_id = :seller AND use_flag = TRUE"
                + " ORDER BY id")
        .bind("seller", seller)
        .map(JdbcNoticeStore::row)
        .list();
  }

  private static Row row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getString("seller_id"),
        rs.getInt("template_no"),
        rs.getString("destination"),
        rs.getBoolean("use_flag"),
        rs.getBoolean("standby"),
        rs.getString("cert_key"),
        rs.getString("subject"),
        rs.getString("sender"),
        rs.getString("detail"),
        rs.getString("registrant"),
        ts(rs, "registered_at"),
        ts(rs, "modified_at"),
        rs.getString("failure"),
        ts(rs, "failed_at"));
  }

  static LocalDateTime ts(ResultSet rs, String col) throws SQLException {
    java.sql.Timestamp t = rs.getTimestamp(col);
    return t == null ? null : t.toLocalDateTime();
  }
}
