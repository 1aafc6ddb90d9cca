package io.qconnect.marketplace.access;

import io.qconnect.marketplace.access.KeyRecords.ApiKeyRow;
import io.qconnect.marketplace.access.KeyRecords.CertKeyRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * API keys, certification keys and FTP accounts. Keys are found by the SHA-256 of their text and
 * kept sealed (AES-GCM) so that the seller can look them up again; the plaintext is never stored.
 * Stateless: every method runs on the caller's handle, and {@link KeyService} decides the
 * transaction.
 */
final class JdbcKeyStore {
  long insertApiKey(
      Handle h, String sellerId, String hash, String sealed, String masked, LocalDateTime at) {
    return h.createUpdate(
            """
                    INSERT INTO mk_api_key (seller_id, key_hash, key_sealed, key_masked, issued_at)
                    VALUES (:seller, :hash, :sealed, :masked, :at)""")
        .bind("seller", sellerId)
        .bind("hash", hash)
        .bind("sealed", sealed)
        .bind("masked", masked)
        .bind("at", at)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  Optional<ApiKeyRow> apiKeyByHash(Handle h, String hash) {
    return h.createQuery("SELECT * FROM mk_api_key WHERE key_hash = :hash")
        .bind("hash", hash)
        .map(JdbcKeyStore::apiKey)
        .findOne();
  }

  Optional<ApiKeyRow> activeApiKey(Handle h, String sellerId) {
    return h.createQuery(
            """
                    SELECT * FROM mk_api_key WHERE seller_id = :seller AND revoked_at IS NULL
                    ORDER BY id DESC LIMIT 1""")
        .bind("seller", sellerId)
        .map(JdbcKeyStore::apiKey)
        .findOne();
  }

  long insertCertKey(
      Handle h,
      String sellerId,
      long apiKeyId,
      String hash,
      String sealed,
      String masked,
      LocalDateTime issuedAt,
      LocalDateTime expiresAt,
      int passwordGeneration) {
    return insertCertKey(
        h,
        new NewCertKey(
            sellerId, apiKeyId, hash, sealed, masked, issuedAt, expiresAt, passwordGeneration),
        null);
  }

  /** A certification key to insert. */
  record NewCertKey(
      String sellerId,
      long apiKeyId,
      String hash,
      String sealed,
      String masked,
      LocalDateTime issuedAt,
      LocalDateTime expiresAt,
      int passwordGeneration) {}

  /**
   * Inserts a certification key.
   *
   * @param integratorId the integrator it is issued through (Get Auth), else null
   */
  long insertCertKey(Handle h, NewCertKey k, String integratorId) {
    return h.createUpdate(
            """
                    INSERT INTO mk_certification_key (seller_id, api_key_id, key_hash, key_sealed,
                      key_masked, issued_at, expires_at, password_generation, integrator_id)
                    VALUES (:seller, :api, :hash, :sealed, :masked, :issued, :expires,
                      :generation, :integrator)""")
        .bind("seller", k.sellerId())
        .bind("api", k.apiKeyId())
        .bind("hash", k.hash())
        .bind("sealed", k.sealed())
        .bind("masked", k.masked())
        .bind("issued", k.issuedAt())
        .bind("expires", k.expiresAt())
        .bind("generation", k.passwordGeneration())
        .bind("integrator", integratorId)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** The key and its seller in one read: every QAPI call checks its key. */
  Optional<KeyRecords.PresentedKey> presentedKey(Handle h, String hash) {
    return h.createQuery(
            """
            SELECT k.*, s.password_generation AS seller_generation,
              s.api_suspended AS seller_api_suspended
            FROM mk_certification_key k JOIN mk_seller s ON s.seller_id = k.seller_id
            WHERE k.key_hash = :hash""")
        .bind("hash", hash)
        .map(
            (rs, ctx) ->
                new KeyRecords.PresentedKey(
                    certKey(rs, ctx),
                    rs.getInt("seller_generation"),
                    rs.getBoolean("seller_api_suspended")))
        .findOne();
  }

  List<CertKeyRow> certKeysOf(Handle h, String sellerId) {
    return h.createQuery(
            "SELECT * FROM mk_certification_key WHERE seller_id = :seller ORDER BY id DESC")
        .bind("seller", sellerId)
        .map(JdbcKeyStore::certKey)
        .list();
  }

  void insertFtpAccount(
      Handle h,
      String sellerId,
      String username,
      String sealedPassword,
      String passwordHash,
      LocalDateTime approvedAt,
      LocalDateTime visibleFrom) {
    h.createUpdate(
            """
                    INSERT INTO mk_ftp_account (seller_id, username, password_sealed, password_hash,
                      approved_at, visible_from)
                    VALUES (:seller, :user, :sealed, :hash, :approved, :visible)""")
        .bind("seller", sellerId)
        .bind("user", username)
        .bind("sealed", sealedPassword)
        .bind("hash", passwordHash)
        .bind("approved", approvedAt)
        .bind("visible", visibleFrom)
        .execute();
  }

  /** The account of an FTP user name, with its password hash ("" for an account not yet hashed). */
  Optional<FtpLoginRow> ftpLogin(Handle h, String username) {
    return h.createQuery("SELECT * FROM mk_ftp_account WHERE username = :user")
        .bind("user", username)
        .map(
            (rs, ctx) ->
                new FtpLoginRow(
                    new FtpAccount(
                        rs.getString("seller_id"),
                        rs.getString("username"),
                        rs.getString("password_sealed"),
                        ts(rs, "approved_at"),
                        ts(rs, "visible_from")),
                    rs.getString("password_hash")))
        .findOne();
  }

  void setFtpPasswordHash(Handle h, String sellerId, String hash) {
    h.createUpdate("UPDATE mk_ftp_account SET password_hash = :hash WHERE seller_id = :seller")
        .bind("hash", hash)
        .bind("seller", sellerId)
        .execute();
  }

  /** An FTP account with the hash its logins are checked against. */
  record FtpLoginRow(FtpAccount account, String passwordHash) {}

  Optional<FtpAccount> ftpAccount(Handle h, String sellerId) {
    return h.createQuery("SELECT * FROM mk_ftp_account WHERE seller_id = :seller")
        .bind("seller", sellerId)
        .map(
            (rs, ctx) ->
                new FtpAccount(
                    rs.getString("seller_id"),
                    rs.getString("username"),
                    rs.getString("password_sealed"),
                    ts(rs, "approved_at"),
                    ts(rs, "visible_from")))
        .findOne();
  }

  private static ApiKeyRow apiKey(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ApiKeyRow(
        rs.getLong("id"),
        rs.getString("seller_id"),
        rs.getString("key_sealed"),
        rs.getString("key_masked"),
        ts(rs, "issued_at"),
        ts(rs, "revoked_at"));
  }

  private static CertKeyRow certKey(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CertKeyRow(
        rs.getLong("id"),
        rs.getString("seller_id"),
        rs.getLong("api_key_id"),
        rs.getString("key_sealed"),
        rs.getString("key_masked"),
        ts(rs, "issued_at"),
        ts(rs, "expires_at"),
        rs.getInt("password_generation"),
        ts(rs, "revoked_at"));
  }

  private static LocalDateTime ts(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toLocalDateTime();
  }
}
