package io.qconnect.app.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The console's languages, read from {@code messages_ja.properties}, {@code messages_en.properties}
 * and {@code messages_ko.properties} (UTF-8) beside this class. Japanese is the default, as on QSM;
 * Korean is offered because Qoo10 Japan writes its seller guides for sellers in Korea in Korean.
 */
final class Messages {
  static final List<String> LANGS = List.of("ja", "en", "ko");

  private final Map<String, Msg> byLang = new HashMap<>();

  private Messages() {}

  static Messages load() {
    Messages m = new Messages();
    for (String lang : LANGS) {
      m.byLang.put(lang, new Msg(lang, read("messages_" + lang + ".properties")));
    }
    return m;
  }

  Msg of(String lang) {
    return byLang.getOrDefault(lang, byLang.get("ja"));
  }

  /**
   * The language for a request: the cookie's, else the first of ja/en/ko in Accept-Language (by
   * weight), else Japanese.
   */
  Msg choose(String cookie, String acceptLanguage) {
    if (cookie != null && LANGS.contains(cookie)) {
      return of(cookie);
    }
    return of(fromHeader(acceptLanguage));
  }

  static String fromHeader(String header) {
    if (header == null || header.isBlank()) {
      return "ja";
    }
    String best = "ja";
    double bestQ = -1;
    for (String part : header.split(",")) {
      String[] p = part.trim().split(";");
      String tag = p[0].trim().toLowerCase(Locale.ROOT);
      double q = weight(p);
      String lang = primary(tag);
      if (lang != null && q > bestQ) {
        best = lang;
        bestQ = q;
      }
    }
    return best;
  }

  /** The console language a tag such as {@code ko-KR} names, or null. */
  private static String primary(String tag) {
    String lang = tag.split("-", 2)[0];
    return LANGS.contains(lang) ? lang : null;
  }

  private static double weight(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String s = parts[i].trim();
      if (s.startsWith("q=")) {
        try {
          return Double.parseDouble(s.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  private static Map<String, String> read(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing console texts " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read console texts " + name, e);
    }
    Map<String, String> out = new HashMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return out;
  }
}
