package io.qconnect.app.console;

import java.util.List;
import java.util.Map;

/**
 * What a refused form held, shown again on the page it came back to: the values as typed (never a
 * password or a secret) and an error text per field. Forms ask their page's {@link
 * Shell#form(String)} for it by their action, so that of several forms on one page only the one
 * sent gets its values back.
 *
 * @param action the path the form was posted to ("" when nothing is kept)
 * @param values every field as sent, by name
 * @param errors the error of each field that has one, by name
 */
public record Kept(String action, Map<String, List<String>> values, Map<String, String> errors) {
  /** Nothing kept: every field shows its page's value. */
  public static final Kept NONE = new Kept("", Map.of(), Map.of());

  public Kept {
    values = Map.copyOf(values);
    errors = Map.copyOf(errors);
  }

  /** The field's value as typed, else {@code fallback} (the page's value; null shows as ""). */
  public String value(String name, Object fallback) {
    List<String> v = values.get(name);
    if (v != null && !v.isEmpty()) {
      return v.get(0);
    }
    return fallback == null ? "" : String.valueOf(fallback);
  }

  /** Whether a checkbox is ticked: as sent when the form comes back, else {@code fallback}. */
  public boolean checked(String name, boolean fallback) {
    return action.isEmpty() ? fallback : values.containsKey(name);
  }

  /** Whether the option {@code value} of a select or radio is chosen, else {@code fallback}. */
  public boolean chosen(String name, String value, boolean fallback) {
    List<String> v = values.get(name);
    return v == null ? fallback : v.contains(value);
  }

  /** This when it holds a refused form, else {@code other} (a form with two actions). */
  public Kept or(Kept other) {
    return action.isEmpty() ? other : this;
  }

  /** The field's error, "" when it has none. */
  public String error(String name) {
    return errors.getOrDefault(name, "");
  }

  /** Whether the field has an error. */
  public boolean invalid(String name) {
    return errors.containsKey(name);
  }

  /** The field's {@code aria-invalid}: "true" when it has an error, else null (no attribute). */
  public String aria(String name) {
    return invalid(name) ? "true" : null;
  }
}
