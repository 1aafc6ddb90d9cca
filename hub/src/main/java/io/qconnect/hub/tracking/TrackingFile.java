package io.qconnect.hub.tracking;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.qconnect.hub.core.UploadedText;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file of tracking numbers as an operator uploads it: the order list's CSV export with carrier
 * and tracking number filled in (Japanese column names, UTF-8 with a byte-order mark or Shift_JIS
 * as Excel saves it), or the command line's {@code orderNo,carrier,trackingNo}. Columns are found
 * by their names, so the export's other columns are ignored; a file without a header row is read as
 * {@code orderNo,carrier,trackingNo}.
 */
final class TrackingFile {
  /** Column names (compared without case, width and spaces) to the fields they hold. */
  private static final Map<String, String> NAMES =
      Map.of(
          "orderno", "orderNo",
          "注文番号", "orderNo",
          "carrier", "carrier",
          "配送会社", "carrier",
          "trackingno", "trackingNo",
          "送り状番号", "trackingNo",
          "shop", "shop",
          "ショップid", "shop");

  /** The rows read, each with its line in the file; or why the whole file is refused. */
  record Read(ShipmentUpload.Refused refused, List<ShippedLine> rows, List<Long> lines) {}

  private TrackingFile() {}

  /** The uploaded bytes as text: see {@link UploadedText#decode}. */
  static String decode(byte[] bytes) {
    return UploadedText.decode(bytes);
  }

  static Read read(String defaultShop, String text) {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(text)) {
      csv.forEach(records::add);
    } catch (CsvParseException | UncheckedIOException e) {
      return refused(ShipmentUpload.FileProblem.NOT_CSV, e.getMessage());
    } catch (java.io.IOException e) {
      return refused(ShipmentUpload.FileProblem.NOT_CSV, e.getMessage());
    }
    if (records.isEmpty()) {
      return refused(ShipmentUpload.FileProblem.NO_ROWS, "");
    }
    CsvRecord first = records.getFirst();
    boolean header = !first.getField(0).strip().matches("[0-9]+");
    Map<String, Integer> at = header ? columns(first) : positional();
    if (!at.keySet().containsAll(List.of("orderNo", "carrier", "trackingNo"))) {
      return refused(ShipmentUpload.FileProblem.BAD_HEADER, String.join(",", first.getFields()));
    }
    if (!at.containsKey("shop") && (defaultShop == null || defaultShop.isBlank())) {
      return refused(ShipmentUpload.FileProblem.NO_SHOP, "");
    }
    List<CsvRecord> body = header ? records.subList(1, records.size()) : records;
    if (body.isEmpty()) {
      return refused(ShipmentUpload.FileProblem.NO_ROWS, "");
    }
    List<ShippedLine> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    for (CsvRecord r : body) {
      String shop = at.containsKey("shop") ? cell(r, at.get("shop")) : "";
      rows.add(
          new ShippedLine(
              shop.isBlank() ? defaultShop : shop,
              cell(r, at.get("orderNo")),
              cell(r, at.get("carrier")),
              cell(r, at.get("trackingNo"))));
      lines.add(r.getStartingLineNumber());
    }
    return new Read(null, rows, lines);
  }

  private static Read refused(ShipmentUpload.FileProblem p, String value) {
    return new Read(
        new ShipmentUpload.Refused(p, value == null ? "" : value), List.of(), List.of());
  }

  private static Map<String, Integer> columns(CsvRecord header) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.getFieldCount(); i++) {
      String field = NAMES.get(key(header.getField(i)));
      if (field != null) {
        at.putIfAbsent(field, i);
      }
    }
    return at;
  }

  private static Map<String, Integer> positional() {
    return Map.of("orderNo", 0, "carrier", 1, "trackingNo", 2);
  }

  private static String cell(CsvRecord r, int i) {
    return i < r.getFieldCount() ? r.getField(i) : "";
  }

  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }
}
