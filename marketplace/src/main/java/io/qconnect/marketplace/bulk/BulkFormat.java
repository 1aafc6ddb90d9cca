package io.qconnect.marketplace.bulk;

import io.qconnect.marketplace.catalog.file.GoodsListColumns;
import io.qconnect.marketplace.catalog.file.InventoryGridColumns;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files a bulk upload accepts, each a fixed column order (header row first). The two download
 * files of 商品管理 come back edited: GoodsList.csv changes price, quantity and end date as
 * ItemsOrder.SetGoodsPriceQty does (the other columns are there to read and are not applied);
 * InventoryManagement_gridInventory.csv changes each option's price, quantity and option code as
 * ItemsOptions.UpdateInventoryDataUnit does. New-item rows register items as ItemsBasic.SetNewGoods
 * does. The headers are the downloads' (商品管理's CSV export writes the same names); a header cell may
 * be written with or without spaces, in any case, and in the alternative wordings listed (Japanese
 * or English).
 */
public enum BulkFormat {
  GOODS_LIST(
      GoodsListColumns.FILE_NAME,
      "item",
      List.of(
          col(GoodsListColumns.ITEM_CODE, "ItemCode", "商品コード", "item no.", "itemno"),
          col(GoodsListColumns.SELLER_CODE, "SellerCode", "販売者コード", "セラーコード", "seller code"),
          col(GoodsListColumns.TITLE, "", "item name", "name", "ItemTitle"),
          col(GoodsListColumns.PRICE, "Price", "販売価", "価格", "price"),
          col(GoodsListColumns.SUPPLY_PRICE, "", "供給価格", "supply price"),
          col(GoodsListColumns.COMMISSION, "", "commission"),
          col(GoodsListColumns.QTY, "Qty", "在庫数", "quantity"),
          col(GoodsListColumns.SHIPPING_FEE, "", "配送費", "shipping fee"),
          col(
              GoodsListColumns.SHIPPING_FEE_TYPE,
              "",
              "送料タイプ",
              "送料種類",
              "配送費の種類",
              "shipping fee type"),
          col(GoodsListColumns.END_DATE, "ExpireDate", "終了日", "end date"))),
  INVENTORY(
      InventoryGridColumns.FILE_NAME,
      "inventory",
      List.of(
          col(InventoryGridColumns.ITEM_CODE, "ItemCode", "商品コード", "item no.", "itemno"),
          col(InventoryGridColumns.SELLER_CODE, "SellerCode", "販売者コード", "セラーコード", "seller code"),
          col(InventoryGridColumns.DATA_KIND, "", "データの種類", "data kind", "datakind"),
          col(InventoryGridColumns.OPTION1, "Name1", "option1"),
          col(InventoryGridColumns.DETAIL1, "Value1", "detail1"),
          col(InventoryGridColumns.OPTION2, "Name2", "option2"),
          col(InventoryGridColumns.DETAIL2, "Value2", "detail2"),
          col(InventoryGridColumns.OPTION3, "Name3", "option3"),
          col(InventoryGridColumns.DETAIL3, "Value3", "detail3"),
          col(InventoryGridColumns.PRICE, "Price", "オプション価格", "price"),
          col(InventoryGridColumns.QTY, "Qty", "在庫数", "quantity"),
          col(InventoryGridColumns.OPTION_CODE, "OptionCode", "Q-在庫コード", "option code"))),
  NEW_ITEMS(
      "NewItems.csv",
      "item",
      List.of(
          col("販売者商品コード", "SellerCode", "販売者コード", "seller code"),
          col("商品名", "ItemTitle", "item name"),
          col("カテゴリコード", "SecondSubCat", "カテゴリーコード", "category code"),
          col("販売価格", "ItemPrice", "販売価", "price"),
          col("数量", "ItemQty", "在庫数", "quantity"),
          col("終了日", "ExpireDate", "販売終了日", "end date"),
          col("画像URL", "StandardImage", "image url"),
          col("商品説明", "ItemDescription", "description")));

  /**
   * One column: the header as the downloads write it, the QAPI parameter its value goes to ("" for
   * a column that is only read), and other accepted spellings of the header.
   */
  public record Column(String header, String param, Set<String> accepted) {
    boolean accepts(String cell) {
      String c = normal(cell);
      return c.equals(normal(header)) || accepted.stream().anyMatch(a -> normal(a).equals(c));
    }
  }

  private final String fileName;
  private final String folder;
  private final List<Column> columns;

  BulkFormat(String fileName, String folder, List<Column> columns) {
    this.fileName = fileName;
    this.folder = folder;
    this.columns = columns;
  }

  /** The file's usual name (the download's). */
  public String fileName() {
    return fileName;
  }

  /** The FTP folder the file goes in: {@code item} or {@code inventory}. */
  public String folder() {
    return folder;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The header row as the downloads write it. */
  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  /** The formats an FTP folder takes; empty for any other folder. */
  public static List<BulkFormat> inFolder(String folder) {
    return java.util.Arrays.stream(values()).filter(f -> f.folder.equals(folder)).toList();
  }

  private static Column col(String header, String param, String... accepted) {
    return new Column(header, param, Set.of(accepted));
  }

  /** A header cell compared without case, spaces (half- or full-width), dots or underscores. */
  static String normal(String s) {
    return s.replaceAll("[\\s\\u3000._]", "").toLowerCase(Locale.ROOT);
  }
}
