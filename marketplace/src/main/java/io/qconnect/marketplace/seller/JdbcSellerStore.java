package io.qconnect.marketplace.seller;

import io.qconnect.marketplace.core.LikeSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Sellers in {@code mk_seller}; the password hash is read and written separately. Stateless: every
 * method runs on the caller's handle, and {@link SellerService} decides the transaction.
 */
final class JdbcSellerStore {
  private static final String COLUMNS =
      """
      seller_id, email, main_category, review_completed, service_points, shipping_delays,
      unanswered_inquiries, unresolved_claims, api_suspended, ftp_suspended, suspension_reason,
      password_changed_at, password_generation, created_at""";

  void insert(Handle h, Seller s, String passwordHash) {
    bindProfile(
            h.createUpdate(
                """
                INSERT INTO mk_seller (seller_id, password_hash, email, main_category,
                  review_completed, service_points, shipping_delays, unanswered_inquiries,
                  unresolved_claims, api_suspended, ftp_suspended, suspension_reason,
                  password_changed_at, created_at)
                VALUES (:id, :hash, :email, :category, :review, :points, :delays, :inquiries,
                  :claims, :apiSuspended, :ftpSuspended, :reason, :created, :created)"""),
            s)
        .bind("id", s.sellerId())
        .bind("hash", passwordHash)
        .bind("created", s.createdAt())
        .execute();
  }

  Optional<Seller> find(Handle h, String sellerId) {
    return h.createQuery("SELECT " + COLUMNS + " FROM mk_seller WHERE seller_id = :id")
        .bind("id", sellerId)
        .map(JdbcSellerStore::map)
        .findOne();
  }

  List<Seller> all(Handle h) {
    return h.createQuery("SELECT " + COLUMNS + " FROM mk_seller ORDER BY seller_id")
        .map(JdbcSellerStore::map)
        .list();
  }

  /** Sellers whose ID or e-mail address contains {@code part} ("" for all), by seller ID. */
  private static final LikeSearch<Seller> SEARCH =
      new LikeSearch<>(
          COLUMNS,
          "mk_seller",
          "LOWER(seller_id) LIKE :q ESCAPE '!' OR LOWER(email) LIKE :q ESCAPE '!'",
          "seller_id",
          JdbcSellerStore::map);

  List<Seller> search(Handle h, String part, long offset, int limit) {
    return SEARCH.rows(h, part, offset, limit);
  }

  int count(Handle h, String part) {
    return SEARCH.count(h, part);
  }

  Optional<String> passwordHash(Handle h, String sellerId) {
    return h.createQuery("SELECT password_hash FROM mk_seller WHERE seller_id = :id")
        .bind("id", sellerId)
        .mapTo(String.class)
        .findOne();
  }

  void updatePassword(Handle h, String sellerId, String passwordHash, LocalDateTime changedAt) {
    h.createUpdate(
            """
            UPDATE mk_seller SET password_hash = :hash, password_changed_at = :at,
              password_generation = password_generation + 1
            WHERE seller_id = :id""")
        .bind("hash", passwordHash)
        .bind("at", changedAt)
        .bind("id", sellerId)
        .execute();
  }

  /**
   * The same password's hash at a new cost: replaces {@code old} only if it is still the stored
   * hash (a password changed meanwhile wins), without counting as a password change.
   */
  boolean replacePasswordHash(Handle h, String sellerId, String old, String passwordHash) {
    return h.createUpdate(
                "UPDATE mk_seller SET password_hash = :hash WHERE seller_id = :id AND password_hash = :old")
            .bind("hash", passwordHash)
            .bind("id", sellerId)
            .bind("old", old)
            .execute()
        == 1;
  }

  void update(Handle h, Seller s) {
    bindProfile(
            h.createUpdate(
                """
                UPDATE mk_seller SET email = :email, main_category = :category,
                  review_completed = :review, service_points = :points,
                  shipping_delays = :delays, unanswered_inquiries = :inquiries,
                  unresolved_claims = :claims, api_suspended = :apiSuspended,
                  ftp_suspended = :ftpSuspended, suspension_reason = :reason
                WHERE seller_id = :id"""),
            s)
        .bind("id", s.sellerId())
        .execute();
  }

  /** Binds the columns insert and update both write. */
  private static Update bindProfile(Update u, Seller s) {
    return u.bind("email", s.email())
        .bind("category", s.mainCategory())
        .bind("review", s.reviewCompleted())
        .bind("points", s.servicePoints())
        .bind("delays", s.standing().shippingDelays())
        .bind("inquiries", s.standing().unansweredInquiries())
        .bind("claims", s.standing().unresolvedClaims())
        .bind("apiSuspended", s.apiSuspended())
        .bind("ftpSuspended", s.ftpSuspended())
        .bind("reason", s.suspensionReason());
  }

  private static Seller map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Seller(
        rs.getString("seller_id"),
        rs.getString("email"),
        rs.getString("main_category"),
        rs.getBoolean("review_completed"),
        rs.getInt("service_points"),
        new Standing(
            rs.getInt("shipping_delays"),
            rs.getInt("unanswered_inquiries"),
            rs.getInt("unresolved_claims")),
        rs.getBoolean("api_suspended"),
        rs.getBoolean("ftp_suspended"),
        rs.getString("suspension_reason"),
        rs.getTimestamp("password_changed_at").toLocalDateTime(),
        rs.getInt("password_generation"),
        rs.getTimestamp("created_at").toLocalDateTime());
  }
}
