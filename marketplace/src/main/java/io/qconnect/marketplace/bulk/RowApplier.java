package io.qconnect.marketplace.bulk;

import io.qconnect.marketplace.catalog.CatalogCodes;
import io.qconnect.marketplace.catalog.CatalogRows;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemOption;
import io.qconnect.marketplace.catalog.Outcome;
import io.qconnect.protocol.item.InventoryInfoFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Applies one data row: its cells become the parameters of the QAPI method that makes the same
 * change ({@link BulkFormat}), and {@link CatalogRows} runs that method's parsing and service call
 * in one transaction. A cell the downloads escaped against spreadsheet formulas ({@code '=...})
 * comes back without the quote.
 */
final class RowApplier {
  private final CatalogRows rows;

  RowApplier(CatalogRows rows) {
    this.rows = rows;
  }

  RowResult apply(String sellerId, BulkFormat format, BulkFile.Row row) {
    int n = format.columns().size();
    if (row.cells().size() != n) {
      return new RowResult(
          row.number(),
          false,
          "",
          CatalogCodes.PROCESSING,
          row.number() + "行目: 列の数が " + row.cells().size() + " です（" + n + " 列が必要です）");
    }
    Map<String, String> p = params(format, row.cells());
    Function<String, String> get = name -> p.getOrDefault(name, "");
    String named =
        p.getOrDefault("ItemCode", "").isEmpty() ? get.apply("SellerCode") : p.get("ItemCode");
    return switch (format) {
      case GOODS_LIST -> result(row, named, rows.setGoodsPriceQty(sellerId, get), Item::itemCode);
      case INVENTORY ->
          result(row, named, rows.updateInventoryDataUnit(sellerId, get), ItemOption::itemCode);
      case NEW_ITEMS -> result(row, named, rows.setNewGoods(sellerId, get), Item::itemCode);
    };
  }

  private static <T> RowResult result(
      BulkFile.Row row, String named, Outcome<T> o, Function<T, String> itemCode) {
    return switch (o) {
      case Outcome.Done<T> d -> new RowResult(row.number(), true, itemCode.apply(d.value()), 0, "");
      case Outcome.Refused<T> r -> new RowResult(row.number(), false, named, r.code(), r.message());
    };
  }

  static Map<String, String> params(BulkFormat format, List<String> cells) {
    Map<String, String> p = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String param = format.columns().get(i).param();
      if (!param.isEmpty()) {
        p.put(param, clean(cells.get(i)));
      }
    }
    p.computeIfPresent("ExpireDate", (k, v) -> date(v));
    if (format == BulkFormat.INVENTORY) {
      axes(p);
      // a Q-在庫コード the export wrote for an option without a code of its own stays virtual
      String item = p.getOrDefault("ItemCode", "");
      if (!item.isEmpty() && p.get("OptionCode").matches(Pattern.quote("Q" + item) + "-\\d{3}")) {
        p.put("OptionCode", "");
      }
    }
    if (format == BulkFormat.NEW_ITEMS) {
      p.put("AvailableDateType", "0");
      p.put("AvailableDateValue", "3");
    }
    return p;
  }

  /** Option1..3 and 詳細1..3 as OptionName / OptionValue joined with {@code ||*}. */
  private static void axes(Map<String, String> p) {
    int last = 0;
    for (int i = 1; i <= 3; i++) {
      if (!p.get("Name" + i).isEmpty() || !p.get("Value" + i).isEmpty()) {
        last = i;
      }
    }
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= last; i++) {
      names.add(p.get("Name" + i));
      values.add(p.get("Value" + i));
    }
    p.put("OptionName", String.join(InventoryInfoFormat.COL, names));
    p.put("OptionValue", String.join(InventoryInfoFormat.COL, values));
  }

  /** A cell trimmed, without the quote an export puts before {@code = + - @} and the like. */
  static String clean(String cell) {
    String c = cell.strip();
    if (c.length() > 1 && c.charAt(0) == '\'' && "=+-@\t\r＝＋－＠".indexOf(c.charAt(1)) >= 0) {
      return c.substring(1);
    }
    return c;
  }

  /** 2027/03/31 or 2027-03-31 00:00:00 as 2027-03-31; anything else as written. */
  private static String date(String v) {
    String d = v.replace('/', '-');
    if (d.length() > 10 && (d.charAt(10) == ' ' || d.charAt(10) == 'T')) {
      d = d.substring(0, 10);
    }
    return d;
  }
}
