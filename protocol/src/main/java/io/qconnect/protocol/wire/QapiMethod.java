package io.qconnect.protocol.wire;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The QAPI methods qoo10-connect speaks, with their canonical spelling, whether they only read (and
 * so may be retried), and the shape of their result. Names are matched case-insensitively, as the
 * real service does, including the {@code _v3}/{@code _V3} suffix.
 */
public enum QapiMethod {
  CREATE_CERTIFICATION_KEY(
      "CertificationAPI", "CreateCertificationKey", Access.WRITE, ResultShape.STRING),
  GET_SHIPPING_INFO_V3(
      "ShippingBasic", "GetShippingInfo_v3", Access.READ, ResultShape.list("ShippingInfo_V3")),
  GET_SHIPPING_INFO_V2(
      "ShippingBasic", "GetShippingInfo_v2", Access.READ, ResultShape.list("ShippingInfo_V2")),
  GET_SHIPPING_AND_CLAIM_INFO_BY_ORDER_NO_V2(
      "ShippingBasic",
      "GetShippingAndClaimInfoByOrderNo_V2",
      Access.READ,
      ResultShape.list("ShippingAndClaimInfo_V2")),
  SET_SELLER_CHECK_YN_V2("ShippingBasic", "SetSellerCheckYN_V2", Access.WRITE, ResultShape.STD),
  SET_SELLER_CHECK_YN_BULK(
      "ShippingBasic",
      "SetSellerCheckYNBulk",
      Access.WRITE,
      ResultShape.list("SellerCheckBulkResult")),
  SET_SENDING_INFO("ShippingBasic", "SetSendingInfo", Access.WRITE, ResultShape.STD),
  SET_SENDING_INFO_BULK(
      "ShippingBasic", "SetSendingInfoBulk", Access.WRITE, ResultShape.list("SendingBulkResult")),
  GET_CLAIM_INFO_V3(
      "ShippingBasic", "GetClaimInfo_V3", Access.READ, ResultShape.list("ClaimInfo_V2")),
  SET_CANCEL_PROCESS("Claim", "SetCancelProcess", Access.WRITE, ResultShape.STD),
  GET_SHIPPING_INFO(
      "ShippingBasic", "GetShippingInfo", Access.READ, ResultShape.list("ShippingInfo")),
  GET_SHIPPING_INFO_LOGISTICS(
      "ShippingBasic",
      "GetShippingInfo_Logistics",
      Access.READ,
      ResultShape.list("ShippingInfo_V3")),
  GET_CLAIM_INFO("ShippingBasic", "GetClaimInfo", Access.READ, ResultShape.list("ClaimInfo_V2")),
  GET_CLAIM_INFO_V2(
      "ShippingBasic", "GetClaimInfo_V2", Access.READ, ResultShape.list("ClaimInfo_V2")),
  SET_SENDING_COMPLETE("ShippingBasic", "SetSendingComplete", Access.WRITE, ResultShape.STD),
  SET_CLAIM_ACCEPT("Claim", "SetClaimAccept", Access.WRITE, ResultShape.STD),
  SET_CLAIM_REDELIVERY("Claim", "SetClaimRedelivery", Access.WRITE, ResultShape.STD),
  GET_ALL_GOODS_INFO(
      "ItemsLookup", "GetAllGoodsInfo", Access.READ, ResultShape.object("GoodsInfoList")),
  GET_ITEM_DETAIL_INFO(
      "ItemsLookup", "GetItemDetailInfo", Access.READ, ResultShape.list("ItemDetailInfo")),
  GET_GOODS_INVENTORY_INFO(
      "ItemsLookup", "GetGoodsInventoryInfo", Access.READ, ResultShape.list("GoodsInventoryInfo")),
  SET_NEW_GOODS("ItemsBasic", "SetNewGoods", Access.WRITE, ResultShape.object("GoodsResultModel")),
  UPDATE_GOODS("ItemsBasic", "UpdateGoods", Access.WRITE, ResultShape.STD),
  EDIT_GOODS_STATUS("ItemsBasic", "EditGoodsStatus", Access.WRITE, ResultShape.STD),
  SET_GOODS_PRICE_QTY("ItemsOrder", "SetGoodsPriceQty", Access.WRITE, ResultShape.STD),
  SET_GOODS_PRICE_QTY_BULK(
      "ItemsOrder",
      "SetGoodsPriceQtyBulk",
      Access.WRITE,
      ResultShape.list("DictionaryOfStringObject")),
  EDIT_GOODS_INVENTORY("ItemsOptions", "EditGoodsInventory", Access.WRITE, ResultShape.STD),
  INSERT_INVENTORY_DATA_UNIT(
      "ItemsOptions", "InsertInventoryDataUnit", Access.WRITE, ResultShape.STD),
  UPDATE_INVENTORY_DATA_UNIT(
      "ItemsOptions", "UpdateInventoryDataUnit", Access.WRITE, ResultShape.STD),
  DELETE_INVENTORY_DATA_UNIT(
      "ItemsOptions", "DeleteInventoryDataUnit", Access.WRITE, ResultShape.STD),
  UPDATE_INVENTORY_QTY_UNIT(
      "ItemsOptions", "UpdateInventoryQtyUnit", Access.WRITE, ResultShape.STD),
  GET_GOODS_OPTION_INFO(
      "ItemsLookup", "GetGoodsOptionInfo", Access.READ, ResultShape.list("GoodsOptionInfo")),
  GET_SELLER_DELIVERY_GROUP_INFO(
      "ItemsLookup",
      "GetSellerDeliveryGroupInfo",
      Access.READ,
      ResultShape.list("SellerDeliveryGroupInfo")),
  EDIT_ITEM_CONDITION("ItemsBasic", "EditItemCondition", Access.WRITE, ResultShape.STD),
  SET_GOODS_SUB_DELIVERY_GROUP(
      "ItemsBasic", "SetGoodsSubDeliveryGroup", Access.WRITE, ResultShape.STD),
  SET_ITEM_PROPERTY_INFO("ItemsBasic", "SetItemPropertyInfo", Access.WRITE, ResultShape.STD),
  UPDATE_ITEM_DISCOUNT("ItemsOrder", "UpdateItemDiscount", Access.WRITE, ResultShape.STD),
  EDIT_GOODS_ORDER_LIMIT("ItemsOrder", "EditGoodsOrderLimit", Access.WRITE, ResultShape.STD),
  EDIT_COMMON_GOODS_INVENTORY(
      "ItemsOptions", "EditCommonGoodsInventory", Access.WRITE, ResultShape.STD),
  UPDATE_INVENTORY_QTY_PLUS_UNIT(
      "ItemsOptions", "UpdateInventoryQtyPlusUnit", Access.WRITE, ResultShape.STD),
  INSERT_INVENTORY_DATA_BULK(
      "ItemsOptions",
      "InsertInventoryDataBulk",
      Access.WRITE,
      ResultShape.list("DictionaryOfStringObject")),
  UPDATE_INVENTORY_DATA_BULK(
      "ItemsOptions",
      "UpdateInventoryDataBulk",
      Access.WRITE,
      ResultShape.list("DictionaryOfStringObject")),
  EDIT_GOODS_OPTION("ItemsOptions", "EditGoodsOption", Access.WRITE, ResultShape.STD),
  EDIT_GOODS_TEXT_OPTION("ItemsOptions", "EditGoodsTextOption", Access.WRITE, ResultShape.STD),
  EDIT_GOODS_CONTENTS("ItemsContents", "EditGoodsContents", Access.WRITE, ResultShape.STD),
  EDIT_GOODS_IMAGE("ItemsContents", "EditGoodsImage", Access.WRITE, ResultShape.STD),
  EDIT_GOODS_MULTI_IMAGE("ItemsContents", "EditGoodsMultiImage", Access.WRITE, ResultShape.STD),
  EDIT_GOODS_HEADER_FOOTER("ItemsContents", "EditGoodsHeaderFooter", Access.WRITE, ResultShape.STD),
  EDIT_INVENTORY_IMAGE("ItemsContents", "EditInventoryImage", Access.WRITE, ResultShape.STD),
  EDIT_ADDITIONAL_OPTION_IMAGE(
      "ItemsContents", "EditAdditionalOptionImage", Access.WRITE, ResultShape.STD),
  GET_CATAGORY_LIST_ALL(
      "CommonInfoLookup",
      "GetCatagoryListAll",
      Access.READ,
      ResultShape.list("CommonCategoryInfo")),
  SEARCH_BRAND("CommonInfoLookup", "SearchBrand", Access.READ, ResultShape.list("BrandInfo")),
  SEARCH_MAKER("CommonInfoLookup", "SearchMaker", Access.READ, ResultShape.list("MakerInfo")),
  COUPON_AUTH_BY_OUTER_TICKET_NO(
      "ECouponAuth", "CouponAuthByOuterTicketNo", Access.WRITE, ResultShape.object("ECouponInfo")),
  COUPON_CANCEL_BY_OUTER_TICKET_NO(
      "ECouponAuth",
      "CouponCancelByOuterTicketNo",
      Access.WRITE,
      ResultShape.object("ECouponInfo")),
  GET_INQUIRY_MESSAGE(
      "CSCenter", "GetInquiryMessage", Access.READ, ResultShape.list("InquiryMessageInfo")),
  SET_INQUIRY_MESSAGE(
      "CSCenter", "SetInquiryMessage", Access.WRITE, ResultShape.object("InquiryMessageResult")),
  GET_SELLING_REPORT_DETAIL_LIST(
      "ShippingBasic",
      "GetSellingReportDetailList",
      Access.READ,
      ResultShape.list("SellingReportDetail")),
  GET_SELLING_REPORT_DELIVERY_FEE_DETAIL_LIST(
      "ShippingBasic",
      "GetSellingReportDeliveryFeeDetailList",
      Access.READ,
      ResultShape.list("SellingReportDeliveryFeeDetail")),
  GET_SELLING_REPORT_DISCOUNT_FEE_DETAIL_LIST(
      "ShippingBasic",
      "GetSellingReportDiscountFeeDetailList",
      Access.READ,
      ResultShape.list("SellingReportDiscountFeeDetail")),
  REQUEST_FILE_DOWNLOAD(
      "ItemsLookup", "RequestFileDownload", Access.WRITE, ResultShape.list("FileDownloadInfo"));

  /** Reads may be retried after a transport failure; writes may not. */
  public enum Access {
    READ,
    WRITE
  }

  private static final Map<String, QapiMethod> BY_NAME =
      Stream.of(values())
          .collect(Collectors.toUnmodifiableMap(m -> key(m.fullName()), Function.identity()));

  private final String className;
  private final String methodName;
  private final Access access;
  private final ResultShape shape;

  QapiMethod(String className, String methodName, Access access, ResultShape shape) {
    this.className = className;
    this.methodName = methodName;
    this.access = access;
    this.shape = shape;
  }

  public String className() {
    return className;
  }

  public String methodName() {
    return methodName;
  }

  /** {@code Class.Method}, canonical spelling. */
  public String fullName() {
    return className + "." + methodName;
  }

  public Access access() {
    return access;
  }

  public boolean isRead() {
    return access == Access.READ;
  }

  public ResultShape shape() {
    return shape;
  }

  /** Finds a method by {@code Class.Method}, ignoring case. */
  public static Optional<QapiMethod> find(String className, String methodName) {
    return Optional.ofNullable(BY_NAME.get(key(className + "." + methodName)));
  }

  private static String key(String fullName) {
    return fullName.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return fullName();
  }
}
