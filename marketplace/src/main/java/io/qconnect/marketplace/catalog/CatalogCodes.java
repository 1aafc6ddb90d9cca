package io.qconnect.marketplace.catalog;

/**
 * The result codes of the catalogue methods. Codes mean different things per method (docs/qapi.md
 * §3.4), so they are listed per method; the ones the reference documents are marked "(ref)", the
 * others are this project's choice where the reference is silent.
 *
 * <ul>
 *   <li>SetNewGoods: -10001 duplicate SellerCode (ref), -10005 AvailableDateType/Value (ref),
 *       -10101 any other invalid parameter, including a malformed ItemType (ref: "Processing
 *       Error").
 *   <li>UpdateGoods: -10001 item not found, -10002 SecondSubCat, -10003 AvailableDateType/Value,
 *       -10004 ProductionPlaceType/Place, -10005 BrandNo (all ref); -10101 any other invalid
 *       parameter, including a SellerCode another item already has.
 *   <li>EditGoodsStatus: -10001 not found, -10002 under review (S0), -10003 stopped by Qoo10 (S3),
 *       -10004 restricted (S5), -10005 rejected (S8), -10006 Status not 1/2/3 (all ref); -10007 the
 *       item is discontinued (S4), which is final.
 *   <li>GetItemDetailInfo, GetGoodsInventoryInfo: -10001 not found (ref).
 *   <li>GetAllGoodsInfo: -10001 bad ItemStatus (ref); -10101 bad Page.
 *   <li>SetGoodsPriceQty and each SetGoodsPriceQtyBulk row: -10001 not found (ref); -10002 the new
 *       price would put an option's price outside half the item price; -10003 a Qty for an item
 *       with options (their stock belongs to ItemsOptions) that differs from the options' total;
 *       -10101 an invalid Price, Qty, ExpireDate or TaxRate (ref).
 *   <li>SetGoodsPriceQtyBulk overall: 0 every row succeeded, -1 at least one row failed, -2 more
 *       than 500 rows (all ref); -10101 ItemInfoJson missing or not a JSON array.
 *   <li>ItemsOptions (EditGoodsInventory and the unit methods): -10001 item not found; -10002
 *       malformed option data (ref for EditGoodsInventory, with its documented message); -10003 an
 *       option price outside -50 %..+50 % of the item price, or no 0-yen option left; -10004
 *       conflicting options (a combination or option code twice, axis names that differ from the
 *       item's other options, an Insert of an existing row, a total stock past 2,147,483,647);
 *       -10005 no option with that OptionName/OptionValue (Update, Delete, UpdateInventoryQtyUnit).
 * </ul>
 */
public final class CatalogCodes {
  public static final int NOT_FOUND = -10001;
  public static final int PROCESSING = -10101;

  public static final String NOT_FOUND_MESSAGE =
      "Fail to find Item information with 'ItemCode','SellerCode'.";

  // SetNewGoods
  public static final int NEW_DUPLICATE_SELLER_CODE = -10001;
  public static final int NEW_SHIP_BY = -10005;

  // UpdateGoods
  public static final int UPDATE_CATEGORY = -10002;
  public static final int UPDATE_SHIP_BY = -10003;
  public static final int UPDATE_ORIGIN = -10004;
  public static final int UPDATE_BRAND = -10005;

  // EditGoodsStatus
  public static final int STATUS_UNDER_REVIEW = -10002;
  public static final int STATUS_STOPPED = -10003;
  public static final int STATUS_RESTRICTED = -10004;
  public static final int STATUS_REJECTED = -10005;
  public static final int STATUS_INVALID = -10006;
  public static final int STATUS_DISCONTINUED = -10007;

  // GetAllGoodsInfo
  public static final int BAD_ITEM_STATUS = -10001;
  public static final String BAD_ITEM_STATUS_MESSAGE =
      "Please enter the correct ItemStatus. (S0/S1/S2/S4)";

  // SetGoodsPriceQty(Bulk)
  public static final int PRICE_BREAKS_OPTIONS = -10002;
  public static final int QTY_OF_OPTION_ITEM = -10003;
  public static final int BULK_PARTIAL = -1;
  public static final int BULK_TOO_MANY = -2;
  public static final int BULK_LIMIT = 500;

  // ItemsOptions
  public static final int OPTION_FORMAT = -10002;
  public static final int OPTION_PRICE = -10003;
  public static final int OPTION_CONFLICT = -10004;
  public static final int OPTION_NOT_FOUND = -10005;

  private CatalogCodes() {}

  /** The message of a -10101 answer. */
  public static String processing(String detail) {
    return "Processing Error - " + detail;
  }
}
