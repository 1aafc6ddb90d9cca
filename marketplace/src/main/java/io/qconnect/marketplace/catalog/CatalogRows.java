package io.qconnect.marketplace.catalog;

import java.util.function.Function;

/**
 * The catalogue changes a bulk upload file makes, each given as the parameters of the QAPI method
 * that makes the same change ({@code p} answers a parameter's trimmed value, "" when absent). Each
 * runs exactly the QAPI method's parsing and service call, so a file row and the call give the same
 * result, code and message; each is one transaction, applied whole or not at all.
 */
public final class CatalogRows {
  private final CatalogService catalog;

  public CatalogRows(CatalogService catalog) {
    this.catalog = catalog;
  }

  /** ItemsOrder.SetGoodsPriceQty: ItemCode/SellerCode, Price, Qty, ExpireDate, TaxRate. */
  public Outcome<Item> setGoodsPriceQty(String sellerId, Function<String, String> p) {
    return ItemParams.priceQty(p).then(ch -> catalog.setPriceQty(sellerId, ch));
  }

  /**
   * ItemsOptions.UpdateInventoryDataUnit: ItemCode/SellerCode, OptionName and OptionValue (axes
   * joined with {@code ||*}), Price, Qty, OptionCode.
   */
  public Outcome<ItemOption> updateInventoryDataUnit(String sellerId, Function<String, String> p) {
    return OptionMethods.updateUnit(catalog.options(), sellerId, p);
  }

  /** ItemsBasic.SetNewGoods, with its parameters. */
  public Outcome<Item> setNewGoods(String sellerId, Function<String, String> p) {
    return ItemParams.newGoods(
            p,
            f ->
                f == ParamReader.Field.SHIP_BY ? CatalogCodes.NEW_SHIP_BY : CatalogCodes.PROCESSING)
        .then(g -> catalog.register(sellerId, g));
  }
}
