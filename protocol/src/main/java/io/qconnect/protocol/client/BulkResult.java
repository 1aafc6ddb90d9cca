package io.qconnect.protocol.client;

import io.qconnect.protocol.order.BulkRowResult;
import io.qconnect.protocol.wire.QapiMethod;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a bulk call, possibly sent as several chunks of at most 500 rows: the overall code
 * (0 when every chunk answered 0, otherwise the first non-zero code) and every row's own result. A
 * code of 0 does not mean every row succeeded; look at {@link #failedRows()}.
 *
 * @param <R> the row result type
 */
public record BulkResult<R extends BulkRowResult>(
    QapiMethod method, int code, String message, List<R> rows) {
  public BulkResult {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(message, "message");
    rows = List.copyOf(rows);
  }

  public boolean isSuccess() {
    return code == 0 && failedRows().isEmpty();
  }

  public List<R> failedRows() {
    return rows.stream().filter(r -> !r.isSuccess()).toList();
  }
}
