package io.qconnect.marketplace.catalog.file;

import java.util.List;

/**
 * The columns of GoodsList.csv (QSM 販売商品情報, docs/catalogue-files.md), in the file's order. The
 * writer ({@code CatalogueFiles}) and every reader of the file (bulk upload) use these names.
 *
 * <p>Values: prices and the fee are whole yen without separators, 手数料 is the commission in yen
 * (GetItemDetailInfo's ItemPrice less SettlePrice), 送料の種類 is a label of {@link
 * io.qconnect.marketplace.catalog.ShippingFeeType}, 販売終了日 is {@code yyyy-MM-dd}.
 */
public final class GoodsListColumns {
  public static final String FILE_NAME = "GoodsList.csv";

  public static final String ITEM_CODE = "商品番号";
  public static final String SELLER_CODE = "販売者商品コード";
  public static final String TITLE = "商品名";
  public static final String PRICE = "販売価格";
  public static final String SUPPLY_PRICE = "供給原価";
  public static final String COMMISSION = "手数料";
  public static final String QTY = "数量";
  public static final String SHIPPING_FEE = "送料";
  public static final String SHIPPING_FEE_TYPE = "送料の種類";
  public static final String END_DATE = "販売終了日";

  /** The header line's cells, in order. */
  public static final List<String> HEADER =
      List.of(
          ITEM_CODE,
          SELLER_CODE,
          TITLE,
          PRICE,
          SUPPLY_PRICE,
          COMMISSION,
          QTY,
          SHIPPING_FEE,
          SHIPPING_FEE_TYPE,
          END_DATE);

  private GoodsListColumns() {}

  /** The 0-based place of a column, -1 when it is not one of the file's. */
  public static int indexOf(String column) {
    return HEADER.indexOf(column);
  }
}
