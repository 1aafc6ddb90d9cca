package io.qconnect.marketplace.bulk;

import java.util.Objects;

/**
 * The result of one data row: applied or refused with the code and message the same QAPI call
 * answers (code 0 and "" when applied).
 *
 * @param row the row's number as a spreadsheet shows it (the header is row 1)
 * @param itemCode the item the row named or created, "" when unknown
 */
public record RowResult(int row, boolean ok, String itemCode, int code, String message) {
  public RowResult {
    itemCode = itemCode == null ? "" : itemCode;
    message = Objects.requireNonNullElse(message, "");
  }
}
