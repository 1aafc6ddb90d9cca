package io.qconnect.marketplace.order.file;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the bulk-ship upload: a CSV whose first three columns are 注文番号, 配送会社, 送り状番号 (the order
 * CSV's first three, so a downloaded file filled in comes back as it is; further columns are
 * ignored), in UTF-8 (with or without a BOM) or Shift_JIS. A file that cannot be decoded, has
 * another header or more than {@link #MAX_ROWS} rows is refused whole; otherwise each row is
 * checked on its own (the number, both texts present and within SetSendingInfo's lengths, no order
 * twice) before anything is shipped. A row with neither carrier nor tracking number is left out.
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
public final class ShipmentFile {
  public static final int MAX_ROWS = 2_000;
  public static final List<String> HEADER = List.of("注文番号", "配送会社", "送り状番号");
  private static final List<String> HEADER_EN = List.of("OrderNo", "ShippingCorp", "TrackingNo");

  private ShipmentFile() {}

  /** Why the whole file is refused. */
  public enum FileProblem {
    UNDECODABLE,
    EMPTY,
    BAD_HEADER,
    TOO_MANY_ROWS
  }

  /** Why one row is refused. */
  public enum RowProblem {
    BAD_ORDER_NO,
    NO_CARRIER,
    CARRIER_TOO_LONG,
    NO_TRACKING,
    TRACKING_TOO_LONG,
    DUPLICATE
  }

  /** What reading came to. */
  public sealed interface Read {
    /** The rows, each checked; {@code skipped} rows had neither carrier nor tracking number. */
    record Rows(List<Row> rows, int skipped) implements Read {}

    /** Refused whole; {@code found} is the header read, or "". */
    record Refused(FileProblem problem, String found) implements Read {}
  }

  /**
   * A data row.
   *
   * @param problem why it is refused, or null when it may be applied
   */
  public record Row(
      int number,
      String orderNoText,
      long orderNo,
      String carrier,
      String trackingNo,
      RowProblem problem) {
    public boolean valid() {
      return problem == null;
    }
  }

  public static Read read(byte[] bytes) {
    String text = decode(bytes);
    if (text == null) {
      return new Read.Refused(FileProblem.UNDECODABLE, "");
    }
    List<CsvRecord> records = new ArrayList<>();
    CsvReader.builder()
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(text)
        .forEach(records::add);
    if (records.isEmpty()) {
      return new Read.Refused(FileProblem.EMPTY, "");
    }
    List<String> header = records.get(0).getFields().stream().map(String::strip).toList();
    List<String> first = header.subList(0, Math.min(3, header.size()));
    if (!first.equals(HEADER) && !first.equals(HEADER_EN)) {
      return new Read.Refused(FileProblem.BAD_HEADER, String.join(",", first));
    }
    if (records.size() - 1 > MAX_ROWS) {
      return new Read.Refused(FileProblem.TOO_MANY_ROWS, Integer.toString(records.size() - 1));
    }
    List<Row> rows = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    int skipped = 0;
    for (int i = 1; i < records.size(); i++) {
      List<String> f = records.get(i).getFields();
      String no = cell(f, 0);
      String carrier = cell(f, 1);
      String tracking = cell(f, 2);
      if (carrier.isEmpty() && tracking.isEmpty()) {
        skipped += no.isEmpty() ? 0 : 1;
        continue;
      }
      rows.add(row(i + 1, no, carrier, tracking, seen));
    }
    return new Read.Rows(rows, skipped);
  }

  private static Row row(int number, String no, String carrier, String tracking, Set<Long> seen) {
    long orderNo = 0;
    RowProblem p = null;
    try {
      orderNo = Long.parseLong(no);
      if (orderNo <= 0) {
        p = RowProblem.BAD_ORDER_NO;
      }
    } catch (NumberFormatException e) {
      p = RowProblem.BAD_ORDER_NO;
    }
    if (p == null) {
      p = texts(carrier, tracking);
    }
    if (p == null && !seen.add(orderNo)) {
      p = RowProblem.DUPLICATE;
    }
    return new Row(number, no, orderNo, carrier, tracking, p);
  }

  /** SetSendingInfo's own limits (docs/qapi.md §5.6), checked before anything is sent. */
  private static RowProblem texts(String carrier, String tracking) {
    if (carrier.isEmpty()) {
      return RowProblem.NO_CARRIER;
    }
    if (carrier.length() > 200) {
      return RowProblem.CARRIER_TOO_LONG;
    }
    if (tracking.isEmpty()) {
      return RowProblem.NO_TRACKING;
    }
    if (tracking.length() > 50) {
      return RowProblem.TRACKING_TOO_LONG;
    }
    return null;
  }

  private static String cell(List<String> f, int i) {
    return i < f.size() ? f.get(i).strip() : "";
  }

  /** UTF-8 after a BOM, else strict UTF-8, else strict windows-31j; null when none fits. */
  private static String decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return strict(ByteBuffer.wrap(b, 3, b.length - 3), StandardCharsets.UTF_8);
    }
    String utf8 = strict(ByteBuffer.wrap(b), StandardCharsets.UTF_8);
    return utf8 != null ? utf8 : strict(ByteBuffer.wrap(b), Charset.forName("windows-31j"));
  }

  private static String strict(ByteBuffer b, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(b)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
