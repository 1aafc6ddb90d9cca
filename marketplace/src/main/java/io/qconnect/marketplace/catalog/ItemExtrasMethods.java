package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.ExtrasEdits.COL;
import static io.qconnect.marketplace.catalog.ExtrasEdits.ROW;
import static io.qconnect.marketplace.catalog.ExtrasEdits.answer;
import static io.qconnect.marketplace.catalog.ExtrasEdits.bad;
import static io.qconnect.marketplace.catalog.ExtrasEdits.date;

import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item methods beyond registration, UpdateGoods and the combination options (docs/qapi.md §7.3,
 * 7.6, 7.7, 7.8, 7.9; docs/qapi-parity.md): item condition, extra shipping codes, properties,
 * discount, purchase limit and the two lookups GetGoodsOptionInfo and GetSellerDeliveryGroupInfo.
 * The single-type and text options with the option images are in {@link ItemOptionExtrasMethods},
 * contents and images in {@link ItemContentsMethods}, the shared checks in {@link ExtrasEdits}.
 * Every edit answers -10001 for an item the seller does not have; a refused edit writes nothing.
 * Where the reference gives no code for a bad value, the edit answers -10002, as its documented
 * siblings do for a bad parameter.
 */
final class ItemExtrasMethods implements QapiFeature {
  static final int BAD_VALUE = ExtrasEdits.BAD_VALUE;

  private final ItemExtrasService extras;

  ItemExtrasMethods(ItemExtrasService extras) {
    this.extras = extras;
  }

  @Override
  public void registerIn(MethodTable t) {
    t.register(QapiMethod.GET_GOODS_OPTION_INFO, this::goodsOptions)
        .register(QapiMethod.GET_SELLER_DELIVERY_GROUP_INFO, this::deliveryGroups)
        .register(QapiMethod.EDIT_ITEM_CONDITION, this::condition)
        .register(QapiMethod.SET_GOODS_SUB_DELIVERY_GROUP, this::subDelivery)
        .register(QapiMethod.SET_ITEM_PROPERTY_INFO, this::property)
        .register(QapiMethod.UPDATE_ITEM_DISCOUNT, this::discount)
        .register(QapiMethod.EDIT_GOODS_ORDER_LIMIT, this::orderLimit);
    new ItemOptionExtrasMethods(extras).registerIn(t);
    new ItemContentsMethods(extras).registerIn(t);
  }

  // ------------------------------------------------------------------ lookups

  /** GetGoodsOptionInfo: the single-type options, {@code [{Name, Value, Price, OptionCode}]}. */
  private QapiResponse goodsOptions(SellerCall c) {
    QapiMethod m = QapiMethod.GET_GOODS_OPTION_INFO;
    return extras
        .find(c.sellerId(), CatalogMethods.ref(c))
        .map(
            i -> {
              List<Map<String, Object>> rows = new ArrayList<>();
              for (ItemExtras.AdditionalOption o : extras.of(i.itemCode()).additionalOptions()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("Name", o.name());
                r.put("Value", o.value());
                r.put("Price", o.price());
                r.put("OptionCode", o.optionCode());
                rows.add(r);
              }
              return Answers.value(m, rows);
            })
        .orElseGet(
            () -> Answers.failValue(m, CatalogCodes.NOT_FOUND, CatalogCodes.NOT_FOUND_MESSAGE));
  }

  /** GetSellerDeliveryGroupInfo: no parameters; the marketplace's groups. */
  private QapiResponse deliveryGroups(SellerCall c) {
    return Answers.value(
        QapiMethod.GET_SELLER_DELIVERY_GROUP_INFO,
        DeliveryGroup.STANDARD.stream().map(DeliveryGroup::row).toList());
  }

  // ------------------------------------------------------------------ ItemsBasic

  /** EditItemCondition: ItemCondition N or U, UseCondition 0..6, UsedPeriod, BriefExplain. */
  private QapiResponse condition(SellerCall c) {
    String cond = c.text("ItemCondition").toUpperCase(java.util.Locale.ROOT);
    String use = c.text("UseCondition");
    if (!cond.equals("N") && !cond.equals("U")) {
      return bad(QapiMethod.EDIT_ITEM_CONDITION, "ItemCondition must be N (new) or U (used).");
    }
    if (!use.isEmpty() && !use.matches("[0-6]")) {
      return bad(QapiMethod.EDIT_ITEM_CONDITION, "UseCondition must be 0..6.");
    }
    if (c.text("UsedPeriod").length() > 100 || c.text("BriefExplain").length() > 500) {
      return bad(
          QapiMethod.EDIT_ITEM_CONDITION,
          "UsedPeriod (100) or BriefExplain (500 characters) is too long.");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("item_condition", cond);
    v.put("use_condition", cond.equals("N") ? "" : use);
    v.put("used_period", cond.equals("N") ? "" : c.text("UsedPeriod"));
    v.put("brief_explain", cond.equals("N") ? "" : c.text("BriefExplain"));
    return set(c, QapiMethod.EDIT_ITEM_CONDITION, v);
  }

  /** SetGoodsSubDeliveryGroup: AddSRcode1/2, blank or one of the seller's ShippingNo. */
  private QapiResponse subDelivery(SellerCall c) {
    for (String p : List.of("AddSRcode1", "AddSRcode2")) {
      String code = c.text(p);
      if (!code.isEmpty() && !DeliveryGroup.exists(code)) {
        return bad(
            QapiMethod.SET_GOODS_SUB_DELIVERY_GROUP,
            p + " '" + code + "' is not one of the seller's shipping codes.");
      }
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("sub_delivery_1", c.text("AddSRcode1"));
    v.put("sub_delivery_2", c.text("AddSRcode2"));
    return set(c, QapiMethod.SET_GOODS_SUB_DELIVERY_GROUP, v);
  }

  /** SetItemPropertyInfo: Attribute {@code name||*detail$$name2||*detail2}; blank clears. */
  private QapiResponse property(SellerCall c) {
    QapiMethod m = QapiMethod.SET_ITEM_PROPERTY_INFO;
    String attr = c.text("Attribute");
    List<String> rows = new ArrayList<>();
    for (String row : attr.isEmpty() ? new String[0] : ROW.split(attr, -1)) {
      if (row.isEmpty()) {
        continue;
      }
      String[] cols = COL.split(row, -1);
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        return bad(m, "Attribute rows are name||*detail, joined with $$.");
      }
      rows.add(cols[0].strip() + "||*" + cols[1].strip());
    }
    String joined = String.join("$$", rows);
    if (joined.length() > 4000) {
      return bad(m, "Attribute is longer than 4000 characters.");
    }
    return set(c, m, Map.of("attribute", joined));
  }

  // ------------------------------------------------------------------ ItemsOrder

  /**
   * UpdateItemDiscount: DiscountType 0 none, 1 percent (CostPrice 1..49), 2 yen (CostPrice below
   * the price); BeginDate and EndDate (yyyy-MM-dd) for 1 and 2. -10002 bad type or amount, -10003
   * bad dates.
   */
  private QapiResponse discount(SellerCall c) {
    QapiMethod m = QapiMethod.UPDATE_ITEM_DISCOUNT;
    String type = c.text("DiscountType");
    if (!type.matches("[012]")) {
      return bad(m, "DiscountType must be 0 (none), 1 (percent) or 2 (yen).");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("discount_type", type);
    if (type.equals("0")) {
      v.put("discount_value", 0L);
      v.put("discount_begin", null);
      v.put("discount_end", null);
      return set(c, m, v);
    }
    String cost = c.text("CostPrice");
    if (!cost.matches("\\d{1,9}")) {
      return bad(m, "CostPrice must be a whole number.");
    }
    long value = Long.parseLong(cost);
    if (type.equals("1") && (value < 1 || value > 49)) {
      return bad(m, "A percent discount (DiscountType 1) is 1..49.");
    }
    LocalDate begin = date(c.text("BeginDate"));
    LocalDate end = date(c.text("EndDate"));
    if (begin == null || end == null || end.isBefore(begin)) {
      return Answers.fail(
          -10003, "BeginDate and EndDate must be yyyy-MM-dd dates, EndDate not before BeginDate.");
    }
    v.put("discount_value", value);
    v.put("discount_begin", begin);
    v.put("discount_end", end);
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, s, item, x) -> {
              if (type.equals("2") && value >= item.price()) {
                return Outcome.refused(BAD_VALUE, "A yen discount must be below the price.");
              }
              s.set(h, item.itemCode(), v);
              return Outcome.done(item);
            }));
  }

  /**
   * EditGoodsOrderLimit: LimitType 0 per order or 1 per person, LimitCnt 0..50 (0 lifts the limit),
   * EndDate yyyy-MM-dd. -10002 LimitCnt missing, -10003 over 50, -10004 bad LimitType.
   */
  private QapiResponse orderLimit(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_ORDER_LIMIT;
    String cnt = c.text("LimitCnt");
    String type = c.text("LimitType");
    if (!cnt.matches("\\d{1,9}")) {
      return Answers.fail(-10002, "Please enter LimitCnt.");
    }
    if (Integer.parseInt(cnt) > 50) {
      return Answers.fail(-10003, "LimitCnt can be up to 50.");
    }
    if (!type.matches("[01]")) {
      return Answers.fail(-10004, "LimitType must be 0 (per order) or 1 (per person).");
    }
    LocalDate end = null;
    if (!c.text("EndDate").isEmpty()) {
      end = date(c.text("EndDate"));
      if (end == null) {
        return Answers.fail(
            CatalogCodes.PROCESSING, CatalogCodes.processing("EndDate must be yyyy-MM-dd."));
      }
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("limit_type", type);
    v.put("limit_cnt", Integer.parseInt(cnt));
    v.put("limit_end", end);
    return set(c, m, v);
  }

  private QapiResponse set(SellerCall c, QapiMethod m, Map<String, Object> values) {
    return ExtrasEdits.set(extras, c, m, values);
  }
}
