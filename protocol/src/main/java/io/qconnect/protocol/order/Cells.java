package io.qconnect.protocol.order;

import io.qconnect.protocol.wire.QapiDates;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Reads a wire row's optional cells into the view's values: a missing number is 0. */
final class Cells {
  private Cells() {}

  static long num(Long v) {
    return v == null ? 0L : v;
  }

  static int num(Integer v) {
    return v == null ? 0 : v;
  }

  static long yen(BigDecimal v) {
    return v == null ? 0L : v.longValue();
  }

  /** A {@code yyyy-MM-dd HH:mm:ss} date, or null when empty or unreadable. */
  static LocalDateTime date(String v) {
    return QapiDates.parseWire(v).orElse(null);
  }
}
