package io.qconnect.marketplace.catalog;

import java.util.List;

/**
 * The searches of QSM's 組合せ型オプション情報照会 and of InventoryManagement_gridInventory.csv: item codes and
 * option codes, each several at once (複数照会); an empty list does not filter. An option code matches
 * the Seller SKU Code or the option's Q-在庫コード.
 */
public record OptionQuery(List<String> itemCodes, List<String> optionCodes) {
  public OptionQuery {
    itemCodes = List.copyOf(itemCodes);
    optionCodes = List.copyOf(optionCodes);
    if (itemCodes.size() > ItemQuery.MAX_TERMS || optionCodes.size() > ItemQuery.MAX_TERMS) {
      throw new IllegalArgumentException("at most " + ItemQuery.MAX_TERMS + " codes in one search");
    }
  }

  /** Every option of the seller. */
  public static OptionQuery all() {
    return new OptionQuery(List.of(), List.of());
  }

  /** From the two multi-lookup boxes. */
  public static OptionQuery of(String itemCodes, String optionCodes) {
    return new OptionQuery(ItemQuery.codes(itemCodes), ItemQuery.codes(optionCodes));
  }
}
