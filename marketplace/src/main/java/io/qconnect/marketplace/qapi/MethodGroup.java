package io.qconnect.marketplace.qapi;

import io.qconnect.protocol.wire.QapiMethod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The groups the seller's developer page (API IDの発行/照会) lists the QAPI methods in, as QSM does
 * (R19): 商品登録, 商品照会, 商品修正, 配送/クレーム管理, お問い合わせ管理, カテゴリ/ブランド, and 認証 for CreateCertificationKey, which
 * belongs to none of them.
 */
public enum MethodGroup {
  ITEM_REGISTRATION,
  ITEM_LOOKUP,
  ITEM_CHANGE,
  SHIPPING_CLAIMS,
  INQUIRIES,
  CATEGORY_BRAND,
  CERTIFICATION;

  /** The group of a method; a new method must be given one here (the switch is exhaustive). */
  public static MethodGroup of(QapiMethod m) {
    return switch (m) {
      case CREATE_CERTIFICATION_KEY,
          COUPON_AUTH_BY_OUTER_TICKET_NO,
          COUPON_CANCEL_BY_OUTER_TICKET_NO ->
          CERTIFICATION;
      case GET_CATAGORY_LIST_ALL, SEARCH_BRAND, SEARCH_MAKER -> CATEGORY_BRAND;
      case GET_INQUIRY_MESSAGE, SET_INQUIRY_MESSAGE -> INQUIRIES;
      case SET_NEW_GOODS, INSERT_INVENTORY_DATA_UNIT, INSERT_INVENTORY_DATA_BULK ->
          ITEM_REGISTRATION;
      case GET_ALL_GOODS_INFO,
          GET_ITEM_DETAIL_INFO,
          GET_GOODS_INVENTORY_INFO,
          GET_GOODS_OPTION_INFO,
          GET_SELLER_DELIVERY_GROUP_INFO,
          REQUEST_FILE_DOWNLOAD ->
          ITEM_LOOKUP;
      case UPDATE_GOODS,
          EDIT_GOODS_STATUS,
          SET_GOODS_PRICE_QTY,
          SET_GOODS_PRICE_QTY_BULK,
          EDIT_GOODS_INVENTORY,
          UPDATE_INVENTORY_DATA_UNIT,
          DELETE_INVENTORY_DATA_UNIT,
          UPDATE_INVENTORY_QTY_UNIT,
          EDIT_ITEM_CONDITION,
          SET_GOODS_SUB_DELIVERY_GROUP,
          SET_ITEM_PROPERTY_INFO,
          UPDATE_ITEM_DISCOUNT,
          EDIT_GOODS_ORDER_LIMIT,
          EDIT_COMMON_GOODS_INVENTORY,
          UPDATE_INVENTORY_QTY_PLUS_UNIT,
          UPDATE_INVENTORY_DATA_BULK,
          EDIT_GOODS_OPTION,
          EDIT_GOODS_TEXT_OPTION,
          EDIT_GOODS_CONTENTS,
          EDIT_GOODS_IMAGE,
          EDIT_GOODS_MULTI_IMAGE,
          EDIT_GOODS_HEADER_FOOTER,
          EDIT_INVENTORY_IMAGE,
          EDIT_ADDITIONAL_OPTION_IMAGE ->
          ITEM_CHANGE;
      case GET_SHIPPING_INFO_V3,
          GET_SHIPPING_INFO_V2,
          GET_SHIPPING_AND_CLAIM_INFO_BY_ORDER_NO_V2,
          SET_SELLER_CHECK_YN_V2,
          SET_SELLER_CHECK_YN_BULK,
          SET_SENDING_INFO,
          SET_SENDING_INFO_BULK,
          GET_CLAIM_INFO_V3,
          SET_CANCEL_PROCESS,
          GET_SHIPPING_INFO,
          GET_SHIPPING_INFO_LOGISTICS,
          GET_CLAIM_INFO,
          GET_CLAIM_INFO_V2,
          SET_SENDING_COMPLETE,
          SET_CLAIM_ACCEPT,
          SET_CLAIM_REDELIVERY,
          GET_SELLING_REPORT_DETAIL_LIST,
          GET_SELLING_REPORT_DELIVERY_FEE_DETAIL_LIST,
          GET_SELLING_REPORT_DISCOUNT_FEE_DETAIL_LIST ->
          SHIPPING_CLAIMS;
    };
  }

  /** Every group in order, each with its methods in the given order (possibly none). */
  public static Map<MethodGroup, List<QapiMethod>> grouped(Collection<QapiMethod> methods) {
    Map<MethodGroup, List<QapiMethod>> out = new EnumMap<>(MethodGroup.class);
    for (MethodGroup g : values()) {
      out.put(g, new ArrayList<>());
    }
    for (QapiMethod m : methods) {
      out.get(of(m)).add(m);
    }
    out.replaceAll((g, list) -> List.copyOf(list));
    return out;
  }
}
