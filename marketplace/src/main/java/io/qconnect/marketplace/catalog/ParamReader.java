package io.qconnect.marketplace.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Reads wire parameters into typed values, remembering the first problem instead of throwing: a
 * call is checked as a whole, then answered with the first problem's code, or carried out.
 */
final class ParamReader {
  /** What a problem is about, for the per-method result codes. */
  enum Field {
    CATEGORY,
    SHIP_BY,
    ORIGIN,
    BRAND,
    OTHER
  }

  static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static final Set<String> TAX_RATES = Set.of("S", "10", "8", "0");

  private final Function<String, String> param;
  private Field problemField;
  private String problem;

  ParamReader(Function<String, String> param) {
    this.param = param;
  }

  /** The parameter, stripped; "" when absent. */
  String raw(String name) {
    String v = param.apply(name);
    return v == null ? "" : v.strip();
  }

  <T> Outcome<T> result(ToIntFunction<Field> codes, Supplier<T> make) {
    if (problem == null) {
      return Outcome.done(make.get());
    }
    int code = codes.applyAsInt(problemField);
    return Outcome.refused(
        code, code == CatalogCodes.PROCESSING ? CatalogCodes.processing(problem) : problem);
  }

  String taxRate() {
    String t = raw("TaxRate").toUpperCase(Locale.ROOT);
    if (!t.isEmpty() && !TAX_RATES.contains(t)) {
      fail(Field.OTHER, "TaxRate must be S, 10, 8 or 0: '" + t + "'");
    }
    return t;
  }

  String yesNo(String name, boolean required) {
    String v = raw(name).toUpperCase(Locale.ROOT);
    if (v.isEmpty() && !required) {
      return "N";
    }
    if (!v.equals("Y") && !v.equals("N")) {
      fail(Field.OTHER, name + " must be Y or N: '" + v + "'");
      return "N";
    }
    return v;
  }

  String required(String name, int max) {
    String v = text(name, max);
    if (v.isEmpty()) {
      fail(Field.OTHER, name + " is required");
      return "-";
    }
    return v;
  }

  String text(String name, int max) {
    String v = raw(name);
    if (v.length() > max) {
      fail(Field.OTHER, name + " has at most " + max + " characters, not " + v.length());
      return v.substring(0, max);
    }
    return v;
  }

  String digits(String name) {
    String v = raw(name);
    if (!v.matches("\\d{0,20}")) {
      fail(Field.OTHER, name + " must be a number: '" + v + "'");
      return "";
    }
    return v;
  }

  String url(String name) {
    String v = text(name, 200);
    if (!v.isEmpty() && !v.matches("https?://\\S+")) {
      fail(Field.OTHER, name + " must be an http(s) URL: '" + v + "'");
    }
    return v;
  }

  long amount(String name, long min, boolean required) {
    String v = raw(name);
    if (v.isEmpty() && !required) {
      return min;
    }
    if (!v.matches("-?\\d{1,18}")
        || Long.parseLong(v) < min
        || Long.parseLong(v) > ItemFields.MAX_PRICE) {
      fail(Field.OTHER, name + " must be " + min + "..999,999,999 yen: '" + v + "'");
      return Math.max(min, 1);
    }
    return Long.parseLong(v);
  }

  int quantity(String name, boolean required) {
    String v = raw(name);
    if (v.isEmpty() && !required) {
      return 0;
    }
    if (!v.matches("\\d{1,10}") || Long.parseLong(v) > Integer.MAX_VALUE) {
      fail(Field.OTHER, name + " must be 0.." + Integer.MAX_VALUE + ": '" + v + "'");
      return 0;
    }
    return Integer.parseInt(v);
  }

  LocalDate date(String name) {
    String v = raw(name);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v, ISO);
    } catch (DateTimeParseException e) {
      fail(Field.OTHER, name + " must be a date yyyy-MM-dd: '" + v + "'");
      return null;
    }
  }

  void fail(Field field, String message) {
    if (problem == null) {
      problemField = field;
      problem = message;
    }
  }
}
