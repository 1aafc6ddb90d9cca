package io.qconnect.marketplace.bulk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Bulk requests, their files and row results. Stateless; the service decides the transaction. */
final class JdbcBulkStore {
  private static final String COLUMNS =
      """
      id, seller_id, source, file_format, file_name, encoding, status, total_rows, processed_rows,
      ok_rows, failed_rows, error, received_at, finished_at""";

  long insert(
      Handle h,
      String sellerId,
      BulkSource source,
      String fileName,
      byte[] content,
      LocalDateTime at) {
    return h.createUpdate(
            """
            INSERT INTO mk_bulk_request (seller_id, source, file_format, file_name, status, content,
              received_at)
            VALUES (:seller, :source, '', :name, :status, :content, :at)""")
        .bind("seller", sellerId)
        .bind("source", source.name())
        .bind("name", fileName)
        .bind("status", BulkStatus.RECEIVED.name())
        .bind("content", content)
        .bind("at", at)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Claims a received request for processing; false when another worker took it. */
  boolean claim(Handle h, long id, LocalDateTime at) {
    return h.createUpdate(
                """
                UPDATE mk_bulk_request SET status = :running, started_at = :at
                WHERE id = :id AND status = :received""")
            .bind("running", BulkStatus.RUNNING.name())
            .bind("received", BulkStatus.RECEIVED.name())
            .bind("at", at)
            .bind("id", id)
            .execute()
        == 1;
  }

  Optional<byte[]> content(Handle h, long id) {
    return h.createQuery("SELECT content FROM mk_bulk_request WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> rs.getBytes(1))
        .findOne();
  }

  void started(Handle h, long id, BulkFormat format, String encoding, int total) {
    h.createUpdate(
            """
            UPDATE mk_bulk_request SET file_format = :format, encoding = :enc, total_rows = :total
            WHERE id = :id""")
        .bind("format", format.name())
        .bind("enc", encoding)
        .bind("total", total)
        .bind("id", id)
        .execute();
  }

  /** Stores a batch of row results and the counts so far (the progress the seller sees). */
  void progress(Handle h, long id, List<RowResult> rows, BulkRequest.Counts counts) {
    if (!rows.isEmpty()) {
      PreparedBatch b =
          h.prepareBatch(
              """
              INSERT INTO mk_bulk_row (request_id, row_no, ok, item_code, result_code, message)
              VALUES (:id, :row, :ok, :item, :code, :message)""");
      for (RowResult r : rows) {
        b.bind("id", id)
            .bind("row", r.row())
            .bind("ok", r.ok())
            .bind("item", cut(r.itemCode(), 100))
            .bind("code", r.code())
            .bind("message", cut(r.message(), 1000))
            .add();
      }
      b.execute();
    }
    h.createUpdate(
            """
            UPDATE mk_bulk_request SET processed_rows = :p, ok_rows = :ok, failed_rows = :failed
            WHERE id = :id""")
        .bind("p", counts.processed())
        .bind("ok", counts.ok())
        .bind("failed", counts.failed())
        .bind("id", id)
        .execute();
  }

  /** Ends a request (DONE or ERROR) and drops its file. */
  void finish(Handle h, long id, BulkStatus status, String error, LocalDateTime at) {
    h.createUpdate(
            """
            UPDATE mk_bulk_request SET status = :status, error = :error, finished_at = :at,
              content = NULL
            WHERE id = :id""")
        .bind("status", status.name())
        .bind("error", cut(error, 1000))
        .bind("at", at)
        .bind("id", id)
        .execute();
  }

  void refused(Handle h, long id, String encoding, String error, LocalDateTime at) {
    h.createUpdate("UPDATE mk_bulk_request SET encoding = :enc WHERE id = :id")
        .bind("enc", encoding)
        .bind("id", id)
        .execute();
    finish(h, id, BulkStatus.ERROR, error, at);
  }

  List<Long> withStatus(Handle h, BulkStatus status) {
    return h.createQuery("SELECT id FROM mk_bulk_request WHERE status = :s ORDER BY id")
        .bind("s", status.name())
        .mapTo(Long.class)
        .list();
  }

  Optional<BulkRequest> find(Handle h, long id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM mk_bulk_request WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> request(rs))
        .findOne();
  }

  int count(Handle h, String sellerId) {
    return h.createQuery("SELECT COUNT(*) FROM mk_bulk_request WHERE seller_id = :s")
        .bind("s", sellerId)
        .mapTo(Integer.class)
        .one();
  }

  /** The seller's requests, newest first. */
  List<BulkRequest> page(Handle h, String sellerId, int offset, int limit) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM mk_bulk_request WHERE seller_id = :s ORDER BY id DESC"
                + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
        .bind("s", sellerId)
        .bind("offset", offset)
        .bind("limit", limit)
        .map((rs, ctx) -> request(rs))
        .list();
  }

  /** Row results in row order, from row {@code afterRow} on (exclusive), at most {@code limit}. */
  List<RowResult> rows(Handle h, long id, int afterRow, int limit) {
    return h.createQuery(
            """
            SELECT row_no, ok, item_code, result_code, message FROM mk_bulk_row
            WHERE request_id = :id AND row_no > :after ORDER BY row_no
            FETCH FIRST :limit ROWS ONLY""")
        .bind("id", id)
        .bind("after", afterRow)
        .bind("limit", limit)
        .map(
            (rs, ctx) ->
                new RowResult(
                    rs.getInt("row_no"),
                    rs.getBoolean("ok"),
                    rs.getString("item_code"),
                    rs.getInt("result_code"),
                    rs.getString("message")))
        .list();
  }

  /** One page of row results in row order. */
  List<RowResult> rowsAt(Handle h, long id, int offset, int limit) {
    return h.createQuery(
            """
            SELECT row_no, ok, item_code, result_code, message FROM mk_bulk_row
            WHERE request_id = :id ORDER BY row_no
            OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
        .bind("id", id)
        .bind("offset", offset)
        .bind("limit", limit)
        .map(JdbcBulkStore::row)
        .list();
  }

  private static RowResult row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    return new RowResult(
        rs.getInt("row_no"),
        rs.getBoolean("ok"),
        rs.getString("item_code"),
        rs.getInt("result_code"),
        rs.getString("message"));
  }

  private static BulkRequest request(ResultSet rs) throws SQLException {
    String format = rs.getString("file_format");
    return new BulkRequest(
        rs.getLong("id"),
        rs.getString("seller_id"),
        BulkSource.valueOf(rs.getString("source")),
        format.isEmpty() ? null : BulkFormat.valueOf(format),
        rs.getString("file_name"),
        rs.getString("encoding"),
        BulkStatus.valueOf(rs.getString("status")),
        new BulkRequest.Counts(
            rs.getInt("total_rows"),
            rs.getInt("processed_rows"),
            rs.getInt("ok_rows"),
            rs.getInt("failed_rows")),
        rs.getString("error"),
        ts(rs, "received_at"),
        ts(rs, "finished_at"));
  }

  private static LocalDateTime ts(ResultSet rs, String col) throws SQLException {
    Timestamp t = rs.getTimestamp(col);
    return t == null ? null : t.toLocalDateTime();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
