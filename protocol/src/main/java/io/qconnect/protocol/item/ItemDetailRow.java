package io.qconnect.protocol.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A row of ItemsLookup.GetItemDetailInfo (docs/qapi.md §7.2, version 1.2 fields). Every value is a
 * string on the wire, prices and quantities included; absent values read as "". The fields after
 * OptionShippingNo2 are this marketplace's: what the ItemsBasic, ItemsOrder and ItemsContents edit
 * methods set that the documented row has no field for, named after the methods' parameters and
 * written only when set (docs/qapi-parity.md).
 */
public record ItemDetailRow(
    @JsonProperty("ItemCode") String itemCode,
    @JsonProperty("ItemStatus") String itemStatus,
    @JsonProperty("ItemTitle") String itemTitle,
    @JsonProperty("PromotionName") String promotionName,
    @JsonProperty("MainCatCd") String mainCatCd,
    @JsonProperty("MainCatNm") String mainCatNm,
    @JsonProperty("FirstSubCatCd") String firstSubCatCd,
    @JsonProperty("FirstSubCatNm") String firstSubCatNm,
    @JsonProperty("SecondSubCatCd") String secondSubCatCd,
    @JsonProperty("SecondSubCatNm") String secondSubCatNm,
    @JsonProperty("Drugtype") String drugtype,
    @JsonProperty("SellerCode") String sellerCode,
    @JsonProperty("ProductionPlaceType") String productionPlaceType,
    @JsonProperty("ProductionPlace") String productionPlace,
    @JsonProperty("IndustrialCodeType") String industrialCodeType,
    @JsonProperty("IndustrialCode") String industrialCode,
    @JsonProperty("RetailPrice") String retailPrice,
    @JsonProperty("ItemPrice") String itemPrice,
    @JsonProperty("TaxRate") String taxRate,
    @JsonProperty("SettlePrice") String settlePrice,
    @JsonProperty("ItemQty") String itemQty,
    @JsonProperty("ExpireDate") String expireDate,
    @JsonProperty("ModelNM") String modelNm,
    @JsonProperty("ManufacturerDate") String manufacturerDate,
    @JsonProperty("BrandNo") String brandNo,
    @JsonProperty("Material") String material,
    @JsonProperty("AdultYN") String adultYn,
    @JsonProperty("DesiredShippingDate") String desiredShippingDate,
    @JsonProperty("AvailableDateType") String availableDateType,
    @JsonProperty("AvailableDateValue") String availableDateValue,
    @JsonProperty("ShippingNo") String shippingNo,
    @JsonProperty("ContactInfo") String contactInfo,
    @JsonProperty("ItemDetail") String itemDetail,
    @JsonProperty("ImageUrl") String imageUrl,
    @JsonProperty("VideoURL") String videoUrl,
    @JsonProperty("Keyword") String keyword,
    @JsonProperty("ListedDate") String listedDate,
    @JsonProperty("ChangedDate") String changedDate,
    @JsonProperty("OptionShippingNo1") String optionShippingNo1,
    @JsonProperty("OptionShippingNo2") String optionShippingNo2,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("ItemCondition") String itemCondition,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("UseCondition") String useCondition,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("UsedPeriod") String usedPeriod,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("BriefExplain") String briefExplain,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("AddSRcode1") String addSrCode1,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("AddSRcode2") String addSrCode2,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("Attribute") String attribute,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("DiscountType") String discountType,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("CostPrice") String costPrice,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("DiscountBeginDate")
        String discountBeginDate,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("DiscountEndDate")
        String discountEndDate,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("LimitType") String limitType,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("LimitCnt") String limitCnt,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("LimitEndDate") String limitEndDate,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("TextOption") String textOption,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("Header") String header,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("Footer") String footer,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("EnlargedImage") String enlargedImage,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("InventoryImage")
        String inventoryImage,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("AdditionalOptionImage")
        String additionalOptionImage)
    implements io.qconnect.protocol.wire.QapiRow {

  /** By item code, price and stock: what tells two answers for items apart most often. */
  @Override
  public int rowHash() {
    return java.util.Objects.hash(itemCode, itemPrice, itemQty);
  }

  public ItemDetailRow {
    itemCode = itemCode == null ? "" : itemCode;
    itemStatus = itemStatus == null ? "" : itemStatus;
    itemTitle = itemTitle == null ? "" : itemTitle;
    promotionName = promotionName == null ? "" : promotionName;
    mainCatCd = mainCatCd == null ? "" : mainCatCd;
    mainCatNm = mainCatNm == null ? "" : mainCatNm;
    firstSubCatCd = firstSubCatCd == null ? "" : firstSubCatCd;
    firstSubCatNm = firstSubCatNm == null ? "" : firstSubCatNm;
    secondSubCatCd = secondSubCatCd == null ? "" : secondSubCatCd;
    secondSubCatNm = secondSubCatNm == null ? "" : secondSubCatNm;
    drugtype = drugtype == null ? "" : drugtype;
    sellerCode = sellerCode == null ? "" : sellerCode;
    productionPlaceType = productionPlaceType == null ? "" : productionPlaceType;
    productionPlace = productionPlace == null ? "" : productionPlace;
    industrialCodeType = industrialCodeType == null ? "" : industrialCodeType;
    industrialCode = industrialCode == null ? "" : industrialCode;
    retailPrice = retailPrice == null ? "" : retailPrice;
    itemPrice = itemPrice == null ? "" : itemPrice;
    taxRate = taxRate == null ? "" : taxRate;
    settlePrice = settlePrice == null ? "" : settlePrice;
    itemQty = itemQty == null ? "" : itemQty;
    expireDate = expireDate == null ? "" : expireDate;
    modelNm = modelNm == null ? "" : modelNm;
    manufacturerDate = manufacturerDate == null ? "" : manufacturerDate;
    brandNo = brandNo == null ? "" : brandNo;
    material = material == null ? "" : material;
    adultYn = adultYn == null ? "" : adultYn;
    desiredShippingDate = desiredShippingDate == null ? "" : desiredShippingDate;
    availableDateType = availableDateType == null ? "" : availableDateType;
    availableDateValue = availableDateValue == null ? "" : availableDateValue;
    shippingNo = shippingNo == null ? "" : shippingNo;
    contactInfo = contactInfo == null ? "" : contactInfo;
    itemDetail = itemDetail == null ? "" : itemDetail;
    imageUrl = imageUrl == null ? "" : imageUrl;
    videoUrl = videoUrl == null ? "" : videoUrl;
    keyword = keyword == null ? "" : keyword;
    listedDate = listedDate == null ? "" : listedDate;
    changedDate = changedDate == null ? "" : changedDate;
    optionShippingNo1 = optionShippingNo1 == null ? "" : optionShippingNo1;
    optionShippingNo2 = optionShippingNo2 == null ? "" : optionShippingNo2;
    itemCondition = itemCondition == null ? "" : itemCondition;
    useCondition = useCondition == null ? "" : useCondition;
    usedPeriod = usedPeriod == null ? "" : usedPeriod;
    briefExplain = briefExplain == null ? "" : briefExplain;
    addSrCode1 = addSrCode1 == null ? "" : addSrCode1;
    addSrCode2 = addSrCode2 == null ? "" : addSrCode2;
    attribute = attribute == null ? "" : attribute;
    discountType = discountType == null ? "" : discountType;
    costPrice = costPrice == null ? "" : costPrice;
    discountBeginDate = discountBeginDate == null ? "" : discountBeginDate;
    discountEndDate = discountEndDate == null ? "" : discountEndDate;
    limitType = limitType == null ? "" : limitType;
    limitCnt = limitCnt == null ? "" : limitCnt;
    limitEndDate = limitEndDate == null ? "" : limitEndDate;
    textOption = textOption == null ? "" : textOption;
    header = header == null ? "" : header;
    footer = footer == null ? "" : footer;
    enlargedImage = enlargedImage == null ? "" : enlargedImage;
    inventoryImage = inventoryImage == null ? "" : inventoryImage;
    additionalOptionImage = additionalOptionImage == null ? "" : additionalOptionImage;
  }
}
