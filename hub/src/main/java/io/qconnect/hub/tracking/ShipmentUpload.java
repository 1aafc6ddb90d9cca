package io.qconnect.hub.tracking;

import java.util.List;

/** The outcome of a tracking-number file taken row by row: refused as a whole, or per row. */
public sealed interface ShipmentUpload {

  /** Why a whole file is refused before any row is looked at. */
  enum FileProblem {
    /** Not readable as CSV (value: the parser's message). */
    NOT_CSV,
    /** No row after the header. */
    NO_ROWS,
    /**
     * A header without the columns order number, carrier and tracking number (value: the header).
     */
    BAD_HEADER,
    /** Neither the form nor a shop column names the shop. */
    NO_SHOP
  }

  /** Nothing was applied. */
  record Refused(FileProblem problem, String value) implements ShipmentUpload {}

  /** Every row with its result; the queued ones are written. */
  record Done(List<RowResult> rows) implements ShipmentUpload {
    public Done {
      rows = List.copyOf(rows);
    }

    public long count(Class<? extends RowResult> kind) {
      return rows.stream().filter(kind::isInstance).count();
    }
  }
}
