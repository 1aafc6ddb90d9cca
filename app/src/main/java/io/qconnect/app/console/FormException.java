package io.qconnect.app.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form whose fields {@link Fields} refused: each error belongs to its field, and the form comes
 * back with what was typed and each error next to its field.
 */
public final class FormException extends ConsoleInputException {
  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, String> errors;

  FormException(Map<String, String> errors) {
    super(String.join(" / ", errors.values()));
    this.errors = new LinkedHashMap<>(errors);
  }

  /** One field refused with {@code message} (a check only the domain could make). */
  public static FormException of(String field, String message) {
    return new FormException(Map.of(field, message));
  }

  /** The error of each refused field, by field name, in the form's order. */
  public Map<String, String> errors() {
    return Collections.unmodifiableMap(errors);
  }
}
