package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemList;
import io.qconnect.marketplace.catalog.ItemOption;
import io.qconnect.marketplace.catalog.ItemRef;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.protocol.item.ItemStatus;
import java.util.List;

/** 商品管理: the seller's items by sale status, and one item with its combination options. */
public final class CatalogRoutes {
  private final Marketplace market;

  CatalogRoutes(Marketplace market) {
    this.market = market;
  }

  /** One page of items of a status. */
  public record ItemsPage(
      ItemStatus status,
      List<ItemStatus> statuses,
      List<Item> items,
      int total,
      int page,
      int pages) {}

  /** An item and its options. */
  public record ItemPage(Item item, List<ItemOption> options) {}

  void mount(Router r) {
    r.page("/qsm/items", Role.SELLER, this::items);
    r.page("/qsm/items/{code}", Role.SELLER, this::item);
  }

  private void items(Call c) {
    ItemStatus status = ItemStatus.parse(c.query("status")).orElse(ItemStatus.ON_SALE);
    int page = c.query("page").isEmpty() ? 1 : Math.max(1, c.number(c.query("page"), "page"));
    ItemList list = market.catalog().items(c.login(), status, page);
    ItemsPage m =
        new ItemsPage(
            status,
            List.of(ItemStatus.values()),
            list.items(),
            list.total(),
            page,
            Math.max(1, list.pages()));
    c.render("qsm/items.jte", c.shell("qsm.items.title"), m);
  }

  private void item(Call c) {
    String code = c.pathParam("code");
    Item item =
        market
            .catalog()
            .find(c.login(), ItemRef.code(code))
            .orElseThrow(() -> new NotFoundException("no item " + code));
    c.render(
        "qsm/item.jte",
        c.shell("qsm.item.title"),
        new ItemPage(item, market.catalog().optionsOf(item.itemCode())));
  }
}
