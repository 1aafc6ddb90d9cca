package io.qconnect.app.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds English sentences in a page rendered for a reader of another language: the text a reader
 * sees, without markup, scripts, attribute values, code ({@code <code>}, {@code <kbd>}, {@code
 * <pre>}, {@code <samp>}, what a text area or a select holds as data) and elements marked {@code
 * translate="no"} (data: names, numbers, what the seller typed). A sentence is a run of three or
 * more English words inside one text, separated by nothing but spaces and commas; names of
 * products, protocols and code (Qoo10, QAPI, CSV, method names, ...) are neither words nor breaks.
 * Three words because two are often a name ("Get Auth", "Test Connection" buttons of Qoo10's own
 * Japanese screens), while any English phrase a user must read has three.
 */
final class EnglishText {
  /** Words that are names, not English: products, protocols, formats, Qoo10's own terms. */
  static final Set<String> NAMES =
      Set.of(
          "qoo10",
          "qsm",
          "qapi",
          "api",
          "ftp",
          "ftps",
          "sftp",
          "csv",
          "tsv",
          "json",
          "xml",
          "http",
          "https",
          "smtp",
          "smtps",
          "sku",
          "skus",
          "id",
          "ids",
          "url",
          "urls",
          "jan",
          "goqsystem",
          "nextengine",
          "smartship",
          "cross",
          "mall",
          "qoo10-connect",
          "hub",
          "getauth",
          "get",
          "auth",
          "sandbox",
          "shift_jis",
          "utf-8",
          "excel",
          "ok",
          "jst",
          "utc",
          "iso",
          "x-sandbox-token",
          "bearer",
          "qc_log_level",
          "ems",
          "yamato",
          "sagawa");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'’_\\-]*");
  private static final Pattern GAP = Pattern.compile("[\\s,]*");
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "code", "kbd", "pre", "samp", "textarea", "noscript", "template");

  private EnglishText() {}

  /** The English sentences of {@code html}, each as found (empty when there is none). */
  static List<String> sentences(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("[translate=no]").remove();
    for (String tag : SKIPPED) {
      doc.select(tag).remove();
    }
    doc.select("title").remove();
    List<String> found = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof TextNode text && !(node.parent() instanceof Document)) {
              found.addAll(inText(text.text()));
            }
          }
        },
        doc.body() == null ? new Element("body") : doc.body());
    return found;
  }

  /**
   * A product or code name, or an identifier: it has a digit or an underscore (SKU-0001), or it is
   * a code in capitals (a status such as CONFIRMED, listed as the values a filter accepts).
   */
  private static boolean isName(String word) {
    return NAMES.contains(word.toLowerCase(Locale.ROOT))
        || word.matches(".*[0-9_].*")
        || word.length() > 1 && word.matches("[A-Z]+");
  }

  /** The runs of three or more English words in one text. */
  static List<String> inText(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int runStart = -1;
    int runEnd = -1;
    int words = 0;
    while (m.find()) {
      boolean name = isName(m.group());
      boolean joined = runEnd >= 0 && GAP.matcher(text.substring(runEnd, m.start())).matches();
      if (!joined) {
        if (words >= 3) {
          out.add(text.substring(runStart, runEnd));
        }
        runStart = -1;
        words = 0;
      }
      if (runStart < 0) {
        runStart = m.start();
      }
      runEnd = m.end();
      if (!name) {
        words++;
      }
    }
    if (words >= 3) {
      out.add(text.substring(runStart, runEnd));
    }
    return out;
  }
}
