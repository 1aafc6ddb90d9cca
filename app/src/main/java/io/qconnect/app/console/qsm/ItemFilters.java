package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.marketplace.catalog.ItemQuery;
import io.qconnect.marketplace.catalog.ItemQuery.SearchBy;
import io.qconnect.marketplace.catalog.ItemQuery.StockState;
import io.qconnect.protocol.item.ItemStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The filters of the 販売商品情報 grid as query parameters: {@code status} (S0..S8, or blank for all),
 * {@code stock} ({@code in}, {@code out}, {@code all}), {@code by} ({@code item}, {@code seller},
 * {@code name}), {@code q} (codes separated by spaces, commas or line breaks) and {@code page}.
 * GoodsList.csv reads the same parameters, so its link carries the screen's filters.
 *
 * @param stockParam the stock filter's parameter value
 */
public record ItemFilters(
    ItemStatus status, StockState stock, SearchBy by, String text, int page, String stockParam) {

  public static final List<StockState> STOCK_STATES = List.of(StockState.values());
  public static final List<SearchBy> SEARCHES = List.of(SearchBy.values());

  /** The filters of the grid, which opens on 在庫あり. */
  static ItemFilters read(Call c) {
    return read(c, StockState.IN_STOCK);
  }

  /** The filters a request names, with {@code defaultStock} when it names no stock state. */
  static ItemFilters read(Call c, StockState defaultStock) {
    String s = c.query("status");
    ItemStatus status =
        s.isEmpty() || s.equals("all")
            ? null
            : ItemStatus.parse(s)
                .orElseThrow(() -> new ConsoleInputException(c.t().f("qsm.items.badFilter", s)));
    StockState stock = stock(c, c.query("stock"), defaultStock);
    SearchBy by = by(c, c.query("by"));
    String text = c.query("q");
    if (text.length() > 20_000) {
      throw new ConsoleInputException(c.t().t("qsm.items.tooManyCodes"));
    }
    int page = c.query("page").isEmpty() ? 1 : Math.max(1, c.number(c.query("page"), "page"));
    ItemFilters f = new ItemFilters(status, stock, by, text, page, param(stock));
    if (f.by != SearchBy.TITLE && ItemQuery.codes(text).size() > ItemQuery.MAX_TERMS) {
      throw new ConsoleInputException(c.t().t("qsm.items.tooManyCodes"));
    }
    return f;
  }

  public ItemQuery query() {
    return ItemQuery.of(status, stock, by, text);
  }

  /** The query string of these filters (without the page), for the pager and the CSV link. */
  public String queryString() {
    return "status="
        + (status == null ? "all" : status.code())
        + "&stock="
        + stockParam
        + "&by="
        + param(by)
        + "&q="
        + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  public static String param(StockState s) {
    return switch (s) {
      case ALL -> "all";
      case IN_STOCK -> "in";
      case OUT_OF_STOCK -> "out";
    };
  }

  public static String param(SearchBy b) {
    return switch (b) {
      case ITEM_CODE -> "item";
      case SELLER_CODE -> "seller";
      case TITLE -> "name";
    };
  }

  private static StockState stock(Call c, String v, StockState defaultStock) {
    for (StockState s : StockState.values()) {
      if (param(s).equals(v.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    if (v.isEmpty()) {
      return defaultStock;
    }
    throw new ConsoleInputException(c.t().f("qsm.items.badFilter", v));
  }

  private static SearchBy by(Call c, String v) {
    for (SearchBy b : SearchBy.values()) {
      if (param(b).equals(v.toLowerCase(Locale.ROOT))) {
        return b;
      }
    }
    if (v.isEmpty()) {
      return SearchBy.ITEM_CODE;
    }
    throw new ConsoleInputException(c.t().f("qsm.items.badFilter", v));
  }
}
