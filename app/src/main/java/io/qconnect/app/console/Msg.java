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
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** Each language's name in that language, for the language selector. */
  private static final Map<String, String> NAMES =
      Map.of("ja", "日本語", "en", "English", "ko", "한국어");

  /** Korean dates as Korean users read them: {@code 2026.12.01(화)}. */
  private static final DateTimeFormatter KO_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

  private static final String[] KO_DAYS = {"월", "화", "수", "목", "금", "토", "일"};

  /** Prefix of the Korean names of the domain's Japanese/English pairs in messages_ko. */
  static final String PAIR = "pair.";

  private final String lang;
  private final Map<String, String> texts;

  Msg(String lang, Map<String, String> texts) {
    this.lang = lang;
    this.texts = Map.copyOf(texts);
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

  public String dt(LocalDateTime t) {
    if (ko() && t != null) {
      return koDate(t.toLocalDate()) + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
    return t == null ? "-" : DATE_TIME.format(t);
  }

  public String at(Instant t) {
    return t == null ? "-" : dt(t.atZone(QapiDates.JST).toLocalDateTime());
  }

  public String date(LocalDate d) {
    if (ko() && d != null) {
      return koDate(d);
    }
    return d == null ? "-" : d.toString();
  }

  private static String koDate(LocalDate d) {
    return KO_DATE.format(d) + "(" + KO_DAYS[d.getDayOfWeek().getValue() - 1] + ")";
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
