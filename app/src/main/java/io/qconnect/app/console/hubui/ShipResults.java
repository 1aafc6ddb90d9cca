package io.qconnect.app.console.hubui;

import java.util.List;

/**
 * What a bulk ship or a tracking upload did, row by row, in the viewer's language: kept for the
 * next page only.
 *
 * @param title what was done (the file's name, or bulk ship)
 */
public record ShipResults(String title, List<Row> rows) {
  public ShipResults {
    rows = List.copyOf(rows);
  }

  /**
   * One row.
   *
   * @param place the row's line in the file, or its position among the ticked lines
   * @param outcome ok, same, skipped or error
   */
  public record Row(long place, String orderNo, String outcome, String text) {}
}
