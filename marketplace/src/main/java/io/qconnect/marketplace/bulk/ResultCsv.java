package io.qconnect.marketplace.bulk;

import io.qconnect.protocol.csv.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A request's results as CSV (UTF-8; the caller writes the byte-order mark): one line per data row
 * — row number, 成功/エラー, item code, result code, message — or, for a file refused as a whole, one
 * line saying why. Cells go through {@link CsvCells} like every CSV the system writes.
 */
public final class ResultCsv {
  public static final List<String> HEADER = List.of("行", "結果", "商品番号", "結果コード", "メッセージ");

  private ResultCsv() {}

  public static void write(BulkUploads uploads, BulkRequest r, Writer out) {
    try {
      out.write(CsvCells.row(HEADER));
      out.write("\r\n");
      if (r.status() == BulkStatus.ERROR && r.counts().processed() == 0) {
        out.write(CsvCells.row(List.of("", "エラー", "", "-1", r.error())));
        out.write("\r\n");
      }
      uploads.eachRow(
          r.id(),
          row -> {
            try {
              out.write(
                  CsvCells.row(
                      List.of(
                          Integer.toString(row.row()),
                          row.ok() ? "成功" : "エラー",
                          row.itemCode(),
                          Integer.toString(row.code()),
                          row.message())));
              out.write("\r\n");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
