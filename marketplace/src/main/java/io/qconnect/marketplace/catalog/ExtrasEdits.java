package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.item.InventoryInfoFormat;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the item-extras methods ({@link ItemExtrasMethods}, {@link ItemOptionExtrasMethods}, {@link
 * ItemContentsMethods}) share: the row and column separators of the list parameters, the URL and
 * date checks, the -10002 answer for a bad value, and a plain column update of an item.
 */
final class ExtrasEdits {
  static final int BAD_VALUE = -10002;
  static final Pattern COL = Pattern.compile(Pattern.quote(InventoryInfoFormat.COL));
  static final Pattern ROW = Pattern.compile(Pattern.quote(InventoryInfoFormat.ROW));
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private ExtrasEdits() {}

  /** Rows {@code name||*value||*url}; null when one is malformed. */
  static List<ItemExtras.OptionImage> optionImages(String text) {
    if (text.isEmpty()) {
      return null;
    }
    List<ItemExtras.OptionImage> rows = new ArrayList<>();
    for (String row : ROW.split(text, -1)) {
      String[] cols = COL.split(row, -1);
      if (cols.length != 3
          || cols[0].isBlank()
          || cols[1].isBlank()
          || cols[0].strip().length() > 100
          || cols[1].strip().length() > 100
          || !url(cols[2].strip())) {
        return null;
      }
      rows.add(new ItemExtras.OptionImage(cols[0].strip(), cols[1].strip(), cols[2].strip()));
    }
    return rows;
  }

  /** Sets {@code values} on the seller's item named by the call, answering for method {@code m}. */
  static QapiResponse set(
      ItemExtrasService extras, SellerCall c, QapiMethod m, Map<String, Object> values) {
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, item) -> {
              extras.store().set(h, item.itemCode(), values);
              return item;
            }));
  }

  static QapiResponse answer(QapiMethod m, Outcome<Item> o) {
    return CatalogMethods.answer(m, o, i -> i);
  }

  static QapiResponse bad(QapiMethod m, String message) {
    return Answers.failure(m, BAD_VALUE, message);
  }

  static boolean url(String s) {
    return s.length() <= 200 && URL.matcher(s).matches();
  }

  static LocalDate date(String s) {
    if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(s, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
