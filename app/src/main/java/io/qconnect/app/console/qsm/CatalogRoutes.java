package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
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
    ItemEdit e =
        new ItemEdit(
            item.itemCode(),
            title(c),
            text(c, "sellerCode", c.t().t("qsm.items.sellerCode"), 100),
            amount(c, "price", c.t().t("qsm.items.price"), 1),
            hasOptions ? null : (int) amount(c, "qty", c.t().t("qsm.items.qty"), 0),
            endDate(c),
            c.form("status"),
            terms(c, item.terms()));
    String sellerCode = e.sellerCode();
    if (!sellerCode.isEmpty()) {
      market
          .catalog()
          .find(c.login(), new ItemRef("", sellerCode))
          .filter(other -> !other.itemCode().equals(item.itemCode()))
          .ifPresent(
              other -> {
                throw new ConsoleInputException(
                    c.t().f("qsm.items.sellerCodeTaken", sellerCode, other.itemCode()));
              });
    }
    return done(c, market.catalog().edit(c.login(), e), c.t().t("qsm.items.saved"));
  }

  private String saveOption(Call c) {
    Item item = find(c);
    int seq = c.number(c.pathParam("seq"), "#");
    long delta = c.longNumber(c.form("priceDelta"), c.t().t("qsm.items.delta"));
    int qty = (int) amount(c, "qty", c.t().t("qsm.items.qty"), 0);
    String code = text(c, "optionCode", c.t().t("qsm.items.optionCode"), 100);
    String value = c.t().t("qsm.items.value");
    List<String> values =
        List.of(
            text(c, "value1", value, 50),
            text(c, "value2", value, 50),
            text(c, "value3", value, 50));
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

  private static String title(Call c) {
    String title = text(c, "title", c.t().t("qsm.items.name"), ItemFields.MAX_TITLE);
    if (title.isEmpty()) {
      throw new ConsoleInputException(c.t().t("qsm.items.titleLength"));
    }
    return title;
  }

  /** A text field of at most {@code max} characters without control characters. */
  private static String text(Call c, String field, String label, int max) {
    String v = c.form(field);
    if (v.length() > max) {
      throw new ConsoleInputException(c.t().f("qsm.items.tooLong", label, max));
    }
    if (v.chars().anyMatch(Character::isISOControl)) {
      throw new ConsoleInputException(c.t().f("qsm.items.controlChars", label));
    }
    return v;
  }

  private static long amount(Call c, String field, String label, long min) {
    long v = c.longNumber(c.form(field), label);
    if (v < min || v > ItemFields.MAX_PRICE) {
      throw new ConsoleInputException(c.t().f("qsm.items.range", label, min, ItemFields.MAX_PRICE));
    }
    return v;
  }

  private static LocalDate endDate(Call c) {
    LocalDate d = c.date(c.form("expireDate"), c.t().t("qsm.items.end"));
    if (d == null) {
      throw new ConsoleInputException(c.t().t("qsm.items.needEnd"));
    }
    return d;
  }

  private static ItemTerms terms(Call c, ItemTerms current) {
    String sent = c.form("shippingFeeType");
    ShippingFeeType type =
        sent.isEmpty()
            ? current.shippingFeeType()
            : ShippingFeeType.parse(sent)
                .orElseThrow(() -> new ConsoleInputException(c.t().f("qsm.items.badFilter", sent)));
    long fee =
        type == ShippingFeeType.FREE
            ? 0
            : amount(c, "shippingFee", c.t().t("qsm.items.shippingFee"), 0);
    long supply = amount(c, "supplyPrice", c.t().t("qsm.items.supplyPrice"), 0);
    return new ItemTerms(supply, current.commissionPercent(), fee, type);
  }

  private static <T> String done(Call c, Outcome<T> o, String ok) {
    switch (o) {
      case Outcome.Done<T> d -> c.flash(Flash.Kind.OK, ok);
      case Outcome.Refused<T> r ->
          c.flash(Flash.Kind.ERROR, c.t().f("error.refused", c.t().qapi(r.code(), r.message())));
    }
    return Router.back(c);
  }
}
