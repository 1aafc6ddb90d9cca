package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.catalog.GoodsRow;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemEdit;
import io.qconnect.marketplace.catalog.ItemFields;
import io.qconnect.marketplace.catalog.ItemList;
import io.qconnect.marketplace.catalog.ItemOption;
import io.qconnect.marketplace.catalog.ItemRef;
import io.qconnect.marketplace.catalog.ItemTerms;
import io.qconnect.marketplace.catalog.Outcome;
import io.qconnect.marketplace.catalog.ShippingFeeType;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.protocol.item.ItemStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * 商品管理 (販売商品情報): the seller's items searched by item codes, seller codes or name, filtered by sale
 * status and stock state, by page; one item with its combination options, and the forms that change
 * them through the catalogue's own service (the steps of UpdateGoods, SetGoodsPriceQty,
 * EditGoodsStatus and the ItemsOptions rules). The downloads and the option screen are {@link
 * CatalogueFileRoutes}.
 */
public final class CatalogRoutes {
  static final int PAGE_SIZE = 50;

  private final Marketplace market;

  CatalogRoutes(Marketplace market) {
    this.market = market;
  }

  /** One page of the 販売商品情報 grid with its filters. */
  public record ItemsPage(
      ItemFilters filters, List<ItemStatus> statuses, List<Item> items, int total, int pages) {
    public GoodsRow row(Item i) {
      return GoodsRow.of(i);
    }
  }

  /** An item, its options, and the choices of its form. */
  public record ItemPage(
      Item item,
      List<ItemOption> options,
      List<ShippingFeeType> feeTypes,
      boolean usesQStockCode) {}

  void mount(Router r) {
    r.page("/qsm/items", Role.SELLER, this::items);
    r.page("/qsm/items/{code}", Role.SELLER, this::item);
    r.action("/qsm/items/{code}", Role.SELLER, this::save);
    r.action("/qsm/items/{code}/options/{seq}", Role.SELLER, this::saveOption);
  }

  private void items(Call c) {
    ItemFilters f = ItemFilters.read(c);
    ItemList list = market.catalog().search().items(c.login(), f.query(), f.page(), PAGE_SIZE);
    ItemsPage m =
        new ItemsPage(
            f, List.of(ItemStatus.values()), list.items(), list.total(), Math.max(1, list.pages()));
    c.render("qsm/items.jte", c.shell("qsm.items.title"), m);
  }

  private void item(Call c) {
    Item item = find(c);
    c.render(
        "qsm/item.jte",
        c.shell("qsm.item.title"),
        new ItemPage(
            item,
            market.catalog().optionsOf(item.itemCode()),
            List.of(ShippingFeeType.values()),
            market.catalog().search().usesQStockCode(c.login())));
  }

  private String save(Call c) {
    Item item = find(c);
    boolean hasOptions = !market.catalog().optionsOf(item.itemCode()).isEmpty();
    Fields f = c.fields();
    String title = f.required("title", "qsm.items.name", ItemFields.MAX_TITLE);
    String sellerCode = f.text("sellerCode", "qsm.items.sellerCode", 100);
    long price = f.whole("price", "qsm.items.price", 1, ItemFields.MAX_PRICE, null);
    Integer qty =
        hasOptions ? null : (int) f.whole("qty", "qsm.items.qty", 0, ItemFields.MAX_PRICE, null);
    LocalDate end = f.date("expireDate", "qsm.items.end", true);
    String status = f.choice("status", "qsm.items.status", List.of("", "1", "2", "3"));
    ItemTerms terms = terms(c, f, item.terms());
    f.check();
    if (!sellerCode.isEmpty()) {
      market
          .catalog()
          .find(c.login(), new ItemRef("", sellerCode))
          .filter(other -> !other.itemCode().equals(item.itemCode()))
          .ifPresent(
              other -> {
                f.reject(
                    "sellerCode",
                    c.t().f("qsm.items.sellerCodeTaken", sellerCode, other.itemCode()));
                f.check();
              });
    }
    ItemEdit e = new ItemEdit(item.itemCode(), title, sellerCode, price, qty, end, status, terms);
    return done(c, market.catalog().edit(c.login(), e), c.t().t("qsm.items.saved"));
  }

  private String saveOption(Call c) {
    Item item = find(c);
    int seq = c.number(c.pathParam("seq"), "#");
    Fields f = c.fields();
    long delta =
        f.whole("priceDelta", "qsm.items.delta", -ItemFields.MAX_PRICE, ItemFields.MAX_PRICE, 0L);
    int qty = (int) f.whole("qty", "qsm.items.qty", 0, ItemFields.MAX_PRICE, null);
    String code = f.text("optionCode", "qsm.items.optionCode", 100);
    List<String> values =
        List.of(
            f.text("value1", "qsm.items.value", 50),
            f.text("value2", "qsm.items.value", 50),
            f.text("value3", "qsm.items.value", 50));
    f.check();
    Outcome<ItemOption> o =
        market
            .catalog()
            .options()
            .editRow(
                c.login(),
                ItemRef.code(item.itemCode()),
                seq,
                opt -> opt.withValues(values).with(delta, qty, code));
    return done(c, o, c.t().f("qsm.items.optionSaved", seq));
  }

  private Item find(Call c) {
    String code = c.pathParam("code");
    return market
        .catalog()
        .find(c.login(), ItemRef.code(code))
        .orElseThrow(() -> new NotFoundException(c.t().f("qsm.items.notFound", code)));
  }

  private static ItemTerms terms(Call c, Fields f, ItemTerms current) {
    String sent = c.form("shippingFeeType");
    ShippingFeeType type = current.shippingFeeType();
    if (!sent.isEmpty()) {
      type = ShippingFeeType.parse(sent).orElse(null);
      if (type == null) {
        f.reject("shippingFeeType", c.t().f("qsm.items.badFilter", sent));
        type = current.shippingFeeType();
      }
    }
    long fee =
        type == ShippingFeeType.FREE
            ? 0
            : f.whole("shippingFee", "qsm.items.shippingFee", 0, ItemFields.MAX_PRICE, null);
    long supply = f.whole("supplyPrice", "qsm.items.supplyPrice", 0, ItemFields.MAX_PRICE, null);
    return new ItemTerms(supply, current.commissionPercent(), fee, type);
  }

  private static <T> String done(Call c, Outcome<T> o, String ok) {
    switch (o) {
      case Outcome.Done<T> d -> c.flash(Flash.Kind.OK, ok);
      case Outcome.Refused<T> r -> {
        c.flash(Flash.Kind.ERROR, c.t().f("error.refused", c.t().qapi(r.code(), r.message())));
        c.keepForm();
      }
    }
    return Router.back(c);
  }
}
