package io.qconnect.app.console;

import java.util.List;
import java.util.Map;

/**
 * What a refused form held, kept for the page it goes back to ({@link Kept}): the fields as typed,
 * never a password, key or secret, each capped, with the errors of its fields.
 */
final class KeptForms {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Router.class);

  private KeptForms() {}

  /**
   * Keeps what a refused form held for the page it goes back to (once): every field as typed but
   * passwords and secrets, each capped, and the errors of its fields. The first call of a request
   * wins, so that field errors are not replaced by none.
   */
  static void keep(Call c, Map<String, String> errors) {
    if (c.kept()) {
      return;
    }
    Map<String, List<String>> values = new java.util.LinkedHashMap<>();
    try {
      c.ctx()
          .formParamMap()
          .forEach(
              (name, v) -> {
                if (values.size() < MAX_KEPT_FIELDS && keepable(name)) {
                  values.put(name, v.stream().limit(100).map(KeptForms::capped).toList());
                }
              });
    } catch (RuntimeException e) {
      LOG.debug("console {}: form values not kept", c.ctx().path(), e);
    }
    c.once(Kept.class.getName(), new Kept(c.ctx().path(), values, errors));
  }

  private static final int MAX_KEPT_FIELDS = 200;
  private static final int MAX_KEPT_CHARS = 20_000;

  private static String capped(String v) {
    return v.length() <= MAX_KEPT_CHARS ? v : v.substring(0, MAX_KEPT_CHARS);
  }

  /** Never a password, key or secret, nor the form's own token and return path. */
  static boolean keepable(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return !n.startsWith("_")
        && !n.endsWith("key")
        && !n.contains("password")
        && !n.contains("secret")
        && !n.contains("pwd")
        && !n.equals("csrf");
  }
}
