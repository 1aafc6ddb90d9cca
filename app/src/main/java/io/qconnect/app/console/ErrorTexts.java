package io.qconnect.app.console;

import io.qconnect.protocol.order.ShippingStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table that turns the English texts of the domain into the console's language: refusals of
 * the marketplace and the hub, QAPI result messages, alerts and order history notes. The domain and
 * the QAPI wire keep their English (it is what real Qoo10 answers and what the API clients and
 * tests read); only the console translates. Each row of {@code error-texts.tsv} is a message key
 * and a regular expression matching a whole English text; the expression's groups are the key's
 * arguments, themselves translated when they are a status name, a date or another text of the
 * table. A text no row matches is shown as it is.
 */
final class ErrorTexts {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern STATUS_LABEL = Pattern.compile("[A-Za-z ]+\\((\\d)\\)");

  private record Row(String key, Pattern english) {}

  private static final List<Row> ROWS = load();

  private ErrorTexts() {}

  /** The translation of {@code english} in {@code t}'s language, if the table has it. */
  static Optional<String> translate(Msg t, String english) {
    if (english == null || english.isEmpty()) {
      return Optional.empty();
    }
    for (Row r : ROWS) {
      Matcher m = r.english().matcher(english);
      if (m.matches() && t.has(r.key())) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = value(t, m.group(i + 1));
        }
        return Optional.of(t.f(r.key(), args).strip());
      }
    }
    return Optional.empty();
  }

  /**
   * A value named in a text, as the reader's language names it: a hub or permission status, a Qoo10
   * status label ({@code On request(2)}), a field name, a date, or a nested text.
   */
  static String value(Msg t, String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    for (String prefix : List.of("hubstatus.", "perm.state.", "err.field.")) {
      if (t.has(prefix + v)) {
        return t.t(prefix + v);
      }
    }
    Matcher label = STATUS_LABEL.matcher(v);
    if (label.matches()
        && ShippingStatus.parse(v).isPresent()
        && t.has("status." + label.group(1))) {
      return t.t("status." + label.group(1));
    }
    if (ISO_DATE.matcher(v).matches()) {
      try {
        return t.date(LocalDate.parse(v));
      } catch (DateTimeParseException e) {
        return v;
      }
    }
    return translate(t, v).orElse(v);
  }

  static int size() {
    return ROWS.size();
  }

  static List<String> keys() {
    return ROWS.stream().map(Row::key).toList();
  }

  private static List<Row> load() {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = ErrorTexts.class.getResourceAsStream("error-texts.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing console error-texts.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        rows.add(new Row(line.substring(0, tab), Pattern.compile(line.substring(tab + 1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read console error-texts.tsv", e);
    }
    return List.copyOf(rows);
  }
}
