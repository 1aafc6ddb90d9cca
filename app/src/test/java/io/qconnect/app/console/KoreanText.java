package io.qconnect.app.console;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text shown on a Korean page is Korean: it has no Japanese kana or kanji (the middle dot
 * ・ of QSM's menu names aside), no English sentence (three or more English words with a function
 * word among them; product names such as "Test Connection" pass) and no missing-key marker.
 */
final class KoreanText {
  private static final Pattern JAPANESE =
      Pattern.compile(
          "[\\u3040-\\u30FA\\u30FC-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uFF66-\\uFF9F]+");
  private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
  private static final Pattern WORDS =
      Pattern.compile("[A-Za-z][A-Za-z'’-]*(?:,? [A-Za-z][A-Za-z'’-]*){2,}");
  private static final Pattern MISSING_KEY =
      Pattern.compile("\\[[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+\\]");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "is", "are", "was", "were", "be", "been", "must", "not", "no", "to",
          "of", "and", "or", "in", "on", "for", "with", "from", "after", "before", "by", "this",
          "that", "it", "can", "cannot", "please", "your", "you", "has", "have", "only", "at",
          "there", "could", "should", "will", "needs", "need", "does");

  private KoreanText() {}

  /** The first Japanese or English fragment of the text, or null when there is none. */
  static String foreign(String text) {
    Matcher j = JAPANESE.matcher(text);
    if (j.find()) {
      return j.group();
    }
    Matcher k = MISSING_KEY.matcher(text);
    if (k.find()) {
      return k.group();
    }
    Matcher w = WORDS.matcher(text);
    while (w.find()) {
      for (String word : w.group().split("[ ,]+")) {
        if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !word.equals("A")) {
          return w.group();
        }
      }
    }
    return null;
  }

  /** True when the text has Korean in it. */
  static boolean readsAsKorean(String text) {
    return HANGUL.matcher(text).find();
  }
}
