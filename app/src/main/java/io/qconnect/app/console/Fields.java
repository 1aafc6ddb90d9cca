package io.qconnect.app.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks a form's fields before anything is written: each field against its limit (the
 * size of its column, its range, its choices), every refusal collected with its field, then {@link
 * #check()} refuses the whole form at once. The console then shows the form again with what was
 * typed and each error next to its field ({@link Kept}). Values read from a refused field are
 * placeholders ("", 0, null): use them only after {@code check()}.
 */
public final class Fields {
  private static final int ECHO = 40;

  private final Call c;
  private final Map<String, String> errors = new LinkedHashMap<>();

  Fields(Call c) {
    this.c = c;
  }

  /** An optional one-line text of at most {@code max} characters, trimmed. */
  public String text(String name, String labelKey, int max) {
    return checked(name, labelKey, c.form(name), max, false, false);
  }

  /** A one-line text that must be given, of at most {@code max} characters, trimmed. */
  public String required(String name, String labelKey, int max) {
    return checked(name, labelKey, c.form(name), max, true, false);
  }

  /** A text of several lines (line breaks and tabs allowed), trimmed. */
  public String lines(String name, String labelKey, int max, boolean required) {
    return checked(name, labelKey, c.form(name), max, required, true);
  }

  /** An e-mail address: something@domain, at most {@code max} characters. */
  public String email(String name, String labelKey, int max, boolean required) {
    String v = checked(name, labelKey, c.form(name), max, required, false);
    if (!v.isEmpty() && !v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      reject(name, c.t().f("form.email", label(labelKey), echo(v)));
      return "";
    }
    return v;
  }

  /** One of an enum's constants by name; anything else (or nothing) is refused. */
  public <E extends Enum<E>> E choice(String name, String labelKey, Class<E> type) {
    List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    String v = choice(name, labelKey, names);
    return v.isEmpty() ? null : Enum.valueOf(type, v);
  }

  /** One of {@code allowed}; anything else (or nothing) is refused. */
  public String choice(String name, String labelKey, List<String> allowed) {
    String v = c.form(name);
    if (!allowed.contains(v)) {
      reject(name, c.t().f("error.choice", label(labelKey), echo(v), String.join(", ", allowed)));
      return "";
    }
    return v;
  }

  /** A whole number in [min, max]; {@code fallback} when left empty and not required. */
  public long whole(String name, String labelKey, long min, long max, Long fallback) {
    String v = c.form(name);
    if (v.isEmpty() && fallback != null) {
      return fallback;
    }
    long n;
    try {
      n = Long.parseLong(v.replace(",", ""));
    } catch (NumberFormatException e) {
      reject(name, c.t().f("error.number", label(labelKey), echo(v)));
      return 0;
    }
    if (n < min || n > max) {
      reject(name, c.t().f("form.range", label(labelKey), min, max, echo(v)));
      return 0;
    }
    return n;
  }

  /** A date (yyyy-MM-dd), null when left empty and not required. */
  public LocalDate date(String name, String labelKey, boolean required) {
    String v = c.form(name);
    if (v.isEmpty()) {
      if (required) {
        reject(name, c.t().f("form.required", label(labelKey)));
      }
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (d.getYear() < 2000 || d.getYear() > 2999) {
        throw new DateTimeParseException("out of range", v, 0);
      }
      return d;
    } catch (DateTimeParseException e) {
      reject(name, c.t().f("error.date", label(labelKey), echo(v)));
      return null;
    }
  }

  /** Refuses a field with a text of one's own (a check only the screen knows). */
  public void reject(String name, String message) {
    errors.putIfAbsent(name, message);
  }

  /** Whether a field has been refused so far. */
  public boolean refused(String name) {
    return errors.containsKey(name);
  }

  /** Refuses the form, every field error with it, when any field was refused. */
  public void check() {
    if (!errors.isEmpty()) {
      throw new FormException(errors);
    }
  }

  private String checked(
      String name, String labelKey, String v, int max, boolean required, boolean lines) {
    if (required && v.isEmpty()) {
      reject(name, c.t().f("form.required", label(labelKey)));
      return "";
    }
    if (v.length() > max) {
      reject(name, c.t().f("form.tooLong", label(labelKey), max, v.length()));
      return "";
    }
    if (hasControl(v, lines)) {
      reject(name, c.t().f("form.control", label(labelKey)));
      return "";
    }
    return v;
  }

  /** A control character (NUL, escape, ...); line breaks and tabs only in texts of lines. */
  static boolean hasControl(String v, boolean lines) {
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      boolean allowed = lines && (ch == '\n' || ch == '\r' || ch == '\t');
      if (!allowed && (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029')) {
        return true;
      }
    }
    return false;
  }

  private String label(String key) {
    return c.t().t(key);
  }

  /** A refused value as the message shows it: at most {@value #ECHO} characters. */
  private static String echo(String v) {
    String one = v.replaceAll("\\p{Cntrl}", " ");
    return one.length() <= ECHO ? one : one.substring(0, ECHO) + "…";
  }
}
