package io.qconnect.hub.orders;

import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The estimated ship date (発送予定日) the hub sends when it confirms a line: {@code n} Japanese
 * business days after payment, but never earlier than the next business day after today — Qoo10
 * refuses a date that is not after today (-10018), and a late confirmation must not promise a day
 * already gone.
 */
final class ShipDatePolicy {
  private final JapaneseBusinessCalendar calendar;

  ShipDatePolicy(JapaneseBusinessCalendar calendar) {
    this.calendar = calendar;
  }

  LocalDate estimatedShipDate(LocalDateTime paymentDate, LocalDate today, int businessDays) {
    LocalDate paid = paymentDate == null ? today : paymentDate.toLocalDate();
    LocalDate byPayment = calendar.plusBusinessDays(paid, businessDays);
    LocalDate earliest = calendar.nextBusinessDay(today);
    return byPayment.isBefore(earliest) ? earliest : byPayment;
  }
}
