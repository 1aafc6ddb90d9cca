package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.wire.QapiDates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;

/**
 * An item's ship-by setting, QAPI's {@code AvailableDateType} + {@code AvailableDateValue}
 * (docs/qapi.md §9.6): 0 normal shipping within 1–3 business days, 1 preparation of 4–14 days, 2 a
 * release date {@code YYYY/MM/DD}, 3 same-day shipping for orders before {@code HH:MM}.
 */
public record ShipBy(Type type, String value) {
  private static final java.util.regex.Pattern TIME =
      java.util.regex.Pattern.compile("\\d{2}:\\d{2}");

  /** The four settings, by their wire code. */
  public enum Type {
    NORMAL("0"),
    PREPARATION("1"),
    RELEASE_DATE("2"),
    SAME_DAY("3");

    private final String code;

    Type(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Optional<Type> parse(String code) {
      for (Type t : values()) {
        if (t.code.equals(code)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  /** What a seller reads when the setting is refused. */
  public static final String RULE =
      "AvailableDateType 0 takes 1-3 (business days), 1 takes 4-14 (days), "
          + "2 a release date YYYY/MM/DD, 3 a cut-off time HH:MM";

  private static final DateTimeFormatter SLASH_DATE =
      QapiDates.SLASH_DATE.withResolverStyle(ResolverStyle.STRICT);

  public ShipBy {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (!valid(type, value)) {
      throw new IllegalArgumentException(RULE + ", not " + type.code() + "/" + value);
    }
  }

  /** The usual setting: ships within 3 business days. */
  public static ShipBy normal(int days) {
    return new ShipBy(Type.NORMAL, Integer.toString(days));
  }

  /** Reads the wire pair; empty when the pair breaks the rule. */
  public static Optional<ShipBy> parse(String type, String value) {
    String v = value == null ? "" : value.strip();
    return Type.parse(type == null ? "" : type.strip())
        .filter(t -> valid(t, v))
        .map(t -> new ShipBy(t, v));
  }

  private static boolean valid(Type type, String value) {
    return switch (type) {
      case NORMAL -> inRange(value, 1, 3);
      case PREPARATION -> inRange(value, 4, 14);
      case RELEASE_DATE -> isDate(value);
      case SAME_DAY -> isTime(value);
    };
  }

  private static boolean inRange(String value, int min, int max) {
    // one or two ASCII digits (a loop: every item read checks its ship-by rule)
    if (value.isEmpty() || value.length() > 2) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    int n = Integer.parseInt(value);
    return n >= min && n <= max;
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value, SLASH_DATE);
      return value.length() == 10;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isTime(String value) {
    if (!TIME.matcher(value).matches()) {
      return false;
    }
    try {
      LocalTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
