package io.qconnect.marketplace.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.marketplace.catalog.ParamReader.Field;
import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.item.GoodsResultModel;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.item.PriceQtyBulkRow;
import io.qconnect.protocol.wire.QapiJson;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import io.qconnect.protocol.wire.ResultShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalogue's QAPI methods: parameters in, envelope out, through {@link Answers} and each
 * method's result shape. The result codes are listed on {@link CatalogCodes}.
 */
public final class CatalogMethods implements QapiFeature {
  private final CatalogService catalog;

  public CatalogMethods(CatalogService catalog) {
    this.catalog = catalog;
  }

  /** Puts the ItemsBasic, ItemsLookup, ItemsOrder and ItemsOptions methods on the table. */
  @Override
  public void registerIn(MethodTable table) {
    CatalogMethods m = this;
    table
        .register(QapiMethod.SET_NEW_GOODS, m::setNewGoods)
        .register(QapiMethod.UPDATE_GOODS, m::updateGoods)
        .register(QapiMethod.EDIT_GOODS_STATUS, m::editGoodsStatus)
        .register(QapiMethod.GET_ITEM_DETAIL_INFO, m::itemDetail)
        .register(QapiMethod.GET_ALL_GOODS_INFO, m::allGoods)
        .register(QapiMethod.GET_GOODS_INVENTORY_INFO, m::inventory)
        .register(QapiMethod.SET_GOODS_PRICE_QTY, m::setPriceQty)
        .register(QapiMethod.SET_GOODS_PRICE_QTY_BULK, m::setPriceQtyBulk);
    new OptionMethods(catalog.options()).registerIn(table);
    new ItemExtrasMethods(catalog.extras()).registerIn(table);
    new MasterMethods().registerIn(table);
  }

  private QapiResponse setNewGoods(SellerCall c) {
    Outcome<Item> out =
        ItemParams.newGoods(
                c::text,
                f -> f == Field.SHIP_BY ? CatalogCodes.NEW_SHIP_BY : CatalogCodes.PROCESSING)
            .then(g -> catalog.register(c.sellerId(), g));
    return answer(
        QapiMethod.SET_NEW_GOODS,
        out,
        i -> GoodsResultModel.of(i.itemCode(), i.fields().shippingNo()));
  }

  private QapiResponse updateGoods(SellerCall c) {
    Outcome<Item> out =
        ItemParams.update(c::text, CatalogMethods::updateCode)
            .then(u -> catalog.update(c.sellerId(), u));
    return answer(QapiMethod.UPDATE_GOODS, out, i -> i);
  }

  private static int updateCode(Field f) {
    return switch (f) {
      case CATEGORY -> CatalogCodes.UPDATE_CATEGORY;
      case SHIP_BY -> CatalogCodes.UPDATE_SHIP_BY;
      case ORIGIN -> CatalogCodes.UPDATE_ORIGIN;
      case BRAND -> CatalogCodes.UPDATE_BRAND;
      case OTHER -> CatalogCodes.PROCESSING;
    };
  }

  private QapiResponse editGoodsStatus(SellerCall c) {
    Outcome<Item> out = catalog.editStatus(c.sellerId(), ref(c), c.text("Status"));
    return answer(QapiMethod.EDIT_GOODS_STATUS, out, i -> i);
  }

  private QapiResponse itemDetail(SellerCall c) {
    QapiMethod m = QapiMethod.GET_ITEM_DETAIL_INFO;
    return catalog
        .extras()
        .detail(c.sellerId(), ref(c))
        .map(d -> Answers.value(m, List.of(WireRows.detail(d.item(), d.extras()))))
        .orElseGet(() -> notFound(m));
  }

  private QapiResponse allGoods(SellerCall c) {
    QapiMethod m = QapiMethod.GET_ALL_GOODS_INFO;
    Optional<ItemStatus> status = ItemStatus.parse(c.text("ItemStatus"));
    if (status.isEmpty()) {
      return Answers.failValue(
          m, CatalogCodes.BAD_ITEM_STATUS, CatalogCodes.BAD_ITEM_STATUS_MESSAGE);
    }
    String page = c.text("Page").isEmpty() ? "1" : c.text("Page");
    if (!page.matches("0*[1-9]\\d{0,6}")) {
      return Answers.failValue(
          m,
          CatalogCodes.PROCESSING,
          CatalogCodes.processing("Page must be a whole number from 1: '" + page + "'"));
    }
    return Answers.value(m, catalog.goods(c.sellerId(), status.get(), Integer.parseInt(page)));
  }

  private QapiResponse inventory(SellerCall c) {
    QapiMethod m = QapiMethod.GET_GOODS_INVENTORY_INFO;
    return catalog
        .inventory(c.sellerId(), ref(c))
        .map(opts -> Answers.value(m, opts.stream().map(WireRows::inventory).toList()))
        .orElseGet(() -> notFound(m));
  }

  private QapiResponse setPriceQty(SellerCall c) {
    Outcome<Item> out =
        ItemParams.priceQty(c::text).then(ch -> catalog.setPriceQty(c.sellerId(), ch));
    return answer(QapiMethod.SET_GOODS_PRICE_QTY, out, i -> i);
  }

  private QapiResponse setPriceQtyBulk(SellerCall c) {
    QapiMethod m = QapiMethod.SET_GOODS_PRICE_QTY_BULK;
    Optional<JsonNode> rows = jsonArray(c.text("ItemInfoJson"));
    if (rows.isEmpty()) {
      return Answers.failValue(
          m,
          CatalogCodes.PROCESSING,
          CatalogCodes.processing(
              "ItemInfoJson must be a JSON array of"
                  + " {ItemCode, SellerCode, Price, Qty, ExpireDate, TaxRate}"));
    }
    if (rows.get().size() > CatalogCodes.BULK_LIMIT) {
      return Answers.failValue(
          m, CatalogCodes.BULK_TOO_MANY, "ItemInfoJson has more than 500 rows.");
    }
    List<Outcome<PriceQtyChange>> in = new ArrayList<>();
    rows.get().forEach(n -> in.add(bulkRow(n)));
    List<Outcome<Item>> out = catalog.setPriceQtyBulk(c.sellerId(), in);
    List<PriceQtyBulkRow> results = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      results.add(bulkResult(rows.get().get(i), out.get(i)));
    }
    boolean allOk = out.stream().allMatch(Outcome::isDone);
    return allOk
        ? Answers.value(m, results)
        : Answers.value(m, CatalogCodes.BULK_PARTIAL, "Some rows failed.", results);
  }

  private static Outcome<PriceQtyChange> bulkRow(JsonNode n) {
    if (!n.isObject()) {
      return Outcome.refused(
          CatalogCodes.PROCESSING, CatalogCodes.processing("a row is not a JSON object: " + n));
    }
    return ItemParams.priceQty(name -> field(n, name));
  }

  private static PriceQtyBulkRow bulkResult(JsonNode sent, Outcome<Item> o) {
    String itemCode = field(sent, "ItemCode").strip();
    String sellerCode = field(sent, "SellerCode").strip();
    return switch (o) {
      case Outcome.Done<Item> d -> new PriceQtyBulkRow(itemCode, sellerCode, 0, Answers.SUCCESS);
      case Outcome.Refused<Item> r ->
          new PriceQtyBulkRow(itemCode, sellerCode, r.code(), r.message());
    };
  }

  /** A JSON property read ignoring case (ASP.NET binds JSON that way); "" when absent. */
  static String field(JsonNode n, String name) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isNull()) {
          return e.getValue().asText();
        }
      }
    }
    return "";
  }

  static Optional<JsonNode> jsonArray(String text) {
    try {
      JsonNode n = text.isEmpty() ? null : QapiJson.mapper().readTree(text);
      return n != null && n.isArray() ? Optional.of(n) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  static ItemRef ref(SellerCall c) {
    return new ItemRef(c.text("ItemCode"), c.text("SellerCode"));
  }

  private static QapiResponse notFound(QapiMethod m) {
    return Answers.failValue(m, CatalogCodes.NOT_FOUND, CatalogCodes.NOT_FOUND_MESSAGE);
  }

  /** Answers an outcome in the method's shape: StdResult, or a result with a value. */
  static <T> QapiResponse answer(QapiMethod m, Outcome<T> o, Function<T, Object> value) {
    boolean std = m.shape().kind() == ResultShape.Kind.STD;
    return switch (o) {
      case Outcome.Done<T> d -> std ? Answers.ok() : Answers.value(m, value.apply(d.value()));
      case Outcome.Refused<T> r -> Answers.failure(m, r.code(), r.message());
    };
  }
}
