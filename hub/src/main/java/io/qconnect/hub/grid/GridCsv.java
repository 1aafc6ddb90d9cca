package io.qconnect.hub.grid;

import io.qconnect.hub.orders.OrderLine;
import io.qconnect.protocol.csv.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The grid as CSV: one line per order line, header first, CRLF, every line built with {@link
 * CsvCells#row} (no cell runs as a formula). The column names are Japanese as the sellers' other
 * Qoo10 files are; 配送会社 and 送り状番号 can be filled in and the file uploaded back to ship the lines
 * (the upload finds its columns by these names).
 */
public final class GridCsv {
  static final List<String> HEADER =
      List.of(
          "ショップID",
          "注文番号",
          "カート番号",
          "注文日",
          "決済日",
          "購入者",
          "受取人",
          "郵便番号",
          "住所",
          "商品コード",
          "販売者商品コード",
          "商品名",
          "オプション",
          "数量",
          "合計金額",
          "Qoo10配送状態",
          "ハブ状態",
          "発送予定日",
          "配送会社",
          "送り状番号",
          "送り状の送信",
          "送信エラー",
          "出荷指示");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  /** How a state is written: the console passes its texts, else the state's name. */
  @FunctionalInterface
  public interface Labels {
    String of(Enum<?> state);

    Labels NAMES = Enum::name;
  }

  private final Writer out;
  private final Labels labels;
  private long written;

  GridCsv(Writer out, Labels labels) {
    this.out = out;
    this.labels = labels;
  }

  void header() throws IOException {
    out.write(CsvCells.row(HEADER));
    out.write("\r\n");
  }

  /** Writes a line; an I/O failure (the browser went away) comes out unchecked. */
  void line(GridLine g) {
    OrderLine l = g.line();
    List<String> cells =
        List.of(
            l.shopId(),
            Long.toString(l.orderNo()),
            Long.toString(l.packNo()),
            time(l.orderDate()),
            time(l.paymentDate()),
            g.parties().buyer(),
            g.parties().receiver(),
            g.parties().zipCode(),
            g.parties().address(),
            text(l.itemCode()),
            text(l.sellerItemCode()),
            text(l.itemTitle()),
            text(l.option()),
            Integer.toString(l.qty()),
            Long.toString(l.total()),
            l.qoo10Status().qsmJa(),
            labels.of(l.hubStatus()),
            g.estShipDay() == null ? "" : DAY.format(g.estShipDay()),
            text(g.carrier()),
            text(g.trackingNo()),
            g.writeBack() == null ? "" : labels.of(g.writeBack().state()),
            g.writeBack() == null ? "" : text(g.writeBack().lastError()),
            g.instruction() == null ? "" : labels.of(g.instruction().webhookState()));
    try {
      out.write(CsvCells.row(cells));
      out.write("\r\n");
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long written() {
    return written;
  }

  private static String time(LocalDateTime t) {
    return t == null ? "" : TIME.format(t);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
