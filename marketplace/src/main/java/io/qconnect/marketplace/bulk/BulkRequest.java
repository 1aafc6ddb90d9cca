package io.qconnect.marketplace.bulk;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A bulk upload request as the seller sees it.
 *
 * @param format the file's layout; null until the file is read (or when it was refused)
 * @param encoding UTF-8 or Shift_JIS once read, else ""
 * @param error why the whole file was refused (status ERROR), else ""
 */
public record BulkRequest(
    long id,
    String sellerId,
    BulkSource source,
    BulkFormat format,
    String fileName,
    String encoding,
    BulkStatus status,
    Counts counts,
    String error,
    LocalDateTime receivedAt,
    LocalDateTime finishedAt) {

  public BulkRequest {
    Objects.requireNonNull(sellerId, "sellerId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(counts, "counts");
    encoding = encoding == null ? "" : encoding;
    error = error == null ? "" : error;
  }

  /** Rows in the file, rows processed so far, and of those the ones applied and refused. */
  public record Counts(int total, int processed, int ok, int failed) {
    /** Percent processed, 0..100. */
    public int percent() {
      return total == 0 ? 0 : (int) (100L * processed / total);
    }
  }
}
