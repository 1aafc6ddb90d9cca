package io.qconnect.protocol.wire;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * QAPI dates: always Japan time, never with an offset (docs/qapi.md §10). Every format is read
 * strictly: a date that does not exist ({@code 20260230}, {@code 20261131}) or an hour 24 is not a
 * date, never moved to a nearby one. Requests use {@code yyyyMMdd} or {@code yyyyMMddHHmmss};
 * responses use {@code yyyy-MM-dd HH:mm:ss}; some methods take {@code yyyy-MM-dd} or {@code
 * yyyy/MM/dd}.
 */
public final class QapiDates {
  public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  /** {@code yyyyMMdd}: EstShipDt and date-only search bounds. */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  /** {@code yyyyMMddHHmmss}: search bounds with a time. */
  public static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  /** {@code yyyy-MM-dd HH:mm:ss}: every date-time in a response. */
  public static final DateTimeFormatter WIRE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  /** {@code yyyy-MM-dd}: ExpireDate, ManufactureDate and similar. */
  public static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** {@code yyyy/MM/dd}: AvailableDateValue release dates and RequestFileDownload. */
  public static final DateTimeFormatter SLASH_DATE =
      DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter WIRE_MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT);

  private QapiDates() {}

  /**
   * Formats a date-time for a response, or "" for none: what {@link #WIRE} gives, written digit by
   * digit for the years 0 to 9999 (a GetShippingInfo_v3 answer of 100 rows formats some 800 dates,
   * where the formatter cost a twentieth of the call), by the formatter beyond.
   */
  public static String wire(LocalDateTime t) {
    if (t == null) {
      return "";
    }
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      return WIRE.format(t);
    }
    byte[] b = new byte[19];
    date(b, year, t.getMonthValue(), t.getDayOfMonth());
    b[10] = ' ';
    two(b, 11, t.getHour());
    b[13] = ':';
    two(b, 14, t.getMinute());
    b[16] = ':';
    two(b, 17, t.getSecond());
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** Formats a date for a response ({@code yyyy-MM-dd}), or "" for none; as {@link #wire}. */
  public static String wireDate(LocalDate d) {
    if (d == null) {
      return "";
    }
    int year = d.getYear();
    if (year < 0 || year > 9999) {
      return ISO_DATE.format(d);
    }
    byte[] b = new byte[10];
    date(b, year, d.getMonthValue(), d.getDayOfMonth());
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** {@code yyyy-MM-dd} into the first ten bytes of {@code b}; {@code year} within 0..9999. */
  private static void date(byte[] b, int year, int month, int day) {
    two(b, 0, year / 100);
    two(b, 2, year % 100);
    b[4] = '-';
    two(b, 5, month);
    b[7] = '-';
    two(b, 8, day);
  }

  /** Two digits of {@code v} (0..99) at {@code at}. */
  private static void two(byte[] b, int at, int v) {
    b[at] = (byte) ('0' + v / 10);
    b[at + 1] = (byte) ('0' + v % 10);
  }

  /**
   * Reads a response date-time leniently: {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-dd HH:mm},
   * {@code yyyy-MM-dd} (start of day), or empty.
   */
  public static Optional<LocalDateTime> parseWire(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.trim().replace('T', ' ');
    try {
      return switch (t.length()) {
        case 10 -> Optional.of(LocalDate.parse(t, ISO_DATE).atStartOfDay());
        case 16 -> Optional.of(LocalDateTime.parse(t, WIRE_MINUTES));
        default -> Optional.of(LocalDateTime.parse(t.substring(0, Math.min(19, t.length())), WIRE));
      };
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a search bound sent as {@code yyyyMMdd} or {@code yyyyMMddHHmmss}. A date-only start is
   * the start of the day; a date-only end is the last second of the day.
   *
   * @throws IllegalArgumentException when the text is neither format
   */
  public static LocalDateTime parseSearchBound(String s, boolean end) {
    String t = s == null ? "" : s.trim();
    try {
      if (t.length() == 8) {
        LocalDate d = LocalDate.parse(t, DATE);
        return end ? d.atTime(LocalTime.of(23, 59, 59)) : d.atStartOfDay();
      }
      if (t.length() == 14) {
        return LocalDateTime.parse(t, DATE_TIME);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (yyyyMMdd or yyyyMMddHHmmss): '" + t + "'", e);
    }
    throw new IllegalArgumentException("not a date (yyyyMMdd or yyyyMMddHHmmss): '" + t + "'");
  }

  /** Reads {@code yyyyMMdd}. */
  public static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s.trim(), DATE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (yyyyMMdd): '" + s + "'", e);
    }
  }
}
