package io.qconnect.protocol.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One Japanese day off: a national holiday (国民の祝日), a substitute holiday (振替休日), a citizens'
 * holiday (国民の休日) or a one-off holiday declared by a special law.
 *
 * <p>It is a value rather than a bare date because callers show the reason a day is closed (order
 * screens, shipping estimates), and the names follow the published lists so that they can be
 * compared with them.
 *
 * @param date the day off
 * @param nameJa the Japanese name, e.g. {@code 成人の日} or {@code こどもの日 振替休日}
 * @param nameEn the English name, e.g. {@code Coming of Age Day} or {@code Holiday in lieu}
 */
public record Holiday(LocalDate date, String nameJa, String nameEn) {

  /** Rejects missing parts: a holiday without a date or a name is a programming error. */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(nameJa, "nameJa");
    Objects.requireNonNull(nameEn, "nameEn");
  }
}
