package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.core.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The item edits beyond UpdateGoods and the options (docs/qapi-parity.md): each runs on the
 * seller's own item in one transaction and marks it changed; {@link #of} reads them back for
 * GetItemDetailInfo and GetGoodsOptionInfo.
 */
public final class ItemExtrasService {
  private final Jdbi jdbi;
  private final DataSource pool;
  private final JdbcCatalogStore items;
  private final JdbcItemExtras store = new JdbcItemExtras();
  private final JdbcItemDetail detail = new JdbcItemDetail();
  private final Clock clock;

  ItemExtrasService(Jdbi jdbi, DataSource pool, JdbcCatalogStore items, Clock clock) {
    this.jdbi = jdbi;
    this.pool = pool;
    this.items = items;
    this.clock = clock;
  }

  /** The extras of an item; {@link ItemExtras#NONE} when none was ever set. */
  public ItemExtras of(String itemCode) {
    return jdbi.withHandle(h -> store.find(h, itemCode));
  }

  /**
   * The seller's own item and its extras, read together (GetItemDetailInfo); empty when the seller
   * has no such item.
   */
  java.util.Optional<JdbcItemDetail.Detail> detail(String sellerId, ItemRef ref) {
    return detail.findWithItem(pool, jdbi, sellerId, ref);
  }

  /** One edit of an edit method, given the locked item and its extras. */
  @FunctionalInterface
  interface Edit {
    Outcome<Item> apply(Handle h, JdbcItemExtras store, Item item, ItemExtras current);
  }

  /** Runs an edit on the seller's item; -10001 when the seller has no such item. */
  Outcome<Item> edit(String sellerId, ItemRef ref, Edit edit) {
    if (ref.isEmpty()) {
      return Outcome.refused(CatalogCodes.NOT_FOUND, CatalogCodes.NOT_FOUND_MESSAGE);
    }
    return jdbi.inTransaction(
        h -> {
          Item item = items.lock(h, sellerId, ref).orElse(null);
          if (item == null) {
            return Outcome.refused(CatalogCodes.NOT_FOUND, CatalogCodes.NOT_FOUND_MESSAGE);
          }
          Outcome<Item> out = edit.apply(h, store, item, store.find(h, item.itemCode()));
          if (out.isDone()) {
            store.touch(h, item.itemCode(), now());
          }
          return out;
        });
  }

  /** The same, for an edit that cannot be refused once the item is found. */
  Outcome<Item> edit(String sellerId, ItemRef ref, BiFunction<Handle, Item, Object> write) {
    return edit(
        sellerId,
        ref,
        (h, s, item, current) -> {
          write.apply(h, item);
          return Outcome.done(item);
        });
  }

  /** The seller's own item, by item code or seller code. */
  java.util.Optional<Item> find(String sellerId, ItemRef ref) {
    return jdbi.withHandle(h -> items.find(h, sellerId, ref));
  }

  JdbcItemExtras store() {
    return store;
  }

  LocalDateTime now() {
    return Times.now(clock);
  }
}
