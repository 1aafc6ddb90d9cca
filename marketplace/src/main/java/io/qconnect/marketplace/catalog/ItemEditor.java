package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.core.Times;
import io.qconnect.protocol.item.ItemStatus;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Carries out 商品管理's item form ({@link ItemEdit}) with the steps the QAPI methods take
 * (UpdateGoods, SetGoodsPriceQty, EditGoodsStatus), in one transaction that a refused step rolls
 * back: the screen has no write path of its own.
 */
final class ItemEditor {
  private final CatalogService catalog;
  private final JdbcCatalogStore store;
  private final Clock clock;

  ItemEditor(CatalogService catalog, JdbcCatalogStore store, Clock clock) {
    this.catalog = catalog;
    this.store = store;
    this.clock = clock;
  }

  /** A refused step, thrown to roll the transaction back. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Outcome<Item> outcome;

    Refusal(Outcome<Item> outcome) {
      super(null, null, false, false);
      this.outcome = outcome;
    }
  }

  Outcome<Item> edit(Jdbi jdbi, String sellerId, ItemEdit e) {
    try {
      return jdbi.inTransaction(h -> Outcome.done(steps(h, sellerId, e)));
    } catch (Refusal r) {
      return r.outcome;
    }
  }

  private Item steps(Handle h, String sellerId, ItemEdit e) {
    ItemRef ref = ItemRef.code(e.itemCode());
    Optional<Item> found = store.lock(h, sellerId, ref);
    if (found.isEmpty()) {
      throw new Refusal(CatalogService.notFound());
    }
    Item item = found.get();
    if (e.title().isBlank() || e.title().length() > ItemFields.MAX_TITLE) {
      throw new Refusal(
          Outcome.refused(
              CatalogCodes.PROCESSING, CatalogCodes.processing("a title has 1 to 100 characters")));
    }
    GoodsUpdate u =
        new GoodsUpdate(e.itemCode(), e.sellerCode(), item.fields().withTitle(e.title().strip()));
    check(catalog.update(h, sellerId, u));
    check(
        catalog.setPriceQty(
            h, sellerId, new PriceQtyChange(ref, e.price(), e.qty(), e.expireDate(), "")));
    Optional<ItemStatus> target = ItemStatus.fromEditStatus(e.status());
    if (!e.status().isEmpty() && !(target.isPresent() && target.get() == item.status())) {
      check(catalog.editStatus(h, sellerId, ref, e.status()));
    }
    Item current = store.lock(h, sellerId, ref).orElseThrow();
    Item changed = current.withTerms(e.terms(), Times.now(clock));
    store.updateTerms(h, changed);
    return changed;
  }

  private static void check(Outcome<Item> o) {
    if (o instanceof Outcome.Refused<Item>) {
      throw new Refusal(o);
    }
  }
}
