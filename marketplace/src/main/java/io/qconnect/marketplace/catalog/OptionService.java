package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.core.Times;
import io.qconnect.protocol.item.InventoryOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Edits an item's combination options (ItemsOptions, docs/qapi.md §7.8), always checking the whole
 * resulting set against {@link OptionRules} before writing, and keeping the item's stock equal to
 * the options' total. An item that gets its first option becomes an option item (its own stock is
 * replaced by the options'); an item whose last option goes is left with a stock of 0, to be set
 * again with SetGoodsPriceQty — stock that no option holds is not silently kept for sale.
 */
public final class OptionService {
  private final Jdbi jdbi;
  private final JdbcCatalogStore store;
  private final Clock clock;

  OptionService(Jdbi jdbi, JdbcCatalogStore store, Clock clock) {
    this.jdbi = jdbi;
    this.store = store;
    this.clock = clock;
  }

  /** EditGoodsInventory: replaces all options; an empty list removes them. */
  public Outcome<List<ItemOption>> replace(
      String sellerId, ItemRef ref, List<InventoryOption> options) {
    return edit(
        sellerId,
        ref,
        (item, current) ->
            change(
                options,
                h -> {
                  store.replaceOptions(h, item.itemCode(), options, Times.now(clock));
                  return store.options(h, item.itemCode());
                }));
  }

  /** InsertInventoryDataUnit: adds one option row at the end. */
  public Outcome<ItemOption> insert(String sellerId, ItemRef ref, InventoryOption option) {
    return edit(
        sellerId,
        ref,
        (item, current) -> {
          List<InventoryOption> after = new ArrayList<>(plain(current));
          after.add(option);
          int seq = current.stream().mapToInt(ItemOption::seq).max().orElse(0) + 1;
          ItemOption added = ItemOption.of(item.itemCode(), seq, option);
          return change(after, h -> write(h, added, true));
        });
  }

  /** UpdateInventoryDataUnit / UpdateInventoryQtyUnit: changes one row found by its key. */
  public Outcome<ItemOption> update(
      String sellerId, ItemRef ref, OptionKey key, UnaryOperator<ItemOption> change) {
    return edit(
        sellerId,
        ref,
        (item, current) -> {
          Optional<ItemOption> target = current.stream().filter(key::matches).findFirst();
          if (target.isEmpty()) {
            return optionNotFound(key);
          }
          ItemOption changed = change.apply(target.get());
          List<ItemOption> after =
              current.stream().map(o -> o == target.get() ? changed : o).toList();
          return change(plain(after), h -> write(h, changed, false));
        });
  }

  /**
   * 商品管理's option form: changes one row, found by its place, values of its axes included, with the
   * same checks of the whole set as the ItemsOptions methods.
   */
  public Outcome<ItemOption> editRow(
      String sellerId, ItemRef ref, int seq, UnaryOperator<ItemOption> change) {
    return edit(
        sellerId,
        ref,
        (item, current) -> {
          Optional<ItemOption> target = current.stream().filter(o -> o.seq() == seq).findFirst();
          if (target.isEmpty()) {
            return Outcome.refused(
                CatalogCodes.OPTION_NOT_FOUND, "There is no option #" + seq + " on this item.");
          }
          ItemOption changed = change.apply(target.get());
          List<ItemOption> after =
              current.stream().map(o -> o == target.get() ? changed : o).toList();
          return change(
              plain(after),
              h -> {
                JdbcOptions.rewrite(h, changed);
                return changed;
              });
        });
  }

  /** DeleteInventoryDataUnit: removes one row found by its key. */
  public Outcome<ItemOption> delete(String sellerId, ItemRef ref, OptionKey key) {
    return edit(
        sellerId,
        ref,
        (item, current) -> {
          Optional<ItemOption> target = current.stream().filter(key::matches).findFirst();
          if (target.isEmpty()) {
            return optionNotFound(key);
          }
          List<ItemOption> after = current.stream().filter(o -> o != target.get()).toList();
          return change(
              plain(after),
              h -> {
                JdbcOptions.delete(h, item.itemCode(), target.get().seq());
                return target.get();
              });
        });
  }

  /** An edit: from the locked item and its options, the resulting set and how to write it. */
  @FunctionalInterface
  private interface Plan<T> {
    Outcome<Change<T>> plan(Item item, List<ItemOption> current);
  }

  /** The option set an edit leads to, and the write that makes it so. */
  private record Change<T>(List<InventoryOption> after, Function<Handle, T> write) {}

  private <T> Outcome<T> edit(String sellerId, ItemRef ref, Plan<T> plan) {
    return jdbi.inTransaction(
        h -> {
          Optional<Item> item = store.lock(h, sellerId, ref);
          if (item.isEmpty()) {
            return CatalogService.notFound();
          }
          String code = item.get().itemCode();
          Outcome<Change<T>> planned = plan.plan(item.get(), store.options(h, code));
          return switch (planned) {
            case Outcome.Refused<Change<T>> r -> r.<T>retype();
            case Outcome.Done<Change<T>> d -> apply(h, item.get(), d.value());
          };
        });
  }

  private <T> Outcome<T> apply(Handle h, Item item, Change<T> change) {
    Optional<Outcome.Refused<Void>> bad = OptionRules.check(item.price(), change.after());
    if (bad.isPresent()) {
      return bad.get().retype();
    }
    T value = change.write().apply(h);
    store.syncQty(h, item.itemCode(), Times.now(clock));
    return Outcome.done(value);
  }

  private static ItemOption write(Handle h, ItemOption o, boolean insert) {
    if (insert) {
      JdbcOptions.insert(h, o);
    } else {
      JdbcOptions.update(h, o);
    }
    return o;
  }

  private static <T> Outcome<Change<T>> change(
      List<InventoryOption> after, Function<Handle, T> write) {
    return Outcome.done(new Change<>(after, write));
  }

  private static List<InventoryOption> plain(List<ItemOption> options) {
    return options.stream().map(ItemOption::toInventoryOption).toList();
  }

  private static <T> Outcome<T> optionNotFound(OptionKey key) {
    return Outcome.refused(
        CatalogCodes.OPTION_NOT_FOUND, "There is no option " + key.label() + " on this item.");
  }
}
