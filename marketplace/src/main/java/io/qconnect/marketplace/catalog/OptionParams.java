package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.item.InventoryInfoFormat;
import io.qconnect.protocol.item.OptionAxis;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The parameters of the option methods ({@link OptionMethods}): a row's key (its axes {@code
 * name||*name2} with their values, or its option code), whole numbers, blanks, and the outcomes of
 * a malformed value.
 */
final class OptionParams {
  private static final Pattern COL = Pattern.compile(Pattern.quote(InventoryInfoFormat.COL));

  private OptionParams() {}

  /** The row's key: its axes, or its option code when OptionName and OptionValue are blank. */
  static Outcome<OptionKey> key(SellerCall c) {
    return key(c::text);
  }

  static Outcome<OptionKey> key(Function<String, String> p) {
    if (blank(p, "OptionName") && blank(p, "OptionValue") && !blank(p, "OptionCode")) {
      return Outcome.done(new OptionKey(List.of(), p.apply("OptionCode")));
    }
    return axes(p).then(a -> Outcome.done(OptionKey.of(a)));
  }

  static Outcome<List<OptionAxis>> axes(SellerCall c) {
    return axes(c::text);
  }

  static Outcome<List<OptionAxis>> axes(Function<String, String> p) {
    String[] names = COL.split(p.apply("OptionName"), -1);
    String[] values = COL.split(p.apply("OptionValue"), -1);
    if (names.length != values.length || names.length > ItemOption.MAX_AXES) {
      return formatError();
    }
    List<OptionAxis> axes = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (names[i].isBlank() || values[i].isBlank()) {
        return formatError();
      }
      axes.add(new OptionAxis(names[i].strip(), values[i].strip()));
    }
    return Outcome.done(axes);
  }

  /** A whole number from {@code min} up (Qty at most 2,147,483,647); 0 when blank; null if bad. */
  static Long number(SellerCall c, String name, long min) {
    return number(c::text, name, min);
  }

  static Long number(Function<String, String> p, String name, long min) {
    String v = p.apply(name);
    if (v.isEmpty()) {
      return 0L;
    }
    if (!v.matches("-?\\d{1,12}")) {
      return null;
    }
    long n = Long.parseLong(v);
    boolean qty = min == 0;
    return n < min || (qty && n > Integer.MAX_VALUE) ? null : n;
  }

  static boolean blank(SellerCall c, String name) {
    return c.text(name).isEmpty();
  }

  static boolean blank(Function<String, String> p, String name) {
    return p.apply(name).isEmpty();
  }

  static <T> Outcome<T> formatError() {
    return Outcome.refused(
        CatalogCodes.OPTION_FORMAT,
        "OptionName and OptionValue name the same 1 to 3 axes, joined with ||*.");
  }

  static <T> Outcome<T> badNumber() {
    return Outcome.refused(
        CatalogCodes.OPTION_FORMAT, "Price must be a whole number of yen and Qty 0..2147483647.");
  }
}
