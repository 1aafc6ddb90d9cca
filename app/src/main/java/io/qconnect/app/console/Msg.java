package io.qconnect.app.console;

import io.qconnect.protocol.wire.QapiDates;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console's texts in one language, and how that language writes dates and amounts. Times are
 * shown in Japan time, as Qoo10 does.
 */
public final class Msg {
  /** Each language's name in that language, for the language selector. */
  private static final Map<String, String> NAMES =
      Map.of("ja", "日本語", "en", "English", "ko", "한국어");

  /** Prefix of the Korean names of the domain's Japanese/English pairs in messages_ko. */
  static final String PAIR = "pair.";

  private final String lang;
  private final Map<String, String> texts;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter dateTimeFormat;

  /**
   * The date patterns are texts of the language ({@code fmt.date}, {@code fmt.dateTime}): Japanese
   * readers expect {@code 2026/12/01(火)}, English ones the weekday first.
   */
  Msg(String lang, Map<String, String> texts) {
    this.lang = lang;
    this.texts = Map.copyOf(texts);
    Locale locale = Locale.forLanguageTag(lang);
    this.dateFormat =
        DateTimeFormatter.ofPattern(texts.getOrDefault("fmt.date", "uuuu-MM-dd"), locale);
    this.dateTimeFormat =
        DateTimeFormatter.ofPattern(texts.getOrDefault("fmt.dateTime", "uuuu-MM-dd HH:mm"), locale);
  }

  /** {@code ja}, {@code en} or {@code ko}. */
  public String lang() {
    return lang;
  }

  /** The language the switch link offers first: English from Japanese, else Japanese. */
  public String other() {
    return ja() ? "en" : "ja";
  }

  /** The other languages, for the language selector, {@link #other()} first. */
  public List<String> others() {
    return Messages.LANGS.stream()
        .filter(l -> !l.equals(lang))
        .sorted(Comparator.comparing(l -> l.equals(other()) ? 0 : 1))
        .toList();
  }

  /** A language's name in that language (日本語, English, 한국어). */
  public static String nameOf(String lang) {
    return NAMES.getOrDefault(lang, lang);
  }

  public boolean ja() {
    return lang.equals("ja");
  }

  public boolean ko() {
    return lang.equals("ko");
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

  /**
   * The Japanese or the English of a pair the domain provides (status names, conditions). Korean
   * reads its name from {@code pair.<the Japanese>} in messages_ko, and shows the Japanese (the
   * name on Qoo10 Japan's own screens) when there is none.
   */
  public String pick(String japanese, String english) {
    if (ko()) {
      return texts.getOrDefault(PAIR + japanese, japanese);
    }
    return ja() ? japanese : english;
  }

  /** A Qoo10 date and time (Japan time, as QAPI sends it): {@code 2026/12/01(火) 09:30}. */
  public String dt(LocalDateTime t) {
    return t == null ? "-" : dateTimeFormat.format(t);
  }

  /** An instant, shown in Japan time: {@code 2026/12/01(火) 09:30}. */
  public String at(Instant t) {
    return t == null ? "-" : dateTimeFormat.format(t.atZone(QapiDates.JST));
  }

  /** A day: {@code 2026/12/01(火)}. */
  public String date(LocalDate d) {
    return d == null ? "-" : dateFormat.format(d);
  }

  /**
   * The day of a Qoo10 date and time that only means a day (an estimated ship date, sent as {@code
   * 2026-12-01 00:00:00}): {@code 2026/12/01(火)}, without the time.
   */
  public String day(LocalDateTime t) {
    return t == null ? "-" : dateFormat.format(t);
  }

  /**
   * A text of the domain in this language: a refusal of the marketplace or the hub, an alert, an
   * order history note (see {@link ErrorTexts}); shown as it is when the console has no translation
   * for it.
   */
  public String err(String english) {
    return ErrorTexts.translate(this, english).orElse(english == null ? "" : english);
  }

  /**
   * A QAPI result in this language, ending with its code, e.g. 「発送予定日は本日より後の日付にしてください（-10018）」; the
   * wire keeps Qoo10's English.
   */
  public String qapi(int code, String english) {
    return err(english) + f("err.code", code);
  }

  /**
   * A value the domain records as a name: a hub or permission status ({@code CONFIRMED}), a Qoo10
   * status label ({@code On request(2)}), a date; anything else as it is.
   */
  public String value(String v) {
    return ErrorTexts.value(this, v);
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
