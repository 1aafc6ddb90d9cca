package io.qconnect.marketplace.catalog;

import java.util.Objects;

/**
 * A combination option as 組合せ型オプション情報照会 and InventoryManagement_gridInventory.csv show it: the
 * option with its item's Seller Item Code and its data kind.
 */
public record OptionLine(String sellerCode, DataKind kind, ItemOption option) {
  public OptionLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(option, "option");
    sellerCode = sellerCode == null ? "" : sellerCode;
  }

  /**
   * The code shown in オプションコード: the Seller SKU Code, or, when there is none and the seller uses
   * Q-在庫コード, the option's Q-在庫コード.
   */
  public String shownCode(boolean useQStockCode) {
    String own = option.optionCode();
    return own.isEmpty() && useQStockCode ? option.qStockCode() : own;
  }
}
