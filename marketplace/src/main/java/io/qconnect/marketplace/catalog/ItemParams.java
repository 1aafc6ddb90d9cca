package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.catalog.ParamReader.Field;
import io.qconnect.protocol.item.InventoryInfoFormat;
import io.qconnect.protocol.item.InventoryOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Reads and checks the wire parameters of SetNewGoods, UpdateGoods and SetGoodsPriceQty
 * (docs/qapi.md §7.4, 7.5, 7.7). The first problem found is answered; which code it gets depends on
 * the method, so problems are classified by {@link Field} and the caller maps the field to its
 * code.
 */
final class ItemParams {
  /** ProductionPlace for type 1 (domestic): the prefecture in upper-case romaji. */
  static final Set<String> PREFECTURES =
      Set.of(
          ("HOKKAIDO AOMORI IWATE MIYAGI AKITA YAMAGATA FUKUSHIMA IBARAKI TOCHIGI GUNMA SAITAMA"
                  + " CHIBA TOKYO KANAGAWA NIIGATA TOYAMA ISHIKAWA FUKUI YAMANASHI NAGANO GIFU"
                  + " SHIZUOKA AICHI MIE SHIGA KYOTO OSAKA HYOGO NARA WAKAYAMA TOTTORI SHIMANE"
                  + " OKAYAMA HIROSHIMA YAMAGUCHI TOKUSHIMA KAGAWA EHIME KOCHI FUKUOKA SAGA NAGASAKI"
                  + " KUMAMOTO OITA MIYAZAKI KAGOSHIMA OKINAWA")
              .split(" "));

  private static final Set<String> INDUSTRIAL_TYPES = Set.of("J", "K", "I", "U", "E", "H");

  private final ParamReader r;

  private ItemParams(Function<String, String> param) {
    this.r = new ParamReader(param);
  }

  /** SetNewGoods. */
  static Outcome<NewGoods> newGoods(Function<String, String> p, ToIntFunction<Field> codes) {
    ItemParams in = new ItemParams(p);
    ParamReader r = in.r;
    ItemFields fields = in.fields(false);
    String sellerCode = r.text("SellerCode", 100);
    long price = r.amount("ItemPrice", 1, true);
    String tax = r.taxRate();
    List<InventoryOption> options = in.itemType();
    int qty = r.quantity("ItemQty", options.isEmpty());
    LocalDate expire = r.date("ExpireDate");
    String image = r.url("StandardImage");
    String description = r.text("ItemDescription", 20_000);
    return r.result(
        codes,
        () ->
            new NewGoods(sellerCode, fields, price, tax, qty, expire, image, description, options));
  }

  /** UpdateGoods; a blank ItemCode is the caller's -10001. */
  static Outcome<GoodsUpdate> update(Function<String, String> p, ToIntFunction<Field> codes) {
    ItemParams in = new ItemParams(p);
    ItemFields fields = in.fields(true);
    String sellerCode = in.r.text("SellerCode", 100);
    return in.r.result(codes, () -> new GoodsUpdate(in.r.raw("ItemCode"), sellerCode, fields));
  }

  /** SetGoodsPriceQty and one SetGoodsPriceQtyBulk row; every problem is a -10101. */
  static Outcome<PriceQtyChange> priceQty(Function<String, String> p) {
    ParamReader r = new ParamReader(p);
    ItemRef ref = new ItemRef(r.raw("ItemCode"), r.raw("SellerCode"));
    long price = r.amount("Price", 1, true);
    Integer qty = r.raw("Qty").isEmpty() ? null : r.quantity("Qty", true);
    LocalDate expire = r.date("ExpireDate");
    String tax = r.taxRate();
    return r.result(
        f -> CatalogCodes.PROCESSING, () -> new PriceQtyChange(ref, price, qty, expire, tax));
  }

  private ItemFields fields(boolean update) {
    String category = r.raw("SecondSubCat");
    if (!category.matches("\\d{9}")) {
      r.fail(Field.CATEGORY, "SecondSubCat must be a 9-digit category code: '" + category + "'");
      category = "000000000";
    } else if (Category.find(category).isEmpty()) {
      r.fail(
          Field.CATEGORY,
          "SecondSubCat '"
              + category
              + "' is not a category (CommonInfoLookup.GetCatagoryListAll)");
    }
    String title = r.required("ItemTitle", ItemFields.MAX_TITLE);
    ShipBy shipBy = shipBy();
    String brand = r.raw("BrandNo");
    if (!brand.matches("\\d{0,20}")) {
      r.fail(Field.BRAND, "BrandNo must be a brand number (digits): '" + brand + "'");
    } else if (!brand.isEmpty() && !brand.equals("0") && Brand.brand(brand).isEmpty()) {
      r.fail(Field.BRAND, "BrandNo '" + brand + "' is not a brand (CommonInfoLookup.SearchBrand)");
    }
    String placeType = productionPlaceType(update);
    return new ItemFields(
        title,
        r.text("PromotionName", ItemFields.MAX_PROMOTION),
        category,
        brand,
        r.amount("RetailPrice", 0, false),
        r.digits("ShippingNo"),
        shipBy,
        r.text("ModelNM", 30),
        r.text("Material", 500),
        placeType,
        productionPlace(placeType),
        industrialType(),
        industrialCode(),
        r.yesNo("AdultYN", update),
        r.text("ContactInfo", 100),
        keywords());
  }

  private ShipBy shipBy() {
    return ShipBy.parse(r.raw("AvailableDateType"), r.raw("AvailableDateValue"))
        .orElseGet(
            () -> {
              r.fail(Field.SHIP_BY, "Check AvailableDateValue: " + ShipBy.RULE);
              return ShipBy.normal(3);
            });
  }

  private String productionPlaceType(boolean required) {
    String t = r.raw("ProductionPlaceType");
    if (t.isEmpty() && !required) {
      return "1";
    }
    if (!Set.of("1", "2", "3").contains(t)) {
      r.fail(Field.ORIGIN, "ProductionPlaceType must be 1 (domestic), 2 (overseas) or 3 (other)");
      return "1";
    }
    return t;
  }

  private String productionPlace(String type) {
    String place = r.raw("ProductionPlace");
    boolean ok =
        switch (type) {
          case "1" -> place.isEmpty() || PREFECTURES.contains(place);
          case "2" -> place.isEmpty() || place.matches("[A-Z]{2}");
          default -> place.length() <= 50;
        };
    if (!ok) {
      r.fail(
          Field.ORIGIN,
          "ProductionPlace must be a prefecture in romaji (TOKYO) for type 1, a country code (KR)"
              + " for type 2, or at most 50 characters for type 3: '"
              + place
              + "'");
      return "";
    }
    return place;
  }

  private String industrialType() {
    String t = r.raw("IndustrialCodeType").toUpperCase(Locale.ROOT);
    if (!t.isEmpty() && !INDUSTRIAL_TYPES.contains(t)) {
      r.fail(Field.OTHER, "IndustrialCodeType must be J, K, I, U, E or H: '" + t + "'");
    }
    return t;
  }

  private String industrialCode() {
    String c = r.raw("IndustrialCode");
    if (!c.matches("[0-9A-Za-z]{0,13}")) {
      r.fail(Field.OTHER, "IndustrialCode has at most 13 letters or digits: '" + c + "'");
    } else if (!c.isEmpty() && r.raw("IndustrialCodeType").isEmpty()) {
      r.fail(Field.OTHER, "IndustrialCode needs an IndustrialCodeType");
    }
    return c;
  }

  private String keywords() {
    String k = r.raw("Keyword");
    if (k.isEmpty()) {
      return k;
    }
    String[] words = k.split(",", -1);
    for (String w : words) {
      if (w.strip().isEmpty() || w.strip().length() > 30) {
        r.fail(Field.OTHER, "each Keyword has 1 to 30 characters: '" + w + "'");
      }
    }
    if (words.length > 10) {
      r.fail(Field.OTHER, "at most 10 keywords, not " + words.length);
    }
    return k;
  }

  /** SetNewGoods' ItemType: the InventoryInfo layout, seller option code "0" meaning none. */
  private List<InventoryOption> itemType() {
    try {
      return InventoryInfoFormat.parse(r.raw("ItemType")).stream()
          .map(o -> o.optionCode().equals("0") ? withoutCode(o) : o)
          .toList();
    } catch (IllegalArgumentException e) {
      r.fail(Field.OTHER, "ItemType: " + e.getMessage());
      return List.of();
    }
  }

  private static InventoryOption withoutCode(InventoryOption o) {
    return new InventoryOption(o.axes(), o.priceDelta(), o.qty(), "");
  }
}
