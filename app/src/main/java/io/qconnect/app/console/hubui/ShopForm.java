package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Msg;
import io.qconnect.hub.shop.ShopAuthException;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.protocol.secret.Secrets;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop form (adding a shop, changing its credentials, its settings) as typed: the values to show
 * again and the errors found, each next to its field in the viewer's language. The API key and the
 * password are never kept: a form that comes back asks for them again (and says so).
 */
public final class ShopForm {
  /** The longest value any field keeps (longer ones are refused, and shown cut). */
  static final int MAX = 500;

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();
  private final List<Integer> statuses = new ArrayList<>();

  /** The QAPI URL as typed (shown only redacted); read once by {@link #url}. */
  private String typedUrl;

  private ShopForm() {}

  /** A form showing these settings. */
  public static ShopForm of(ShopSettings s) {
    ShopForm f = new ShopForm();
    f.statuses.addAll(s.statuses());
    f.values.put("lookbackDays", String.valueOf(s.lookbackDays()));
    f.values.put("intervalMinutes", String.valueOf(s.intervalMinutes()));
    f.values.put("confirmBusinessDays", String.valueOf(s.confirmBusinessDays()));
    f.values.put("renewBeforeDays", String.valueOf(s.renewBeforeDays()));
    f.values.put("autoImport", s.autoImport() ? "on" : "");
    f.values.put("autoConfirm", s.autoConfirm() ? "on" : "");
    return f;
  }

  /** The form as sent; {@code fields} are its text fields besides the settings. */
  static ShopForm read(Call c, boolean withSettings, String... fields) {
    ShopForm f = new ShopForm();
    for (String name : fields) {
      // a URL's user:password@ is never shown again
      String v = name.equals("baseUrl") ? Secrets.redact(c.form(name)) : c.form(name);
      if (name.equals("baseUrl")) {
        f.typedUrl = c.form(name);
      }
      f.values.put(name, v.length() > MAX ? v.substring(0, MAX) : v);
      if (v.length() > MAX) {
        f.error(name, c.t().f("hub.form.tooLong", MAX, v.length()));
      }
    }
    if (withSettings) {
      for (String s : c.forms("statuses")) {
        if (s.equals("2") || s.equals("3")) {
          f.statuses.add(Integer.valueOf(s));
        } else {
          f.error("statuses", c.t().f("hub.form.statuses", clip(s)));
        }
      }
      for (String n : List.of("lookbackDays", "intervalMinutes", "confirmBusinessDays")) {
        f.values.put(n, clip(c.form(n)));
      }
      f.values.put("renewBeforeDays", clip(c.form("renewBeforeDays")));
      f.values.put("autoImport", c.checked("autoImport") ? "on" : "");
      f.values.put("autoConfirm", c.checked("autoConfirm") ? "on" : "");
    }
    return f;
  }

  private static String clip(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }

  /** This form with {@code field} showing {@code value}. */
  ShopForm with(String field, String value) {
    values.put(field, value);
    return this;
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** The error shown next to {@code field}; "" when none. */
  public String error(String field) {
    return errors.getOrDefault(field, "");
  }

  public boolean checked(String field) {
    return !value(field).isEmpty();
  }

  public boolean status(int s) {
    return statuses.contains(s);
  }

  /** Whether nothing was wrong. */
  public boolean ok() {
    return errors.isEmpty();
  }

  /** Records an error on {@code field} (the first one stays). */
  void error(String field, String text) {
    errors.putIfAbsent(field, text);
  }

  /** A value that must be there. */
  String required(Msg t, String field, String labelKey) {
    String v = value(field);
    if (v.isEmpty()) {
      error(field, t.f("hub.form.required", t.t(labelKey)));
    }
    return v;
  }

  /**
   * The settings typed, each number within its range (a blank one keeps {@code base}'s); null (with
   * the errors recorded) when one is not.
   */
  ShopSettings settings(Msg t, ShopSettings base) {
    if (statuses.isEmpty() && error("statuses").isEmpty()) {
      error("statuses", t.t("hub.form.noStatus"));
    }
    int lookback = number(t, "lookbackDays", 1, 90, base.lookbackDays());
    int interval = number(t, "intervalMinutes", 1, 60, base.intervalMinutes());
    int confirm = number(t, "confirmBusinessDays", 1, 14, base.confirmBusinessDays());
    int renew = number(t, "renewBeforeDays", 1, 90, base.renewBeforeDays());
    if (!ok()) {
      return null;
    }
    return new ShopSettings(
        statuses,
        lookback,
        interval,
        checked("autoImport"),
        checked("autoConfirm"),
        confirm,
        renew);
  }

  /** A number within its range; blank keeps {@code blank} (the default or the current value). */
  private int number(Msg t, String field, int min, int max, int blank) {
    String v = value(field);
    String label = t.t("hub.settings." + field);
    if (v.isEmpty()) {
      return blank;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        error(field, t.f("hub.form.range", label, min, max, v));
      }
      return n;
    } catch (NumberFormatException e) {
      error(field, t.f("hub.form.range", label, min, max, v));
      return min;
    }
  }

  /** The QAPI URL typed, null when blank; a malformed one is an error on {@code baseUrl}. */
  URI url(Msg t) {
    String v = typedUrl == null ? value("baseUrl") : typedUrl;
    typedUrl = null;
    if (v.isEmpty()) {
      return null;
    }
    try {
      URI u = URI.create(v);
      if (u.getScheme() == null || u.getHost() == null) {
        error("baseUrl", t.t("hub.url.NOT_A_URL"));
        return null;
      }
      return u;
    } catch (IllegalArgumentException e) {
      error("baseUrl", t.t("hub.url.NOT_A_URL"));
      return null;
    }
  }

  /**
   * Get Auth refused the credentials: the reason in the viewer's language, with Qoo10's result code
   * in parentheses, next to the field it concerns (the API key, the password, else the form).
   */
  void authRefused(Msg t, ShopAuthException e) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\((-?\\d+)").matcher(e.getMessage());
    String code = m.find() ? "（" + m.group(1) + "）" : "";
    String text = t.f("hub.auth." + e.problem().cause().name(), code);
    switch (e.problem().cause()) {
      case WRONG_API_KEY -> error("apiKey", text);
      case WRONG_LOGIN -> error("password", text);
      default -> error("form", text);
    }
  }

  /** A secret as typed (never kept in the form), checked: visible ASCII, at most 200 characters. */
  static String secret(Call c, ShopForm f, String field, boolean apiKey) {
    String v = apiKey ? c.form(field) : c.raw(field);
    if (v.length() > 200) {
      f.error(field, c.t().f("hub.form.tooLong", 200, v.length()));
    } else if (apiKey && v.chars().anyMatch(ch -> ch < 0x21 || ch > 0x7e)) {
      f.error(field, c.t().t("hub.form.apiKeyChars"));
    }
    return v;
  }
}
