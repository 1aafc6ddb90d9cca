package io.qconnect.protocol.wire;

/**
 * A row of a QAPI answer that is a plain value: a record of texts, numbers and dates whose {@code
 * equals} holds exactly when the two rows are written alike. The JSON encoder keeps the bytes of
 * rows it has written ({@link RowBytes}) and writes them again for an equal row, instead of
 * encoding the same fields once more: a client polling an order search or an item gets the same
 * rows call after call.
 */
public interface QapiRow {
  /**
   * A hash of the few fields that tell rows apart (an order number, an item code), consistent with
   * {@code equals}: equal rows give equal values. The encoder's row cache hashes by it and compares
   * whole rows only within a bucket, instead of hashing every text of a wide row on each look-up.
   */
  int rowHash();
}
