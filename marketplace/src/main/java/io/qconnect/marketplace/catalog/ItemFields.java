package io.qconnect.marketplace.catalog;

import java.util.Objects;

/**
 * The descriptive fields of an item that ItemsBasic.UpdateGoods replaces as a whole (docs/qapi.md
 * §7.5). Absent text is "". The wire validation with result codes is {@link ItemParams}; this
 * constructor only guards the invariants the store relies on.
 *
 * @param categoryCode the 9-digit leaf category ({@code SecondSubCat})
 * @param retailPrice the reference price in yen, 0 when unknown
 * @param shippingNo the shipping-fee group, "0" for free shipping
 * @param productionPlaceType 1 domestic, 2 overseas, 3 other
 * @param industrialCodeType J JAN, K KAN, I ISBN, U UPC, E EAN, H HS, or ""
 * @param adultYn Y or N
 * @param keyword comma-separated search keywords
 */
public record ItemFields(
    String title,
    String promotionName,
    String categoryCode,
    String brandNo,
    long retailPrice,
    String shippingNo,
    ShipBy shipBy,
    String modelName,
    String material,
    String productionPlaceType,
    String productionPlace,
    String industrialCodeType,
    String industrialCode,
    String adultYn,
    String contactInfo,
    String keyword) {
  private static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile("\\d{9}");

  public static final int MAX_TITLE = 100;
  public static final int MAX_PROMOTION = 20;
  public static final long MAX_PRICE = 999_999_999L;

  public ItemFields {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(shipBy, "shipBy");
    promotionName = orEmpty(promotionName);
    brandNo = orEmpty(brandNo);
    shippingNo = shippingNo == null || shippingNo.isBlank() ? "0" : shippingNo;
    modelName = orEmpty(modelName);
    material = orEmpty(material);
    productionPlaceType = productionPlaceType == null ? "1" : productionPlaceType;
    productionPlace = orEmpty(productionPlace);
    industrialCodeType = orEmpty(industrialCodeType);
    industrialCode = orEmpty(industrialCode);
    adultYn = adultYn == null || adultYn.isBlank() ? "N" : adultYn;
    contactInfo = orEmpty(contactInfo);
    keyword = orEmpty(keyword);
    if (title.isBlank() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("a title has 1 to 100 characters: '" + title + "'");
    }
    if (promotionName.length() > MAX_PROMOTION) {
      throw new IllegalArgumentException("a promotion name has at most 20 characters");
    }
    if (!CATEGORY.matcher(categoryCode).matches()) {
      throw new IllegalArgumentException("a category code has 9 digits: '" + categoryCode + "'");
    }
    if (retailPrice < 0 || retailPrice > MAX_PRICE) {
      throw new IllegalArgumentException("retail price out of range: " + retailPrice);
    }
  }

  /** The minimal fields of a listable item: title, category and the usual 3-day shipping. */
  public static ItemFields of(String title, String categoryCode) {
    return new ItemFields(
        title,
        "",
        categoryCode,
        "",
        0,
        "0",
        ShipBy.normal(3),
        "",
        "",
        "1",
        "",
        "",
        "",
        "N",
        "",
        "");
  }

  /** The same fields with another title. */
  public ItemFields withTitle(String t) {
    return new ItemFields(
        t,
        promotionName,
        categoryCode,
        brandNo,
        retailPrice,
        shippingNo,
        shipBy,
        modelName,
        material,
        productionPlaceType,
        productionPlace,
        industrialCodeType,
        industrialCode,
        adultYn,
        contactInfo,
        keyword);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
