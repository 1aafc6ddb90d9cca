package io.qconnect.protocol.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of a CSV the system writes, safe to open in Excel, LibreOffice or Google Sheets (formula or
 * "CSV" injection, OWASP): a cell whose text starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be read as a formula, so such a cell gets a single
 * quote in front, which the spreadsheet takes as "text" and does not show. Their full-width forms
 * ({@code ＝ ＋ － ＠}) are escaped too, since Japanese Excel turns them into a formula on input. A
 * plain number such as {@code -1200} or {@code +3.5} is left as it is: it cannot hold a formula and
 * stays a number.
 *
 * <p>Text that buyers, sellers or Qoo10 supply (names, addresses, item titles, messages, error
 * texts echoing input) must pass through {@link #safe} or {@link #row} before it is written to a
 * CSV, error reports included.
 */
public final class CsvCells {
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private CsvCells() {}

  /**
   * The cell's text made inert: with a leading {@code '} when it starts with {@code = + - @} (or
   * their full-width forms), tab or carriage return, and is not a plain number; unchanged
   * otherwise. Null is "".
   */
  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return switch (cell.charAt(0)) {
      case '=', '@', '\t', '\r', '＝', '＋', '－', '＠' -> "'" + cell;
      case '+', '-' -> NUMBER.matcher(cell).matches() ? cell : "'" + cell;
      default -> cell;
    };
  }

  /**
   * One CSV line (RFC 4180, without the line break): every cell made {@link #safe}, and quoted with
   * its quotes doubled when it holds a comma, a quote or a line break.
   */
  public static String row(List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = safe(cells.get(i));
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
