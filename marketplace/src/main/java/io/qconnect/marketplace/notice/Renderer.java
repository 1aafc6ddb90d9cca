package io.qconnect.marketplace.notice;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's {@code [$_NAME_$]} placeholders. A placeholder without a value stays as it is,
 * and {@link #unresolved} finds it: such a mail is logged as an error, never sent.
 */
public final class Renderer {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\$_([A-Z0-9_]+?)_\\$\\]");
  private static final Pattern ANY = Pattern.compile("\\[\\$_.*?_\\$\\]");

  private Renderer() {}

  public static String render(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The first unresolved placeholder left in a rendered text, or null. */
  public static String unresolved(String rendered) {
    Matcher m = ANY.matcher(rendered);
    return m.find() ? m.group() : null;
  }
}
