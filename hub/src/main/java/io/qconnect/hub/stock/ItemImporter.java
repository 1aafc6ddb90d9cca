package io.qconnect.hub.stock;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.GoodsInfoList;
import io.qconnect.protocol.item.InventoryInfoFormat;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.item.ItemStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports a shop's items over QAPI: every page of GetAllGoodsInfo for the items on sale and not on
 * sale (docs/qapi.md §7.1), then GetItemDetailInfo (price, quantity, expiry) and
 * GetGoodsInventoryInfo (combination options) for each. Each item is stored in its own transaction
 * with what changed since the last import (options added, removed, recoded); units whose code names
 * a hub SKU are then mapped to it.
 */
public final class ItemImporter {
  private static final List<ItemStatus> LISTED = List.of(ItemStatus.ON_SALE, ItemStatus.SUSPENDED);

  private final ShopConnections connections;
  private final Jdbi jdbi;
  private final Clock clock;
  private final Runnable wake;
  private final StockService stock;
  private final JdbcListingStore listings = new JdbcListingStore();
  private final JdbcShopStockStore shopStock = new JdbcShopStockStore();

  public ItemImporter(
      ShopConnections connections, Jdbi jdbi, Clock clock, StockService stock, Runnable wake) {
    this.connections = connections;
    this.stock = stock;
    this.jdbi = jdbi;
    this.clock = clock;
    this.wake = wake;
  }

  /** What an item import did. */
  public record ItemSyncReport(int items, int units, int mapped, int changes) {}

  public ItemSyncReport sync(String shopId) {
    try {
      return syncOver(shopId);
    } catch (io.qconnect.protocol.wire.QapiException e) {
      throw new HubException("shop " + shopId + ": item import failed: " + e.getMessage());
    }
  }

  private ItemSyncReport syncOver(String shopId) {
    List<GoodsInfoList.Item> items = new ArrayList<>();
    for (ItemStatus s : LISTED) {
      QapiResult<List<GoodsInfoList.Item>> r = connections.call(shopId, q -> q.getAllGoods(s));
      if (!r.isSuccess()) {
        throw new HubException(
            "shop "
                + shopId
                + ": GetAllGoodsInfo "
                + s.code()
                + " answered "
                + r.code()
                + " "
                + r.message());
      }
      items.addAll(r.value());
    }
    int units = 0;
    int changes = 0;
    for (GoodsInfoList.Item item : items) {
      List<Listing> seen = connections.call(shopId, q -> read(q, shopId, item));
      units += seen.size();
      changes += store(shopId, item.itemCode(), seen);
    }
    int mapped = mapMatching(shopId);
    if (mapped > 0) {
      wake.run();
    }
    return new ItemSyncReport(items.size(), units, mapped, changes);
  }

  /** Maps the shop's units whose codes name a SKU; waiting order lines then take effect. */
  private int mapMatching(String shopId) {
    return jdbi.inTransaction(
        h -> {
          int n = listings.mapAllMatching(h, shopId);
          if (n > 0) {
            stock.retryWaiting(h);
          }
          return n;
        });
  }

  private static List<Listing> read(QapiSeller q, String shopId, GoodsInfoList.Item item) {
    List<ItemDetailRow> details = q.getItemDetailInfo(item.itemCode(), "").orElseThrow();
    if (details.isEmpty()) {
      return List.of(); // listed a moment ago, gone now: the next import sees it as it is
    }
    ItemDetailRow d = details.get(0);
    List<InventoryRow> options = q.getGoodsInventoryInfo(item.itemCode(), "").orElseThrow();
    long price = number(d.itemPrice());
    LocalDate expire = date(d.expireDate());
    String seller = d.sellerCode() == null ? item.sellerCode() : d.sellerCode();
    if (options.isEmpty()) {
      return List.of(
          unit(
              shopId,
              item.itemCode(),
              "",
              "",
              "",
              seller,
              d,
              price,
              expire,
              (int) number(d.itemQty())));
    }
    List<Listing> out = new ArrayList<>();
    for (InventoryRow o : options) {
      out.add(
          unit(
              shopId,
              item.itemCode(),
              join(o.value1(), o.value2(), o.value3()),
              join(o.name1(), o.name2(), o.name3()),
              o.itemTypeCode(),
              seller,
              d,
              price,
              expire,
              o.qty()));
    }
    return out;
  }

  private static Listing unit(
      String shop,
      String item,
      String value,
      String name,
      String code,
      String seller,
      ItemDetailRow d,
      long price,
      LocalDate expire,
      int qty) {
    return new Listing(
        0,
        shop,
        item,
        value,
        name,
        code,
        seller == null ? "" : seller,
        d.itemTitle() == null ? "" : d.itemTitle(),
        price,
        expire,
        qty,
        null,
        "",
        null,
        null,
        "",
        false);
  }

  /** Stores an item's units; answers how many changes were recorded. */
  private int store(String shopId, String itemCode, List<Listing> seen) {
    return jdbi.inTransaction(h -> ItemChanges.store(h, shopId, itemCode, seen, clock.instant()));
  }

  /**
   * Imports the items from QSM's two CSV downloads (either may be null): single-SKU items from
   * GoodsList.csv, combination options from InventoryManagement_gridInventory.csv.
   */
  public ItemSyncReport importFiles(String shopId, byte[] goodsList, byte[] inventory) {
    jdbi.useHandle(h -> shopStock.requireShop(h, shopId));
    Map<String, List<Listing>> items = QsmItemFiles.read(shopId, goodsList, inventory);
    int units = 0;
    int changes = 0;
    for (Map.Entry<String, List<Listing>> e : items.entrySet()) {
      units += e.getValue().size();
      changes += store(shopId, e.getKey(), e.getValue());
    }
    int mapped = mapMatching(shopId);
    if (mapped > 0) {
      wake.run();
    }
    return new ItemSyncReport(items.size(), units, mapped, changes);
  }

  private static String join(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        kept.add(p);
      }
    }
    return String.join(InventoryInfoFormat.COL, kept);
  }

  private static long number(String s) {
    try {
      return s == null || s.isBlank() ? 0 : new java.math.BigDecimal(s.trim()).longValue();
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static LocalDate date(String s) {
    try {
      return s == null || s.length() < 10 ? null : LocalDate.parse(s.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
