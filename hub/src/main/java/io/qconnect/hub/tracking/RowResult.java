package io.qconnect.hub.tracking;

import java.util.List;

/**
 * What became of one reported line when lines are taken one by one (the console's bulk ship and CSV
 * upload): each row is applied whole (with the rest of its cart) or not at all.
 */
public sealed interface RowResult {
  /** The row's place: its line in the file, or its position in the list (from 1). */
  long row();

  /** The order number as given. */
  String orderNo();

  /**
   * Queued for write-back.
   *
   * @param carrier Qoo10's name of the carrier
   * @param cartLines other lines of the cart queued with the same parcel
   */
  record Queued(
      long row,
      String shopId,
      String orderNo,
      String carrier,
      String trackingNo,
      List<Long> cartLines)
      implements RowResult {
    public Queued {
      cartLines = List.copyOf(cartLines);
    }
  }

  /** The line already has this carrier and tracking number: nothing to do. */
  record Unchanged(long row, String shopId, String orderNo) implements RowResult {}

  /** Neither carrier nor tracking number given (a line of an export left to ship later). */
  record Skipped(long row, String orderNo) implements RowResult {}

  /** Not applied, with the reason. */
  record Refused(long row, String orderNo, RowProblem problem) implements RowResult {}
}
