package io.qconnect.protocol.item;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code InventoryInfo} text of ItemsOptions.EditGoodsInventory (docs/qapi.md §7.8): rows
 * joined by {@code $$}, columns by {@code ||*}. A row is {@code name||*value||*price||*qty||*code};
 * with several axes the name/value pairs repeat before the price ({@code
 * n1||*v1||*n2||*v2||*price||*qty||*code}), the layout SetNewGoods uses for {@code ItemType} — the
 * reference leaves the multi-axis layout of this field undocumented, so this project chose the
 * documented one. Between one and three axes are accepted, as on QSM's combination-option screen.
 */
public final class InventoryInfoFormat {
  public static final String COL = "||*";
  public static final String ROW = "$$";
  public static final int MAX_AXES = 3;

  /** The error text Qoo10 answers for a malformed InventoryInfo (code -10002). */
  public static final String FORMAT_ERROR =
      "Check Inventory Data Format (Name||*Value||*Price||*Qty||*OptioCode$$)";

  private InventoryInfoFormat() {}

  /** Renders options as InventoryInfo text. */
  public static String format(List<InventoryOption> options) {
    List<String> rows = new ArrayList<>();
    for (InventoryOption o : options) {
      List<String> cols = new ArrayList<>();
      o.axes()
          .forEach(
              a -> {
                cols.add(a.name());
                cols.add(a.value());
              });
      cols.add(Long.toString(o.priceDelta()));
      cols.add(Integer.toString(o.qty()));
      cols.add(o.optionCode());
      rows.add(String.join(COL, cols));
    }
    return String.join(ROW, rows);
  }

  /**
   * Parses InventoryInfo text; blank text means "no options".
   *
   * @throws IllegalArgumentException naming the row (1-based) and what is wrong
   */
  public static List<InventoryOption> parse(String text) {
    List<InventoryOption> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String[] rows = text.split(Pattern.quote(ROW), -1);
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].isBlank() && r == rows.length - 1 && r > 0) {
        continue; // a trailing $$ is tolerated
      }
      out.add(parseRow(rows[r], r + 1));
    }
    return out;
  }

  private static InventoryOption parseRow(String row, int number) {
    String[] c = row.split(Pattern.quote(COL), -1);
    int axes = (c.length - 3) / 2;
    if (c.length < 5 || (c.length - 3) % 2 != 0 || axes > MAX_AXES) {
      throw new IllegalArgumentException(
          "row " + number + ": expected name||*value (1 to 3 times)||*price||*qty||*code");
    }
    List<OptionAxis> list = new ArrayList<>();
    for (int i = 0; i < axes; i++) {
      if (c[2 * i].isBlank() || c[2 * i + 1].isBlank()) {
        throw new IllegalArgumentException("row " + number + ": option name or value is blank");
      }
      list.add(new OptionAxis(c[2 * i].trim(), c[2 * i + 1].trim()));
    }
    long price = number(c[c.length - 3], "price", number);
    long qty = number(c[c.length - 2], "qty", number);
    if (qty < 0 || qty > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("row " + number + ": qty out of range: " + qty);
    }
    return new InventoryOption(list, price, (int) qty, c[c.length - 1].trim());
  }

  private static long number(String s, String what, int row) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "row " + row + ": " + what + " is not a whole number: '" + s + "'", e);
    }
  }
}
