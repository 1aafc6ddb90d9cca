package io.qconnect.marketplace.order.file;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.qconnect.marketplace.catalog.file.FileEncoding;
import io.qconnect.marketplace.order.ListedOrder;
import io.qconnect.marketplace.order.OrderLine;
import io.qconnect.marketplace.order.OrderQueries;
import io.qconnect.marketplace.order.OrderSearch;
import io.qconnect.protocol.csv.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the order CSV of a search (every page, newest first) from the streamed search straight to
 * an output stream, in UTF-8 with a BOM or Shift_JIS like the catalogue files. Every cell goes
 * through {@link CsvCells#safe}: a buyer's name or address cannot start a spreadsheet formula.
 */
public final class OrderFiles {
  public static final String FILE_NAME = "orders.csv";

  /** The header; the first three columns are also the bulk-ship upload's. */
  public static final List<String> HEADER =
      List.of(
          "注文番号",
          "配送会社",
          "送り状番号",
          "カート番号",
          "配送状態",
          "注文日",
          "決済日",
          "発送予定日",
          "発送日",
          "商品番号",
          "販売者商品コード",
          "商品名",
          "オプション",
          "数量",
          "金額",
          "購入者名",
          "受取人名",
          "受取人電話番号",
          "郵便番号",
          "住所");

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private final OrderQueries queries;

  public OrderFiles(OrderQueries queries) {
    this.queries = queries;
  }

  /** The seller's lines matching {@code q}, all of them. */
  public void write(String sellerId, OrderSearch q, FileEncoding enc, OutputStream out)
      throws IOException {
    out.write(enc.bom());
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, enc.charset());
    csv.writeRecord(HEADER);
    String[] cells = new String[HEADER.size()];
    queries.forEach(sellerId, q, r -> csv.writeRecord(cells(r, cells)));
    csv.flush();
  }

  /** The cells of one row, in {@link #HEADER} order. */
  public static List<String> cells(ListedOrder r) {
    return List.of(cells(r, new String[HEADER.size()]));
  }

  private static String[] cells(ListedOrder r, String[] c) {
    OrderLine l = r.line();
    c[0] = Long.toString(l.orderNo());
    c[1] = CsvCells.safe(text(l.carrier()));
    c[2] = CsvCells.safe(text(l.trackingNo()));
    c[3] = Long.toString(l.packNo());
    c[4] = CsvCells.safe(l.status().qsmJa());
    c[5] = at(l.orderDate());
    c[6] = at(l.paymentDate());
    c[7] = day(l.estShipDate());
    c[8] = at(l.shippingDate());
    c[9] = CsvCells.safe(text(l.itemCode()));
    c[10] = CsvCells.safe(text(l.sellerItemCode()));
    c[11] = CsvCells.safe(text(l.itemTitle()));
    c[12] = CsvCells.safe(text(l.optionLabel()));
    c[13] = Integer.toString(l.qty());
    c[14] = Long.toString(l.total());
    c[15] = CsvCells.safe(r.buyerName());
    c[16] = CsvCells.safe(r.receiverName());
    c[17] = CsvCells.safe(r.receiverTel());
    c[18] = CsvCells.safe(r.zipCode());
    c[19] = CsvCells.safe(r.address());
    return c;
  }

  private static String text(String v) {
    return v == null ? "" : v;
  }

  private static String at(LocalDateTime t) {
    return t == null ? "" : AT.format(t);
  }

  private static String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }
}
