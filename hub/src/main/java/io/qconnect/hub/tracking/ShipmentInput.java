package io.qconnect.hub.tracking;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.qconnect.hub.core.HubException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and checks shipped reports field by field. Any bad field refuses the whole input with a
 * message naming where: "shipments.csv row 4, column trackingNo: missing".
 */
final class ShipmentInput {
  static final List<String> CSV_COLUMNS = List.of("orderNo", "carrier", "trackingNo");

  private ShipmentInput() {}

  /** Names the place of a field in the input. */
  @FunctionalInterface
  interface Locator {
    String at(int index, String field);

    /** JSON arrays: "item 2, field trackingNo". */
    static Locator json() {
      return (i, f) -> "item " + (i + 1) + ", field " + f;
    }
  }

  /** CSV rows with the file line each came from. */
  record Csv(List<ShippedLine> rows, List<Long> lines, String name) implements Locator {
    @Override
    public String at(int index, String field) {
      return name + " row " + lines.get(index) + ", column " + field;
    }
  }

  /** A row's fields checked: the request, or the first problem (exactly one is set). */
  record Checked(ShipmentRequest request, RowProblem problem) {}

  /** Checks every field and maps carriers; refuses at the first bad field. */
  static List<ShipmentRequest> check(List<ShippedLine> rows, Locator where, CarrierTable carriers) {
    if (rows.isEmpty()) {
      throw new HubException("nothing to ship: the list is empty");
    }
    List<ShipmentRequest> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Checked c = checkRow(rows.get(i), carriers);
      if (c.problem() != null) {
        throw new HubException(where.at(i, c.problem().field()) + ": " + c.problem().english());
      }
      out.add(c.request());
    }
    return out;
  }

  /** Checks one row's fields in column order and maps its carrier. */
  static Checked checkRow(ShippedLine r, CarrierTable carriers) {
    if (blank(r.shopId())) {
      return problem(RowProblem.Kind.MISSING, "shop", "");
    }
    if (blank(r.orderNo())) {
      return problem(RowProblem.Kind.MISSING, "orderNo", "");
    }
    String no = r.orderNo().strip();
    if (!no.matches("[0-9]{1,18}") || Long.parseLong(no) == 0) {
      return problem(RowProblem.Kind.NOT_AN_ORDER_NO, "orderNo", no);
    }
    if (blank(r.carrier())) {
      return problem(RowProblem.Kind.MISSING, "carrier", "");
    }
    String given = r.carrier().strip();
    String carrier = carriers.toQoo10(given);
    if (carrier.length() > 200) {
      return problem(RowProblem.Kind.CARRIER_TOO_LONG, "carrier", carrier);
    }
    if (blank(r.trackingNo())) {
      return problem(RowProblem.Kind.MISSING, "trackingNo", "");
    }
    String tracking = r.trackingNo().strip();
    if (!tracking.matches("[\\x21-\\x7E]{1,50}")) {
      return problem(RowProblem.Kind.BAD_TRACKING, "trackingNo", tracking);
    }
    return new Checked(
        new ShipmentRequest(r.shopId().strip(), Long.parseLong(no), given, carrier, tracking),
        null);
  }

  private static Checked problem(RowProblem.Kind kind, String field, String value) {
    return new Checked(null, new RowProblem(kind, field, value));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * Reads {@code orderNo,carrier,trackingNo} rows (a header row with these names is allowed; empty
   * lines are skipped).
   */
  static Csv readCsv(String shopId, Reader in, String name) {
    List<ShippedLine> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(in)) {
      boolean first = true;
      for (CsvRecord rec : csv) {
        boolean header = first && isHeader(rec);
        first = false;
        if (header) {
          continue;
        }
        if (rec.getFieldCount() != CSV_COLUMNS.size()) {
          throw new HubException(
              name
                  + " row "
                  + rec.getStartingLineNumber()
                  + ": expected 3 columns ("
                  + String.join(",", CSV_COLUMNS)
                  + "), found "
                  + rec.getFieldCount());
        }
        rows.add(new ShippedLine(shopId, rec.getField(0), rec.getField(1), rec.getField(2)));
        lines.add(rec.getStartingLineNumber());
      }
    } catch (CsvParseException e) {
      throw new HubException(name + ": not valid CSV: " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      throw new HubException(name + ": cannot be read: " + e.getMessage());
    }
    return new Csv(rows, lines, name);
  }

  private static boolean isHeader(CsvRecord rec) {
    return !rec.getFields().isEmpty()
        && rec.getField(0).strip().toLowerCase(Locale.ROOT).equals("orderno");
  }
}
