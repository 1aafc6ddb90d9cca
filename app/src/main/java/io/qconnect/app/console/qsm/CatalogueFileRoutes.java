package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.catalog.CatalogSearch;
import io.qconnect.marketplace.catalog.ItemQuery;
import io.qconnect.marketplace.catalog.ItemQuery.StockState;
import io.qconnect.marketplace.catalog.OptionQuery;
import io.qconnect.marketplace.catalog.file.CatalogueFiles;
import io.qconnect.marketplace.catalog.file.FileEncoding;
import io.qconnect.marketplace.catalog.file.GoodsListColumns;
import io.qconnect.marketplace.catalog.file.InventoryGridColumns;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The catalogue files and the option screen: GoodsList.csv (the 販売商品情報 filters; without a stock
 * filter every item), InventoryManagement_gridInventory.csv (one row per combination option), each
 * in UTF-8 with a BOM ({@code encoding=utf-8}, the default) or Shift_JIS ({@code encoding=sjis}),
 * streamed from the database; and 組合せ型オプション情報照会 with its item-code and option-code multi-lookups
 * and the Q-在庫コード setting.
 */
public final class CatalogueFileRoutes {
  private final Marketplace market;
  private final CatalogueFiles files;

  CatalogueFileRoutes(Marketplace market) {
    this.market = market;
    this.files = new CatalogueFiles(market.catalog().search());
  }

  /** One page of the option grid with its searches. */
  public record OptionsPage(
      String itemCodes,
      String optionCodes,
      boolean usesQStockCode,
      CatalogSearch.OptionList list,
      int page,
      int pages) {
    /** The query string of the searches (without the page). */
    public String queryString() {
      return "itemCodes="
          + URLEncoder.encode(itemCodes, StandardCharsets.UTF_8)
          + "&optionCodes="
          + URLEncoder.encode(optionCodes, StandardCharsets.UTF_8);
    }
  }

  /** Registers the downloads and the option screen; before {@code /qsm/items/{code}}. */
  void mount(Router r) {
    r.page("/qsm/items/" + GoodsListColumns.FILE_NAME, Role.SELLER, this::goodsList);
    r.page("/qsm/items/" + InventoryGridColumns.FILE_NAME, Role.SELLER, this::inventory);
    r.page("/qsm/items/options", Role.SELLER, this::options);
    r.action("/qsm/items/options/setting", Role.SELLER, this::setting);
  }

  private void goodsList(Call c) throws Exception {
    ItemQuery q = ItemFilters.read(c, StockState.ALL).query();
    FileEncoding enc = encoding(c);
    c.download(
        GoodsListColumns.FILE_NAME,
        "text/csv; charset=" + enc.charset().name(),
        out -> files.writeGoodsList(c.login(), q, enc, out));
  }

  private void inventory(Call c) throws Exception {
    OptionQuery q = optionQuery(c);
    FileEncoding enc = encoding(c);
    c.download(
        InventoryGridColumns.FILE_NAME,
        "text/csv; charset=" + enc.charset().name(),
        out -> files.writeInventory(c.login(), q, enc, out));
  }

  private void options(Call c) {
    OptionQuery q = optionQuery(c);
    int page = c.query("page").isEmpty() ? 1 : Math.max(1, c.number(c.query("page"), "page"));
    CatalogSearch search = market.catalog().search();
    CatalogSearch.OptionList list = search.options(c.login(), q, page, CatalogRoutes.PAGE_SIZE);
    OptionsPage m =
        new OptionsPage(
            c.query("itemCodes"),
            c.query("optionCodes"),
            search.usesQStockCode(c.login()),
            list,
            page,
            Math.max(1, list.pages()));
    c.render("qsm/options.jte", c.shell("qsm.options.title"), m);
  }

  private String setting(Call c) {
    boolean use = c.checked("useQStockCode");
    market.catalog().search().useQStockCode(c.login(), use);
    c.flash(Flash.Kind.OK, c.t().t(use ? "qsm.options.qOn" : "qsm.options.qOff"));
    return Router.back(c);
  }

  private static OptionQuery optionQuery(Call c) {
    String items = c.query("itemCodes");
    String codes = c.query("optionCodes");
    if (items.length() > 20_000
        || codes.length() > 20_000
        || ItemQuery.codes(items).size() > ItemQuery.MAX_TERMS
        || ItemQuery.codes(codes).size() > ItemQuery.MAX_TERMS) {
      throw new ConsoleInputException(c.t().t("qsm.items.tooManyCodes"));
    }
    return OptionQuery.of(items, codes);
  }

  private static FileEncoding encoding(Call c) {
    String v = c.query("encoding");
    return FileEncoding.parse(v)
        .orElseThrow(() -> new ConsoleInputException(c.t().f("qsm.files.badEncoding", v)));
  }
}
