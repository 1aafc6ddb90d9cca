package io.qconnect.marketplace.access;

import io.qconnect.marketplace.core.LikeSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Permission requests in {@code mk_permission_request}. Stateless: every method runs on the
 * caller's handle, and {@link AccessService} decides the transaction.
 */
final class JdbcAccessStore {
  private static final String COLUMNS =
      """
      id, kind, seller_id, email, category, purpose, integration_company, received_at,
        process_on, status, reasons, note, decided_at, decided_by""";

  private static final String SELECT = "SELECT " + COLUMNS + " FROM mk_permission_request";

  long insert(Handle h, RequestForm f, LocalDateTime receivedAt, LocalDate processOn) {
    return h.createUpdate(
            """
                    INSERT INTO mk_permission_request (kind, seller_id, email, category, purpose,
                      integration_company, received_at, process_on, status)
                    VALUES (:kind, :seller, :email, :category, :purpose, :company, :received,
                      :processOn, 'PENDING')""")
        .bind("kind", f.kind().name())
        .bind("seller", f.sellerId())
        .bind("email", f.email())
        .bind("category", f.category())
        .bind("purpose", f.purpose())
        .bind("company", f.integrationCompany())
        .bind("received", receivedAt)
        .bind("processOn", processOn)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Locks the seller's row until the transaction ends: one filing per seller at a time. */
  void lockSeller(Handle h, String sellerId) {
    h.createQuery("SELECT seller_id FROM mk_seller WHERE seller_id = :seller FOR UPDATE")
        .bind("seller", sellerId)
        .mapTo(String.class)
        .findOne();
  }

  Optional<PermissionRequest> find(Handle h, long id) {
    return h.createQuery(SELECT + " WHERE id = :id")
        .bind("id", id)
        .map(JdbcAccessStore::map)
        .findOne();
  }

  /** Pending requests due on or before {@code day}, in arrival order. */
  List<PermissionRequest> due(Handle h, LocalDate day) {
    return h.createQuery(
            SELECT
                + " WHERE status = 'PENDING' AND process_on <= :day"
                + " ORDER BY received_at, id")
        .bind("day", day)
        .map(JdbcAccessStore::map)
        .list();
  }

  /** Every pending request, by processing day then arrival. */
  List<PermissionRequest> pending(Handle h) {
    return h.createQuery(SELECT + " WHERE status = 'PENDING' ORDER BY process_on, received_at, id")
        .map(JdbcAccessStore::map)
        .list();
  }

  List<PermissionRequest> recent(Handle h, int limit) {
    return h.createQuery(SELECT + " ORDER BY id DESC LIMIT :limit")
        .bind("limit", limit)
        .map(JdbcAccessStore::map)
        .list();
  }

  /** Decided requests of sellers whose ID contains {@code part} ("" for all), newest first. */
  private static final LikeSearch<PermissionRequest> DECIDED =
      new LikeSearch<>(
          COLUMNS,
          "mk_permission_request",
          "decided_at IS NOT NULL AND LOWER(seller_id) LIKE :q ESCAPE '!'",
          "id DESC",
          JdbcAccessStore::map);

  List<PermissionRequest> decided(Handle h, String part, long offset, int limit) {
    return DECIDED.rows(h, part, offset, limit);
  }

  int countDecided(Handle h, String part) {
    return DECIDED.count(h, part);
  }

  List<PermissionRequest> ofSeller(Handle h, String sellerId) {
    return h.createQuery(SELECT + " WHERE seller_id = :seller ORDER BY id DESC")
        .bind("seller", sellerId)
        .map(JdbcAccessStore::map)
        .list();
  }

  /**
   * Records a decision if the request is still pending.
   *
   * @return false when another processor decided it first
   */
  boolean decide(
      Handle h,
      long id,
      RequestStatus status,
      List<Failure> failed,
      String note,
      LocalDateTime at,
      String by) {
    String reasons = failed.stream().map(Failure::code).collect(Collectors.joining(","));
    return h.createUpdate(
                """
                        UPDATE mk_permission_request
                        SET status = :status, reasons = :reasons, note = :note,
                          decided_at = :at, decided_by = :by
                        WHERE id = :id AND status = 'PENDING'""")
            .bind("status", status.name())
            .bind("reasons", reasons)
            .bind("at", at)
            .bind("by", by)
            .bind("note", note)
            .bind("id", id)
            .execute()
        == 1;
  }

  private static PermissionRequest map(ResultSet rs, StatementContext ctx) throws SQLException {
    RequestForm form =
        new RequestForm(
            PermissionKind.valueOf(rs.getString("kind")),
            rs.getString("seller_id"),
            rs.getString("email"),
            rs.getString("category"),
            rs.getString("purpose"),
            rs.getString("integration_company"));
    String codes = rs.getString("reasons");
    List<Failure> failed =
        codes.isEmpty() ? List.of() : Arrays.stream(codes.split(",")).map(Failure::parse).toList();
    Timestamp decided = rs.getTimestamp("decided_at");
    return new PermissionRequest(
        rs.getLong("id"),
        form,
        rs.getTimestamp("received_at").toLocalDateTime(),
        rs.getDate("process_on").toLocalDate(),
        RequestStatus.valueOf(rs.getString("status")),
        failed,
        rs.getString("note"),
        decided == null ? null : decided.toLocalDateTime(),
        rs.getString("decided_by"));
  }
}
