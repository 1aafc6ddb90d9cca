package io.qconnect.app.console;

import io.qconnect.protocol.wire.QapiDates;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The console's texts in one language, and how that language writes dates and amounts. Times are
 * shown in Japan time, as Qoo10 does.
 */
public final class Msg {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final String lang;
  private final Map<String, String> texts;

  Msg(String lang, Map<String, String> texts) {
    this.lang = lang;
    this.texts = Map.copyOf(texts);
  }

  /** {@code ja} or {@code en}. */
  public String lang() {
    return lang;
  }

  /** The other language, for the switch link. */
  public String other() {
    return ja() ? "en" : "ja";
  }

  public boolean ja() {
    return lang.equals("ja");
  }

  /** The text of a key; a missing key shows as itself in brackets, so that it is noticed. */
  public String t(String key) {
    String s = texts.get(key);
    return s == null ? "[" + key + "]" : s;
  }

  /** The text of a key with {@code {0}}, {@code {1}}, ... replaced by the arguments. */
  public String f(String key, Object... args) {
    String s = t(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** The Japanese or the English of a pair the domain provides (status names, conditions). */
  public String pick(String japanese, String english) {
    return ja() ? japanese : english;
  }

  public String dt(LocalDateTime t) {
    return t == null ? "-" : DATE_TIME.format(t);
  }

  public String at(Instant t) {
    return t == null ? "-" : DATE_TIME.format(t.atZone(QapiDates.JST));
  }

  public String date(LocalDate d) {
    return d == null ? "-" : d.toString();
  }

  public String yen(long amount) {
    return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
  }

  boolean has(String key) {
    return texts.containsKey(key);
  }

  java.util.Set<String> keys() {
    return texts.keySet();
  }
}
