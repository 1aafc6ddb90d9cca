package io.qconnect.marketplace.access;

import io.qconnect.marketplace.core.LikeSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Integrators, the one-time codes of the Get Auth window (kept as their SHA-256 only) and the keys
 * issued through an integrator. Stateless: every method runs on the caller's handle, and {@link
 * AuthorizationService} decides the transaction.
 */
final class JdbcIntegratorStore {
  /** A stored code: what it was issued for and which key it stands for. */
  record CodeRow(
      String integratorId,
      String redirectUri,
      long certificationKeyId,
      LocalDateTime expiresAt,
      LocalDateTime usedAt) {}

  /** A key's sealed text with its seller and expiry, for the code exchange. */
  record SealedKey(String sellerId, String sealed, LocalDateTime expiresAt) {}

  void insert(Handle h, Integrator i) {
    h.createUpdate(
            """
            INSERT INTO mk_integrator (integrator_id, name, redirect_uri, created_at)
            VALUES (:id, :name, :uri, :at)""")
        .bind("id", i.integratorId())
        .bind("name", i.name())
        .bind("uri", i.redirectUri())
        .bind("at", i.createdAt())
        .execute();
  }

  Optional<Integrator> find(Handle h, String integratorId) {
    return h.createQuery("SELECT * FROM mk_integrator WHERE integrator_id = :id")
        .bind("id", integratorId)
        .map(JdbcIntegratorStore::integrator)
        .findOne();
  }

  Optional<Integrator> byRedirectUri(Handle h, String uri) {
    return h.createQuery("SELECT * FROM mk_integrator WHERE redirect_uri = :uri")
        .bind("uri", uri)
        .map(JdbcIntegratorStore::integrator)
        .findOne();
  }

  /** Integrators whose name or ID contains {@code part} ("" for all), oldest first. */
  private static final LikeSearch<Integrator> SEARCH =
      new LikeSearch<>(
          "*",
          "mk_integrator",
          "LOWER(name) LIKE :q ESCAPE '!' OR LOWER(integrator_id) LIKE :q ESCAPE '!'",
          "created_at, integrator_id",
          JdbcIntegratorStore::integrator);

  List<Integrator> search(Handle h, String part, long offset, int limit) {
    return SEARCH.rows(h, part, offset, limit);
  }

  int count(Handle h, String part) {
    return SEARCH.count(h, part);
  }

  List<Integrator> all(Handle h) {
    return h.createQuery("SELECT * FROM mk_integrator ORDER BY created_at, integrator_id")
        .map(JdbcIntegratorStore::integrator)
        .list();
  }

  void insertCode(
      Handle h,
      String codeHash,
      String integratorId,
      String redirectUri,
      long keyId,
      LocalDateTime at,
      LocalDateTime expires) {
    h.createUpdate(
            """
            INSERT INTO mk_authorization_code (code_hash, integrator_id, redirect_uri,
              certification_key_id, created_at, expires_at)
            VALUES (:hash, :integrator, :uri, :key, :at, :expires)""")
        .bind("hash", codeHash)
        .bind("integrator", integratorId)
        .bind("uri", redirectUri)
        .bind("key", keyId)
        .bind("at", at)
        .bind("expires", expires)
        .execute();
  }

  Optional<CodeRow> code(Handle h, String codeHash) {
    return h.createQuery("SELECT * FROM mk_authorization_code WHERE code_hash = :hash")
        .bind("hash", codeHash)
        .map(
            (rs, ctx) ->
                new CodeRow(
                    rs.getString("integrator_id"),
                    rs.getString("redirect_uri"),
                    rs.getLong("certification_key_id"),
                    ts(rs, "expires_at"),
                    ts(rs, "used_at")))
        .findOne();
  }

  /** Marks the code used unless it was already: true when this call used it. */
  boolean useCode(Handle h, String codeHash, LocalDateTime at) {
    return h.createUpdate(
                """
                UPDATE mk_authorization_code SET used_at = :at
                WHERE code_hash = :hash AND used_at IS NULL""")
            .bind("at", at)
            .bind("hash", codeHash)
            .execute()
        == 1;
  }

  Optional<SealedKey> sealedKey(Handle h, long keyId) {
    return h.createQuery(
            """
            SELECT seller_id, key_sealed, expires_at FROM mk_certification_key
            WHERE id = :id AND revoked_at IS NULL""")
        .bind("id", keyId)
        .map(
            (rs, ctx) ->
                new SealedKey(
                    rs.getString("seller_id"), rs.getString("key_sealed"), ts(rs, "expires_at")))
        .findOne();
  }

  /** The seller's keys issued through integrators, newest first, with their integrator's name. */
  List<IssuedRow> issuedThroughIntegrators(Handle h, String sellerId) {
    return h.createQuery(
            """
            SELECT k.id, i.name, k.key_masked, k.issued_at, k.expires_at, k.revoked_at,
              k.password_generation
            FROM mk_certification_key k JOIN mk_integrator i ON i.integrator_id = k.integrator_id
            WHERE k.seller_id = :seller ORDER BY k.id DESC""")
        .bind("seller", sellerId)
        .map(
            (rs, ctx) ->
                new IssuedRow(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("key_masked"),
                    ts(rs, "issued_at"),
                    ts(rs, "expires_at"),
                    ts(rs, "revoked_at"),
                    rs.getInt("password_generation")))
        .list();
  }

  /** A row of {@link #issuedThroughIntegrators}. */
  record IssuedRow(
      long keyId,
      String integratorName,
      String masked,
      LocalDateTime issuedAt,
      LocalDateTime expiresAt,
      LocalDateTime revokedAt,
      int passwordGeneration) {}

  /** Revokes one of the seller's keys: true when it was revoked by this call. */
  boolean revoke(Handle h, String sellerId, long keyId, LocalDateTime at) {
    return h.createUpdate(
                """
                UPDATE mk_certification_key SET revoked_at = :at, revoked_reason = 'seller'
                WHERE id = :id AND seller_id = :seller AND revoked_at IS NULL""")
            .bind("at", at)
            .bind("id", keyId)
            .bind("seller", sellerId)
            .execute()
        == 1;
  }

  private static Integrator integrator(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Integrator(
        rs.getString("integrator_id"),
        rs.getString("name"),
        rs.getString("redirect_uri"),
        ts(rs, "created_at"));
  }

  private static LocalDateTime ts(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toLocalDateTime();
  }
}
