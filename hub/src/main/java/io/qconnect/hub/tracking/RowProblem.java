package io.qconnect.hub.tracking;

/**
 * Why one reported line (a CSV row, a ticked line of the console) cannot ship. The JSON API and the
 * command line say it in English ({@link #english()}); the console names {@link #kind()} in the
 * viewer's language.
 *
 * @param field the column the problem is in: shop, orderNo, carrier or trackingNo
 * @param value the value as given ("" when missing)
 */
public record RowProblem(Kind kind, String field, String value) {

  /** The closed set of problems a row can have. */
  public enum Kind {
    /** The field is empty. */
    MISSING,
    /** The order number is not 1–18 digits (or is 0). */
    NOT_AN_ORDER_NO,
    /** The carrier name is longer than 200 characters. */
    CARRIER_TOO_LONG,
    /** The tracking number is not 1–50 printable ASCII characters without spaces. */
    BAD_TRACKING,
    /** The row has another number of cells than the header. */
    COLUMNS,
    /** The shop has no such order line. */
    NO_SUCH_ORDER,
    /** The line's hub status does not allow shipping (value: the status). */
    NOT_SHIPPABLE,
    /** The same line is listed earlier with another carrier or tracking number. */
    LISTED_TWICE
  }

  public RowProblem {
    value = value == null ? "" : value;
  }

  /** The problem as the JSON API and the command line report it, after the field's place. */
  String english() {
    return switch (kind) {
      case MISSING -> "missing";
      case NOT_AN_ORDER_NO -> "not an order number: '" + value + "'";
      case CARRIER_TOO_LONG -> "longer than 200 characters";
      case BAD_TRACKING ->
          "must be 1–50 letters, digits or symbols without spaces, not '" + value + "'";
      case COLUMNS -> "expected 3 columns (orderNo,carrier,trackingNo), found " + value;
      case NO_SUCH_ORDER -> "no such order: " + value;
      case NOT_SHIPPABLE -> "is " + value + " and cannot be shipped";
      case LISTED_TWICE -> "order " + value + " is listed twice with different tracking";
    };
  }
}
