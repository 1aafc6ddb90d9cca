package io.qconnect.hub.stock;

import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.InventoryRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads a shop's quantities back from Qoo10 (GetItemDetailInfo for items without options,
 * GetGoodsInventoryInfo for options) and compares each mapped unit with what the hub would push:
 * the drift report. Fixing pushes the hub's quantity over Qoo10's.
 */
public final class Reconciler {
  private final Jdbi jdbi;
  private final ShopConnections connections;
  private final StockPusher pusher;
  private final Clock clock;
  private final JdbcListingStore listings = new JdbcListingStore();
  private final JdbcShopStockStore shopStock = new JdbcShopStockStore();
  private final JdbcStockStore stock = new JdbcStockStore();

  public Reconciler(Jdbi jdbi, ShopConnections connections, StockPusher pusher, Clock clock) {
    this.jdbi = jdbi;
    this.connections = connections;
    this.pusher = pusher;
    this.clock = clock;
  }

  /** One unit whose Qoo10 quantity is not what the hub expects. */
  public record Drift(
      String sku, String shop, String itemCode, String optionCode, int qoo10Qty, int expected) {}

  /** What a reconciliation found and fixed. */
  public record Report(int checked, List<Drift> drifted, int fixed) {}

  /**
   * Reads back every mapped unit of the shop.
   *
   * @param fix whether to push the hub's quantity where Qoo10's differs
   */
  public Report reconcile(String shopId, boolean fix) {
    List<Listing> mapped = jdbi.withHandle(h -> listings.byShop(h, shopId, true, 0, 100_000));
    ShopStockRules rules = jdbi.withHandle(h -> shopStock.rules(h, shopId));
    Map<String, List<Listing>> byItem = new LinkedHashMap<>();
    mapped.forEach(l -> byItem.computeIfAbsent(l.itemCode(), k -> new ArrayList<>()).add(l));
    Map<Long, Integer> seen = new HashMap<>();
    try {
      for (Map.Entry<String, List<Listing>> e : byItem.entrySet()) {
        seen.putAll(connections.call(shopId, q -> read(q, e.getKey(), e.getValue())));
      }
    } catch (io.qconnect.protocol.wire.QapiException e) {
      throw new io.qconnect.hub.core.HubException(
          "shop " + shopId + ": reading quantities back failed: " + e.getMessage());
    }
    Instant now = clock.instant();
    List<Drift> drifted = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    jdbi.useTransaction(
        h -> {
          for (Listing l : mapped) {
            Integer qty = seen.get(l.id());
            int expected = rules.offer(stock.find(h, l.sku()).map(StockLevel::available).orElse(0));
            int actual = qty == null ? -1 : qty;
            if (qty != null) {
              listings.checked(h, l.id(), qty, now);
            }
            if (actual != expected) {
              drifted.add(
                  new Drift(l.sku(), shopId, l.itemCode(), l.optionCode(), actual, expected));
              ids.add(l.id());
            }
          }
          if (fix) {
            listings.markDue(h, ids);
          }
        });
    int fixed = 0;
    if (fix && !ids.isEmpty()) {
      pusher.pushDue();
      fixed =
          (int)
              jdbi.withHandle(h -> listings.byShop(h, shopId, true, 0, 100_000)).stream()
                  .filter(l -> ids.contains(l.id()) && !l.pushPending() && l.pushError().isEmpty())
                  .count();
    }
    return new Report(mapped.size(), drifted, fixed);
  }

  /** Qoo10's quantity of each unit of one item, by unit id (absent: Qoo10 has no such unit). */
  private static Map<Long, Integer> read(QapiSeller q, String itemCode, List<Listing> units) {
    Map<Long, Integer> out = new HashMap<>();
    boolean options = units.stream().anyMatch(Listing::isOption);
    if (!options) {
      q.getItemDetailInfo(itemCode, "")
          .valueIfSuccess()
          .filter(rows -> !rows.isEmpty())
          .ifPresent(rows -> units.forEach(u -> out.put(u.id(), qty(rows.get(0).itemQty()))));
      return out;
    }
    List<InventoryRow> rows =
        q.getGoodsInventoryInfo(itemCode, "").valueIfSuccess().orElse(List.of());
    for (Listing u : units) {
      for (InventoryRow r : rows) {
        if (values(r).equals(u.optionValue())) {
          out.put(u.id(), r.qty());
        }
      }
    }
    return out;
  }

  private static String values(InventoryRow r) {
    List<String> v = new ArrayList<>();
    for (String s : List.of(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())) {
      if (!s.isEmpty()) {
        v.add(s);
      }
    }
    return String.join(io.qconnect.protocol.item.InventoryInfoFormat.COL, v);
  }

  private static int qty(String s) {
    try {
      return s == null || s.isBlank() ? 0 : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
