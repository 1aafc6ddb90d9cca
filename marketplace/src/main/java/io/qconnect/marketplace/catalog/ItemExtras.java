package io.qconnect.marketplace.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * What the item edit methods beyond UpdateGoods set (docs/qapi-parity.md): empty texts, a zero or
 * null when never set.
 *
 * @param itemCondition EditItemCondition's ItemCondition, N new or U used
 * @param useCondition its UseCondition, 0..6
 * @param subDelivery1 SetGoodsSubDeliveryGroup's AddSRcode1
 * @param attribute SetItemPropertyInfo's Attribute, {@code name||*detail$$...}
 * @param discountType UpdateItemDiscount's DiscountType: 0 none, 1 percent, 2 yen
 * @param discountValue its CostPrice: the percent or the yen off
 * @param limitType EditGoodsOrderLimit's LimitType: 0 per order, 1 per person
 * @param textOptions EditGoodsTextOption's TextOptions, as sent
 * @param additionalOptions EditGoodsOption's rows, with EditAdditionalOptionImage's images
 * @param images EditGoodsMultiImage's additional images, in order
 * @param inventoryImages EditInventoryImage's rows
 */
public record ItemExtras(
    String itemCondition,
    String useCondition,
    String usedPeriod,
    String briefExplain,
    String subDelivery1,
    String subDelivery2,
    String attribute,
    String discountType,
    long discountValue,
    LocalDate discountBegin,
    LocalDate discountEnd,
    String limitType,
    Integer limitCnt,
    LocalDate limitEnd,
    String videoUrl,
    String textOptions,
    String header,
    String footer,
    List<AdditionalOption> additionalOptions,
    List<String> images,
    List<OptionImage> inventoryImages) {

  public static final ItemExtras NONE =
      new ItemExtras(
          "", "", "", "", "", "", "", "", 0, null, null, "", null, null, "", "", "", "", List.of(),
          List.of(), List.of());

  /** A single-type option: {@code name||*value||*price[||*code]}, and its image once set. */
  public record AdditionalOption(
      String name, String value, long price, String optionCode, String imageUrl) {}

  /** The image of the options whose axis {@code name} has {@code value}. */
  public record OptionImage(String name, String value, String url) {}

  ItemExtras withLists(
      List<AdditionalOption> options, List<String> images, List<OptionImage> inventoryImages) {
    return new ItemExtras(
        itemCondition,
        useCondition,
        usedPeriod,
        briefExplain,
        subDelivery1,
        subDelivery2,
        attribute,
        discountType,
        discountValue,
        discountBegin,
        discountEnd,
        limitType,
        limitCnt,
        limitEnd,
        videoUrl,
        textOptions,
        header,
        footer,
        List.copyOf(options),
        List.copyOf(images),
        List.copyOf(inventoryImages));
  }
}
