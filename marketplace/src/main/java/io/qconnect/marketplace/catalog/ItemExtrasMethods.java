package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.item.InventoryInfoFormat;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The item methods beyond registration, UpdateGoods and the combination options (docs/qapi.md §7.3,
 * 7.6, 7.7, 7.8, 7.9; docs/qapi-parity.md): item condition, extra shipping codes, properties,
 * discount, purchase limit, single-type and text options, contents and images, and the two lookups
 * GetGoodsOptionInfo and GetSellerDeliveryGroupInfo. Every edit answers -10001 for an item the
 * seller does not have; a refused edit writes nothing. Where the reference gives no code for a bad
 * value, the edit answers -10002, as its documented siblings do for a bad parameter.
 */
final class ItemExtrasMethods implements QapiFeature {
  static final int BAD_VALUE = -10002;
  private static final Pattern COL = Pattern.compile(Pattern.quote(InventoryInfoFormat.COL));
  private static final Pattern ROW = Pattern.compile(Pattern.quote(InventoryInfoFormat.ROW));
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

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
        .register(QapiMethod.EDIT_GOODS_ORDER_LIMIT, this::orderLimit)
        .register(QapiMethod.EDIT_GOODS_OPTION, this::additionalOptions)
        .register(QapiMethod.EDIT_GOODS_TEXT_OPTION, this::textOptions)
        .register(QapiMethod.EDIT_GOODS_CONTENTS, this::contents)
        .register(QapiMethod.EDIT_GOODS_IMAGE, this::image)
        .register(QapiMethod.EDIT_GOODS_MULTI_IMAGE, this::multiImage)
        .register(QapiMethod.EDIT_GOODS_HEADER_FOOTER, this::headerFooter)
        .register(QapiMethod.EDIT_INVENTORY_IMAGE, this::inventoryImage)
        .register(QapiMethod.EDIT_ADDITIONAL_OPTION_IMAGE, this::additionalOptionImage);
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

  // ------------------------------------------------------------------ ItemsOptions

  /** EditGoodsOption: AdditionalOption {@code name||*value||*price[||*code]$$...}, replace all. */
  private QapiResponse additionalOptions(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_OPTION;
    String text = c.text("AdditionalOption");
    List<ItemExtras.AdditionalOption> rows = new ArrayList<>();
    for (String row : text.isEmpty() ? new String[0] : ROW.split(text, -1)) {
      String[] cols = COL.split(row, -1);
      if (cols.length < 3
          || cols.length > 4
          || cols[0].isBlank()
          || cols[1].isBlank()
          || !cols[2].strip().matches("-?\\d{1,9}")
          || cols[0].strip().length() > 100
          || cols[1].strip().length() > 100
          || (cols.length == 4 && cols[3].strip().length() > 100)) {
        return bad(m, "AdditionalOption rows are name||*value||*price[||*code], joined with $$.");
      }
      rows.add(
          new ItemExtras.AdditionalOption(
              cols[0].strip(),
              cols[1].strip(),
              Long.parseLong(cols[2].strip()),
              cols.length == 4 ? cols[3].strip() : "",
              ""));
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, s, item, x) -> {
              List<ItemExtras.AdditionalOption> kept = new ArrayList<>();
              for (ItemExtras.AdditionalOption o : rows) {
                String img =
                    x.additionalOptions().stream()
                        .filter(p -> p.name().equals(o.name()) && p.value().equals(o.value()))
                        .map(ItemExtras.AdditionalOption::imageUrl)
                        .findFirst()
                        .orElse("");
                kept.add(
                    new ItemExtras.AdditionalOption(
                        o.name(), o.value(), o.price(), o.optionCode(), img));
              }
              s.replaceAdditionalOptions(h, item.itemCode(), kept);
              return Outcome.done(item);
            }));
  }

  /** EditGoodsTextOption: TextOptions {@code name||*n$$...}, names up to 20 characters. */
  private QapiResponse textOptions(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_TEXT_OPTION;
    String text = c.text("TextOptions");
    List<String> rows = new ArrayList<>();
    for (String row : text.isEmpty() ? new String[0] : ROW.split(text, -1)) {
      String[] cols = COL.split(row, -1);
      if (cols.length != 2
          || cols[0].isBlank()
          || cols[0].strip().length() > 20
          || !cols[1].strip().matches("\\d{1,3}")) {
        return bad(m, "TextOptions rows are name (up to 20 characters)||*number, joined with $$.");
      }
      rows.add(cols[0].strip() + "||*" + cols[1].strip());
    }
    String joined = String.join("$$", rows);
    if (joined.length() > 2000) {
      return bad(m, "TextOptions is longer than 2000 characters.");
    }
    return set(c, m, Map.of("text_options", joined));
  }

  // ------------------------------------------------------------------ ItemsContents

  /** EditGoodsContents: Contents, the HTML description (ItemDetail of GetItemDetailInfo). */
  private QapiResponse contents(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_CONTENTS;
    String html = c.params().text("Contents");
    if (html.isBlank()) {
      return bad(m, "Contents is required.");
    }
    if (html.length() > 20000) {
      return bad(m, "Contents is longer than 20000 characters.");
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, item) -> {
              extras.store().setItemText(h, item.itemCode(), "description", html, extras.now());
              return item;
            }));
  }

  /** EditGoodsImage: StandardImage (required) and VideoURL, http(s) URLs of up to 200. */
  private QapiResponse image(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_IMAGE;
    String img = c.text("StandardImage");
    String video = c.text("VideoURL");
    if (!url(img) || (!video.isEmpty() && !url(video))) {
      return bad(m, "Incorrect image URL.");
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, item) -> {
              extras.store().setItemText(h, item.itemCode(), "image_url", img, extras.now());
              extras.store().set(h, item.itemCode(), Map.of("video_url", video));
              return item;
            }));
  }

  /** EditGoodsMultiImage: EnlargedImage1..EnlargedImage50, replacing all additional images. */
  private QapiResponse multiImage(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_MULTI_IMAGE;
    List<ItemExtras.OptionImage> rows = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      String u = c.text("EnlargedImage" + i);
      if (u.isEmpty()) {
        continue;
      }
      if (!url(u)) {
        return bad(m, "Incorrect image URL (EnlargedImage" + i + ").");
      }
      rows.add(new ItemExtras.OptionImage("", "", u));
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, item) -> {
              extras.store().replaceImages(h, item.itemCode(), "E", rows);
              return item;
            }));
  }

  /** EditGoodsHeaderFooter: EditHeaderYN/Header and EditFooterYN/Footer, each up to 2500. */
  private QapiResponse headerFooter(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_HEADER_FOOTER;
    Map<String, Object> v = new LinkedHashMap<>();
    for (String part : List.of("Header", "Footer")) {
      String yn = c.text("Edit" + part + "YN").toUpperCase(java.util.Locale.ROOT);
      String html = c.params().text(part);
      if (!yn.isEmpty() && !yn.equals("Y") && !yn.equals("N")) {
        return bad(m, "Edit" + part + "YN must be Y or N.");
      }
      if (html.length() > 2500) {
        return bad(m, part + " is longer than 2500 characters.");
      }
      if (yn.equals("Y")) {
        v.put(part.equals("Header") ? "header_html" : "footer_html", html);
      }
    }
    if (v.isEmpty()) {
      return bad(m, "Nothing to change: set EditHeaderYN or EditFooterYN to Y.");
    }
    return set(c, m, v);
  }

  /**
   * EditInventoryImage: InventoryImage {@code name||*value||*url$$...}; -10002 bad URL, -10003 a
   * value no combination option of the item has.
   */
  private QapiResponse inventoryImage(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_INVENTORY_IMAGE;
    List<ItemExtras.OptionImage> rows = optionImages(c.text("InventoryImage"));
    if (rows == null) {
      return bad(
          m, "InventoryImage rows are name||*value||*url with an http(s) URL, joined with $$.");
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, s, item, x) -> {
              List<ItemOption> options = new JdbcCatalogStore().options(h, item.itemCode());
              for (ItemExtras.OptionImage r : rows) {
                boolean known =
                    options.stream()
                        .anyMatch(
                            o ->
                                o.toInventoryOption().axes().stream()
                                    .anyMatch(
                                        a ->
                                            a.name().equals(r.name())
                                                && a.value().equals(r.value())));
                if (!known) {
                  return Outcome.refused(
                      -10003, "The item has no option " + r.name() + " = " + r.value() + ".");
                }
              }
              s.replaceImages(h, item.itemCode(), "I", rows);
              return Outcome.done(item);
            }));
  }

  /**
   * EditAdditionalOptionImage: AdditionalOptionImage {@code name||*value||*url$$...} (the reference
   * says only "similar" to EditInventoryImage), on the single-type options; -10003 no such option.
   */
  private QapiResponse additionalOptionImage(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_ADDITIONAL_OPTION_IMAGE;
    List<ItemExtras.OptionImage> rows = optionImages(c.text("AdditionalOptionImage"));
    if (rows == null) {
      return bad(
          m,
          "AdditionalOptionImage rows are name||*value||*url with an http(s) URL, joined with $$.");
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, s, item, x) -> {
              List<ItemExtras.AdditionalOption> after = new ArrayList<>(x.additionalOptions());
              for (ItemExtras.OptionImage r : rows) {
                int i = -1;
                for (int k = 0; k < after.size(); k++) {
                  if (after.get(k).name().equals(r.name())
                      && after.get(k).value().equals(r.value())) {
                    i = k;
                  }
                }
                if (i < 0) {
                  return Outcome.refused(
                      -10003,
                      "The item has no additional option " + r.name() + " = " + r.value() + ".");
                }
                ItemExtras.AdditionalOption o = after.get(i);
                after.set(
                    i,
                    new ItemExtras.AdditionalOption(
                        o.name(), o.value(), o.price(), o.optionCode(), r.url()));
              }
              s.replaceAdditionalOptions(h, item.itemCode(), after);
              return Outcome.done(item);
            }));
  }

  // ------------------------------------------------------------------ helpers

  /** Rows {@code name||*value||*url}; null when one is malformed. */
  private static List<ItemExtras.OptionImage> optionImages(String text) {
    if (text.isEmpty()) {
      return null;
    }
    List<ItemExtras.OptionImage> rows = new ArrayList<>();
    for (String row : ROW.split(text, -1)) {
      String[] cols = COL.split(row, -1);
      if (cols.length != 3
          || cols[0].isBlank()
          || cols[1].isBlank()
          || cols[0].strip().length() > 100
          || cols[1].strip().length() > 100
          || !url(cols[2].strip())) {
        return null;
      }
      rows.add(new ItemExtras.OptionImage(cols[0].strip(), cols[1].strip(), cols[2].strip()));
    }
    return rows;
  }

  private QapiResponse set(SellerCall c, QapiMethod m, Map<String, Object> values) {
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, item) -> {
              extras.store().set(h, item.itemCode(), values);
              return item;
            }));
  }

  private static QapiResponse answer(QapiMethod m, Outcome<Item> o) {
    return CatalogMethods.answer(m, o, i -> i);
  }

  private static QapiResponse bad(QapiMethod m, String message) {
    return Answers.failure(m, BAD_VALUE, message);
  }

  private static boolean url(String s) {
    return s.length() <= 200 && URL.matcher(s).matches();
  }

  private static LocalDate date(String s) {
    if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(s, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
