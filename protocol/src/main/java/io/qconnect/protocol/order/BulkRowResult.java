package io.qconnect.protocol.order;

/**
 * One row's outcome in a bulk answer. The overall ResultCode of a bulk call may be 0 while rows
 * fail, so callers check every row.
 */
public interface BulkRowResult {
  /** What the row was about: an order number or an item code. */
  String subject();

  int code();

  String message();

  default boolean isSuccess() {
    return code() == 0;
  }
}
