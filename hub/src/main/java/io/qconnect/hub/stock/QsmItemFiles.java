package io.qconnect.hub.stock;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.UploadedText;
import io.qconnect.protocol.item.InventoryInfoFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads QSM's two item downloads. {@code GoodsList.csv} (価格/数量): item no., seller code, name,
 * price, supply price, commission, quantity, shipping fee, shipping fee type, end date. {@code
 * InventoryManagement_gridInventory.csv} (組合型オプション): item no., seller code, data kind, option 1,
 * detail 1, option 2, detail 2, option 3, detail 3, price, quantity, option code. QSM writes UTF-8
 * (with a BOM) or Shift_JIS depending on the file and the time: a file that is not valid UTF-8 is
 * read as Shift_JIS (windows-31j). A first row whose item no. is not a number is a header. A bad
 * row refuses the whole import, naming the file, the row and the column.
 */
final class QsmItemFiles {
  static final String GOODS = "GoodsList.csv";
  static final String INVENTORY = "InventoryManagement_gridInventory.csv";

  private QsmItemFiles() {}

  /** The units by item code: options where the inventory file has them, else the item itself. */
  static Map<String, List<Listing>> read(String shop, byte[] goodsList, byte[] inventory) {
    if (goodsList == null && inventory == null) {
      throw new HubException("give " + GOODS + " and/or " + INVENTORY);
    }
    Map<String, String[]> goods = new LinkedHashMap<>();
    if (goodsList != null) {
      rows(goodsList, GOODS, 10).forEach(r -> goods.put(r[0], r));
    }
    Map<String, List<Listing>> out = new LinkedHashMap<>();
    if (inventory != null) {
      int row = 0;
      for (String[] r : rows(inventory, INVENTORY, 12)) {
        row++;
        String[] g = goods.get(r[0]);
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
          if (!r[3 + 2 * a].isBlank()) {
            names.add(r[3 + 2 * a].trim());
            values.add(r[4 + 2 * a].trim());
          }
        }
        if (values.isEmpty()) {
          throw new HubException(INVENTORY + " row " + row + ": no option (option1/detail1 empty)");
        }
        out.computeIfAbsent(r[0], k -> new ArrayList<>())
            .add(
                unit(
                    shop,
                    r[0],
                    String.join(InventoryInfoFormat.COL, values),
                    String.join(InventoryInfoFormat.COL, names),
                    r[11].trim(),
                    r[1].trim(),
                    g,
                    whole(r[10], INVENTORY, row, "quantity")));
      }
    }
    int row = 0;
    for (String[] g : goods.values()) {
      row++;
      if (!out.containsKey(g[0])) {
        out.put(
            g[0],
            List.of(
                unit(shop, g[0], "", "", "", g[1].trim(), g, whole(g[6], GOODS, row, "quantity"))));
      }
    }
    return out;
  }

  private static Listing unit(
      String shop,
      String item,
      String value,
      String name,
      String code,
      String seller,
      String[] goods,
      int qty) {
    long price = goods == null ? 0 : number(goods[3]);
    LocalDate end = goods == null ? null : date(goods[9]);
    String title = goods == null ? "" : goods[2].trim();
    return new Listing(
        0, shop, item, value, name, code, seller, title, price, end, qty, null, "", null, null, "",
        false);
  }

  /** The data rows (header skipped), each with at least {@code columns} cells. */
  private static List<String[]> rows(byte[] bytes, String file, int columns) {
    List<String[]> out = new ArrayList<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(UploadedText.decode(bytes))) {
      boolean first = true;
      for (CsvRecord rec : csv) {
        if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
          continue;
        }
        boolean header = first && !rec.getField(0).trim().matches("\\d+");
        first = false;
        if (header) {
          continue;
        }
        if (rec.getFieldCount() < columns) {
          throw new HubException(
              file
                  + " row "
                  + rec.getStartingLineNumber()
                  + ": expected "
                  + columns
                  + " columns, found "
                  + rec.getFieldCount());
        }
        if (!rec.getField(0).trim().matches("\\d{1,20}")) {
          throw new HubException(
              file
                  + " row "
                  + rec.getStartingLineNumber()
                  + ", column item no.: not an item number: '"
                  + rec.getField(0)
                  + "'");
        }
        String[] cells = rec.getFields().toArray(String[]::new);
        cells[0] = cells[0].trim();
        out.add(cells);
      }
    } catch (CsvParseException e) {
      throw new HubException(file + ": not valid CSV: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static int whole(String s, String file, int row, String column) {
    try {
      return new BigDecimal(s.trim().replace(",", "")).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new HubException(
          file + " row " + row + ", column " + column + ": not a whole number: '" + s + "'");
    }
  }

  private static long number(String s) {
    try {
      return new BigDecimal(s.trim().replace(",", "")).longValue();
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static LocalDate date(String s) {
    String t = s.trim().replace('/', '-');
    try {
      return t.length() < 10 ? null : LocalDate.parse(t.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
