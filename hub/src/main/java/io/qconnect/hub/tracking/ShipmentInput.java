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

  /** Checks every field and maps carriers; refuses at the first bad field. */
  static List<ShipmentRequest> check(List<ShippedLine> rows, Locator where, CarrierTable carriers) {
    if (rows.isEmpty()) {
      throw new HubException("nothing to ship: the list is empty");
    }
    List<ShipmentRequest> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ShippedLine r = rows.get(i);
      String shop = required(r.shopId(), where.at(i, "shop"));
      long orderNo = orderNo(r.orderNo(), where.at(i, "orderNo"));
      String given = required(r.carrier(), where.at(i, "carrier"));
      String carrier = carriers.toQoo10(given);
      if (carrier.length() > 200) {
        throw new HubException(where.at(i, "carrier") + ": longer than 200 characters");
      }
      String tracking = required(r.trackingNo(), where.at(i, "trackingNo"));
      if (!tracking.matches("[\\x21-\\x7E]{1,50}")) {
        throw new HubException(
            where.at(i, "trackingNo")
                + ": must be 1–50 letters, digits or symbols without spaces, not '"
                + tracking
                + "'");
      }
      out.add(new ShipmentRequest(shop, orderNo, given, carrier, tracking));
    }
    return out;
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

  private static String required(String value, String where) {
    if (value == null || value.isBlank()) {
      throw new HubException(where + ": missing");
    }
    return value.strip();
  }

  private static long orderNo(String value, String where) {
    String v = required(value, where);
    if (!v.matches("[0-9]{1,18}") || Long.parseLong(v) == 0) {
      throw new HubException(where + ": not an order number: '" + v + "'");
    }
    return Long.parseLong(v);
  }
}
