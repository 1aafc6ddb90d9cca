package io.qconnect.marketplace.catalog.file;

import java.util.List;

/**
 * The columns of InventoryManagement_gridInventory.csv (QSM 組合せ型オプション情報照会, one row per combination
 * option, docs/catalogue-files.md), in the file's order. The writer ({@code CatalogueFiles}) and
 * every reader of the file (bulk upload) use these names.
 *
 * <p>Values: データ種類 is a label of {@link io.qconnect.marketplace.catalog.DataKind}; オプションN / 詳細N are
 * an axis name and value ("" for unused axes); 価格 is the option's price difference to the item
 * price in whole yen (GetGoodsInventoryInfo's Price); オプションコード is the Seller SKU Code
 * (GetGoodsInventoryInfo's ItemTypeCode) — or, for an option without one while the seller uses
 * Q-在庫コード, that code ({@code Q<item code>-<nnn>}).
 */
public final class InventoryGridColumns {
  public static final String FILE_NAME = "InventoryManagement_gridInventory.csv";

  public static final String ITEM_CODE = "商品番号";
  public static final String SELLER_CODE = "販売者商品コード";
  public static final String DATA_KIND = "データ種類";
  public static final String OPTION1 = "オプション1";
  public static final String DETAIL1 = "詳細1";
  public static final String OPTION2 = "オプション2";
  public static final String DETAIL2 = "詳細2";
  public static final String OPTION3 = "オプション3";
  public static final String DETAIL3 = "詳細3";
  public static final String PRICE = "価格";
  public static final String QTY = "数量";
  public static final String OPTION_CODE = "オプションコード";

  /** The header line's cells, in order. */
  public static final List<String> HEADER =
      List.of(
          ITEM_CODE,
          SELLER_CODE,
          DATA_KIND,
          OPTION1,
          DETAIL1,
          OPTION2,
          DETAIL2,
          OPTION3,
          DETAIL3,
          PRICE,
          QTY,
          OPTION_CODE);

  private InventoryGridColumns() {}

  /** The 0-based place of a column, -1 when it is not one of the file's. */
  public static int indexOf(String column) {
    return HEADER.indexOf(column);
  }
}
