package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.marketplace.core.Times;
import io.qconnect.protocol.item.GoodsInfoList;
import io.qconnect.protocol.item.ItemStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The catalogue: registers and updates items, changes their sale status, price, stock and end date,
 * and answers the lookups, each in one transaction that writes nothing when the call is refused. A
 * seller only ever sees and touches their own items. Combination options are edited through {@link
 * #options()}.
 *
 * <p>New items go on sale (S2) at once: the real Qoo10 may hold some for review (S0), but an
 * emulator that lists at once lets an integrator's test register an item and sell it in one go.
 * Staff (and the sandbox) can move an item to any status with {@link #setStatusByQoo10}.
 */
public final class CatalogService {
  private final JdbcCatalogStore store = new JdbcCatalogStore();
  private final Jdbi jdbi;
  private final Clock clock;
  private final OptionService options;
  private final ItemExtrasService extras;
  private final CatalogSearch search;

  /**
   * @param pool the pool {@code jdbi} draws from: GetItemDetailInfo's read takes a plain connection
   *     of it ({@link JdbcItemDetail})
   */
  public CatalogService(Jdbi jdbi, DataSource pool, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.options = new OptionService(jdbi, store, clock);
    this.extras = new ItemExtrasService(jdbi, pool, store, clock);
    this.search = new CatalogSearch(jdbi);
  }

  /** The item edits beyond UpdateGoods and the combination options. */
  public ItemExtrasService extras() {
    return extras;
  }

  /** The item screens' searches and the catalogue files' streamed rows. */
  public CatalogSearch search() {
    return search;
  }

  /** ItemsOptions: the combination-option edits. */
  public OptionService options() {
    return options;
  }

  /** ItemsBasic.SetNewGoods. */
  public Outcome<Item> register(String sellerId, NewGoods g) {
    LocalDateTime now = Times.now(clock);
    Optional<LocalDate> expire = ItemRules.endDate(g.expireDate(), now);
    if (expire.isEmpty()) {
      return ItemRules.pastEndDate();
    }
    Optional<Outcome.Refused<Void>> bad = OptionRules.check(g.price(), g.options());
    if (bad.isPresent()) {
      return Outcome.refused(
          CatalogCodes.PROCESSING, CatalogCodes.processing("ItemType: " + bad.get().message()));
    }
    return jdbi.inTransaction(
        h -> {
          if (!g.sellerCode().isEmpty()
              && store.itemCodeOf(h, sellerId, g.sellerCode()).isPresent()) {
            return Outcome.refused(
                CatalogCodes.NEW_DUPLICATE_SELLER_CODE,
                "The seller code '" + g.sellerCode() + "' is already registered.");
          }
          Item item = ItemRules.newItem(store.nextItemCode(h), sellerId, g, expire.get(), now);
          store.insert(h, item);
          if (!g.options().isEmpty()) {
            store.replaceOptions(h, item.itemCode(), g.options(), now);
          }
          return Outcome.done(item);
        });
  }

  /** ItemsBasic.UpdateGoods: replaces the descriptive fields (and the seller code, if given). */
  public Outcome<Item> update(String sellerId, GoodsUpdate u) {
    return jdbi.inTransaction(h -> update(h, sellerId, u));
  }

  Outcome<Item> update(Handle h, String sellerId, GoodsUpdate u) {
    Optional<Item> found = store.lock(h, sellerId, ItemRef.code(u.itemCode()));
    if (found.isEmpty()) {
      return notFound();
    }
    Item item = found.get();
    String code = u.sellerCode().isEmpty() ? item.sellerCode() : u.sellerCode();
    Optional<String> holder = store.itemCodeOf(h, sellerId, code);
    if (!code.isEmpty() && holder.isPresent() && !holder.get().equals(item.itemCode())) {
      return Outcome.refused(
          CatalogCodes.PROCESSING,
          CatalogCodes.processing(
              "SellerCode '" + code + "' is already used by item " + holder.get()));
    }
    Item changed = item.withFields(code, u.fields(), Times.now(clock));
    store.updateFields(h, changed);
    return Outcome.done(changed);
  }

  /** ItemsBasic.EditGoodsStatus: 1 not on sale (S1), 2 on sale (S2), 3 discontinued (S4). */
  public Outcome<Item> editStatus(String sellerId, ItemRef ref, String status) {
    return jdbi.inTransaction(h -> editStatus(h, sellerId, ref, status));
  }

  Outcome<Item> editStatus(Handle h, String sellerId, ItemRef ref, String status) {
    Optional<ItemStatus> target = ItemStatus.fromEditStatus(status);
    if (target.isEmpty()) {
      return Outcome.refused(
          CatalogCodes.STATUS_INVALID,
          "Status must be 1 (not on sale), 2 (on sale) or 3 (discontinued).");
    }
    Optional<Item> found = store.lock(h, sellerId, ref);
    if (found.isEmpty()) {
      return notFound();
    }
    Optional<Outcome<Item>> blocked = ItemRules.blockedBy(found.get().status());
    if (blocked.isPresent()) {
      return blocked.get();
    }
    Item changed = found.get().withStatus(target.get(), Times.now(clock));
    store.updateStatus(h, changed);
    return Outcome.done(changed);
  }

  /**
   * 商品管理's item form: title, Seller Item Code, price, stock, end date, sale status and selling
   * terms in one transaction, through the same steps as UpdateGoods, SetGoodsPriceQty and
   * EditGoodsStatus; when one step is refused nothing is written.
   */
  public Outcome<Item> edit(String sellerId, ItemEdit e) {
    return new ItemEditor(this, store, clock).edit(jdbi, sellerId, e);
  }

  /** Qoo10's own decision on an item (review, suspension, restriction, rejection). */
  public Item setStatusByQoo10(String itemCode, ItemStatus status) {
    return jdbi.inTransaction(
        h -> {
          Item item =
              store
                  .lock(h, itemCode)
                  .orElseThrow(() -> new NotFoundException("no item " + itemCode));
          Item changed = item.withStatus(status, Times.now(clock));
          store.updateStatus(h, changed);
          return changed;
        });
  }

  /** The seller's own item, by item code or seller code. */
  public Optional<Item> find(String sellerId, ItemRef ref) {
    return jdbi.withHandle(h -> store.find(h, sellerId, ref));
  }

  /** Any seller's item (staff, the buyer simulator). */
  public Optional<Item> find(String itemCode) {
    return jdbi.withHandle(h -> store.find(h, itemCode));
  }

  /** An item's combination options, in order; empty for a single-SKU item. */
  public List<ItemOption> optionsOf(String itemCode) {
    return jdbi.inTransaction(h -> store.options(h, itemCode));
  }

  /** ItemsLookup.GetAllGoodsInfo: one page (from 1) of 500 of the seller's items of a status. */
  public GoodsInfoList goods(String sellerId, ItemStatus status, int page) {
    ItemList p = items(sellerId, status, page);
    return new GoodsInfoList(
        p.total(), p.pages(), page, p.items().stream().map(WireRows::listed).toList());
  }

  /** One page (from 1) of 500 of the seller's items of a status, as {@link #goods} lists them. */
  public ItemList items(String sellerId, ItemStatus status, int page) {
    int size = GoodsInfoList.PAGE_SIZE;
    return jdbi.inTransaction(
        h -> {
          int total = store.count(h, sellerId, status);
          List<Item> items = store.page(h, sellerId, status, (page - 1) * size, size);
          return new ItemList(total, (total + size - 1) / size, items);
        });
  }

  /** ItemsLookup.GetGoodsInventoryInfo: the item's options; empty when there is no such item. */
  public Optional<List<ItemOption>> inventory(String sellerId, ItemRef ref) {
    return jdbi.inTransaction(
        h -> store.find(h, sellerId, ref).map(i -> store.options(h, i.itemCode())));
  }

  /** ItemsOrder.SetGoodsPriceQty. */
  public Outcome<Item> setPriceQty(String sellerId, PriceQtyChange c) {
    return jdbi.inTransaction(h -> setPriceQty(h, sellerId, c));
  }

  /** ItemsOrder.SetGoodsPriceQtyBulk: every row's outcome, in order, in one transaction. */
  public List<Outcome<Item>> setPriceQtyBulk(String sellerId, List<Outcome<PriceQtyChange>> rows) {
    return jdbi.inTransaction(
        h ->
            rows.stream()
                .map(
                    row ->
                        switch (row) {
                          case Outcome.Done<PriceQtyChange> d ->
                              setPriceQty(h, sellerId, d.value());
                          case Outcome.Refused<PriceQtyChange> r -> r.<Item>retype();
                        })
                .toList());
  }

  Outcome<Item> setPriceQty(Handle h, String sellerId, PriceQtyChange c) {
    LocalDateTime now = Times.now(clock);
    Optional<LocalDate> expire = ItemRules.endDate(c.expireDate(), now);
    Optional<Item> found = store.lock(h, sellerId, c.ref());
    if (found.isEmpty()) {
      return notFound();
    }
    if (expire.isEmpty()) {
      return ItemRules.pastEndDate();
    }
    Item item = found.get();
    List<ItemOption> opts = store.options(h, item.itemCode());
    if (!opts.isEmpty() && c.qty() != null && c.qty() != item.qty()) {
      return Outcome.refused(
          CatalogCodes.QTY_OF_OPTION_ITEM,
          "This item has options: set their quantities with ItemsOptions"
              + " (UpdateInventoryQtyUnit, EditGoodsInventory), or send Qty blank.");
    }
    if (!OptionRules.fits(c.price(), opts)) {
      return Outcome.refused(
          CatalogCodes.PRICE_BREAKS_OPTIONS,
          "At " + c.price() + " yen, an option price would exceed -50% to +50% of the price.");
    }
    int qty = c.qty() == null ? item.qty() : c.qty();
    String tax = c.taxRate().isEmpty() ? item.taxRate() : c.taxRate();
    Item changed = item.withPriceQty(c.price(), qty, expire.get(), tax, now);
    store.updatePriceQty(h, changed);
    return Outcome.done(changed);
  }

  static <T> Outcome<T> notFound() {
    return Outcome.refused(CatalogCodes.NOT_FOUND, CatalogCodes.NOT_FOUND_MESSAGE);
  }
}
