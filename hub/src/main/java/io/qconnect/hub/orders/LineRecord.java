package io.qconnect.hub.orders;

import java.time.Instant;

/**
 * A stored line with its {@code detail}: the full Qoo10 row as last seen, as GetShippingInfo_v3
 * JSON (address, buyer, prices), kept for fulfilment and later features.
 */
record LineRecord(OrderLine line, String detail) {

  /** The same record, stamped as written now: the line's next version. */
  LineRecord stamped(Instant now) {
    return new LineRecord(line.stamped(now), detail);
  }
}
