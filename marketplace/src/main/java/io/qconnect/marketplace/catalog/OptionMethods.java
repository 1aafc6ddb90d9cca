package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.OptionParams.axes;
import static io.qconnect.marketplace.catalog.OptionParams.badNumber;
import static io.qconnect.marketplace.catalog.OptionParams.blank;
import static io.qconnect.marketplace.catalog.OptionParams.key;
import static io.qconnect.marketplace.catalog.OptionParams.number;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.item.InventoryInfoFormat;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.PriceQtyBulkRow;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiParams;
import io.qconnect.protocol.wire.QapiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The ItemsOptions methods (docs/qapi.md §7.8). A unit row is named by OptionName + OptionValue,
 * axes joined with {@code ||*} ({@code カラー||*サイズ} / {@code ブルー||*L}); when both are blank, the
 * OptionCode names it instead. In UpdateInventoryDataUnit a blank Price, Qty or OptionCode keeps
 * the row's current value.
 */
final class OptionMethods implements QapiFeature {
  private final OptionService options;

  OptionMethods(OptionService options) {
    this.options = options;
  }

  @Override
  public void registerIn(MethodTable table) {
    table
        .register(QapiMethod.EDIT_GOODS_INVENTORY, this::editInventory)
        .register(QapiMethod.INSERT_INVENTORY_DATA_UNIT, this::insert)
        .register(QapiMethod.UPDATE_INVENTORY_DATA_UNIT, this::update)
        .register(QapiMethod.DELETE_INVENTORY_DATA_UNIT, this::delete)
        .register(QapiMethod.UPDATE_INVENTORY_QTY_UNIT, this::updateQty)
        .register(QapiMethod.EDIT_COMMON_GOODS_INVENTORY, this::editCommonInventory)
        .register(QapiMethod.UPDATE_INVENTORY_QTY_PLUS_UNIT, this::plusQty)
        .register(
            QapiMethod.INSERT_INVENTORY_DATA_BULK,
            c -> bulk(c, QapiMethod.INSERT_INVENTORY_DATA_BULK, this::insert))
        .register(
            QapiMethod.UPDATE_INVENTORY_DATA_BULK,
            c -> bulk(c, QapiMethod.UPDATE_INVENTORY_DATA_BULK, this::update));
  }

  /**
   * EditCommonGoodsInventory: EditGoodsInventory for an item named by its seller code only (the
   * reference: "normal and MOVE items"; the marketplace has no MOVE items).
   */
  private QapiResponse editCommonInventory(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_COMMON_GOODS_INVENTORY;
    if (c.text("SellerCode").isEmpty()) {
      return Answers.fail(CatalogCodes.NOT_FOUND, "SellerCode is required.");
    }
    Outcome<List<ItemOption>> out;
    try {
      List<InventoryOption> parsed = InventoryInfoFormat.parse(c.text("InventoryInfo"));
      out = options.replace(c.sellerId(), new ItemRef("", c.text("SellerCode")), parsed);
    } catch (IllegalArgumentException e) {
      out = Outcome.refused(CatalogCodes.OPTION_FORMAT, InventoryInfoFormat.FORMAT_ERROR);
    }
    return CatalogMethods.answer(m, out, o -> o);
  }

  /** UpdateInventoryQtyPlusUnit: adds PlusQty (negative takes away) to one row's stock. */
  private QapiResponse plusQty(SellerCall c) {
    String v = c.text("PlusQty");
    Outcome<ItemOption> out;
    if (!v.matches("[-+]?\\d{1,10}")) {
      out = Outcome.refused(CatalogCodes.OPTION_FORMAT, "PlusQty must be a whole number.");
    } else {
      long plus = Long.parseLong(v);
      out =
          key(c)
              .then(
                  key ->
                      options.update(
                          c.sellerId(),
                          CatalogMethods.ref(c),
                          key,
                          o -> {
                            long qty = o.qty() + plus;
                            if (qty < 0 || qty > Integer.MAX_VALUE) {
                              throw new MarketplaceException(
                                  "the stock would become " + qty + " (0..2147483647)");
                            }
                            return o.withQty((int) qty);
                          }));
    }
    return CatalogMethods.answer(QapiMethod.UPDATE_INVENTORY_QTY_PLUS_UNIT, out, o -> o);
  }

  /**
   * InsertInventoryDataBulk / UpdateInventoryDataBulk: ItemInfoJson, up to 500 rows of the unit
   * method's parameters, each answered on its own; -1 when a row failed, -2 over 500 rows.
   */
  private QapiResponse bulk(
      SellerCall c, QapiMethod m, java.util.function.Function<SellerCall, QapiResponse> unit) {
    java.util.Optional<com.fasterxml.jackson.databind.JsonNode> rows =
        CatalogMethods.jsonArray(c.text("ItemInfoJson"));
    if (rows.isEmpty()) {
      return Answers.failValue(
          m,
          CatalogCodes.PROCESSING,
          CatalogCodes.processing(
              "ItemInfoJson must be a JSON array of"
                  + " {ItemCode, SellerCode, OptionName, OptionValue, OptionCode, Price, Qty}"));
    }
    if (rows.get().size() > CatalogCodes.BULK_LIMIT) {
      return Answers.failValue(
          m, CatalogCodes.BULK_TOO_MANY, "ItemInfoJson has more than 500 rows.");
    }
    List<PriceQtyBulkRow> results = new ArrayList<>();
    boolean allOk = true;
    for (com.fasterxml.jackson.databind.JsonNode n : rows.get()) {
      java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
      for (String name :
          List.of(
              "ItemCode",
              "SellerCode",
              "OptionName",
              "OptionValue",
              "OptionCode",
              "Price",
              "Qty")) {
        p.put(name, CatalogMethods.field(n, name));
      }
      QapiResponse r =
          n.isObject()
              ? unit.apply(new SellerCall(c.sellerId(), QapiParams.of(p), c.version()))
              : Answers.fail(
                  CatalogCodes.PROCESSING, CatalogCodes.processing("a row is not a JSON object"));
      int code = r.codeOrNull() == null ? CatalogCodes.PROCESSING : r.codeOrNull();
      allOk &= code == 0;
      results.add(
          new PriceQtyBulkRow(
              p.get("ItemCode").strip(), p.get("SellerCode").strip(), code, message(r)));
    }
    return allOk
        ? Answers.value(m, results)
        : Answers.value(m, CatalogCodes.BULK_PARTIAL, "Some rows failed.", results);
  }

  private static String message(QapiResponse r) {
    return switch (r) {
      case QapiResponse.Std s -> s.message();
      case QapiResponse.Custom cu -> cu.message();
      case QapiResponse.GatewayError g -> g.message();
      case QapiResponse.PlainText t -> t.text();
    };
  }

  private QapiResponse editInventory(SellerCall c) {
    Outcome<List<ItemOption>> out;
    try {
      List<InventoryOption> parsed = InventoryInfoFormat.parse(c.text("InventoryInfo"));
      out = options.replace(c.sellerId(), CatalogMethods.ref(c), parsed);
    } catch (IllegalArgumentException e) {
      out = Outcome.refused(CatalogCodes.OPTION_FORMAT, InventoryInfoFormat.FORMAT_ERROR);
    }
    return CatalogMethods.answer(QapiMethod.EDIT_GOODS_INVENTORY, out, o -> o);
  }

  private QapiResponse insert(SellerCall c) {
    Outcome<ItemOption> out =
        axes(c)
            .then(
                axes -> {
                  Long price = number(c, "Price", Long.MIN_VALUE);
                  Long qty = number(c, "Qty", 0);
                  if (price == null || qty == null) {
                    return badNumber();
                  }
                  InventoryOption o =
                      new InventoryOption(axes, price, qty.intValue(), c.text("OptionCode"));
                  return options.insert(c.sellerId(), CatalogMethods.ref(c), o);
                });
    return CatalogMethods.answer(QapiMethod.INSERT_INVENTORY_DATA_UNIT, out, o -> o);
  }

  private QapiResponse update(SellerCall c) {
    Outcome<ItemOption> out = updateUnit(options, c.sellerId(), c::text);
    return CatalogMethods.answer(QapiMethod.UPDATE_INVENTORY_DATA_UNIT, out, o -> o);
  }

  /**
   * UpdateInventoryDataUnit from its parameters ({@code p} gives a trimmed value, "" when absent):
   * shared with the bulk upload, so that a file row and the QAPI call give the same result.
   */
  static Outcome<ItemOption> updateUnit(
      OptionService options, String sellerId, Function<String, String> p) {
    Long price = number(p, "Price", Long.MIN_VALUE);
    Long qty = number(p, "Qty", 0);
    String code = p.apply("OptionCode");
    ItemRef ref = new ItemRef(p.apply("ItemCode"), p.apply("SellerCode"));
    return price == null || qty == null
        ? badNumber()
        : key(p)
            .then(
                key ->
                    options.update(
                        sellerId,
                        ref,
                        key,
                        o ->
                            o.with(
                                blank(p, "Price") ? o.priceDelta() : price,
                                blank(p, "Qty") ? o.qty() : qty.intValue(),
                                code.isEmpty() ? o.optionCode() : code)));
  }

  private QapiResponse delete(SellerCall c) {
    Outcome<ItemOption> out =
        key(c).then(key -> options.delete(c.sellerId(), CatalogMethods.ref(c), key));
    return CatalogMethods.answer(QapiMethod.DELETE_INVENTORY_DATA_UNIT, out, o -> o);
  }

  private QapiResponse updateQty(SellerCall c) {
    Long qty = number(c, "Qty", 0);
    Outcome<ItemOption> out =
        qty == null || blank(c, "Qty")
            ? badNumber()
            : key(c)
                .then(
                    key ->
                        options.update(
                            c.sellerId(),
                            CatalogMethods.ref(c),
                            key,
                            o -> o.withQty(qty.intValue())));
    return CatalogMethods.answer(QapiMethod.UPDATE_INVENTORY_QTY_UNIT, out, o -> o);
  }
}
