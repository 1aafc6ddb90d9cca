package io.qconnect.hub.stock;

import io.qconnect.protocol.item.InventoryInfoFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Stores the units an import saw of one item and records what changed since the last import:
 * options added, removed (with the SKU they fed) or given another option code. Mappings of units
 * that stay are kept.
 */
final class ItemChanges {
  private static final JdbcListingStore LISTINGS = new JdbcListingStore();
  private static final JdbcShopStockStore SHOP_STOCK = new JdbcShopStockStore();

  private ItemChanges() {}

  /** Answers how many changes were recorded. */
  static int store(Handle h, String shopId, String itemCode, List<Listing> seen, Instant now) {
    Map<String, Listing> before =
        LISTINGS.byItem(h, shopId, itemCode).stream()
            .collect(Collectors.toMap(Listing::optionValue, Function.identity()));
    int changes = 0;
    boolean known = !before.isEmpty();
    for (Listing l : seen) {
      Listing old = before.remove(l.optionValue());
      if (known && old == null) {
        SHOP_STOCK.change(h, shopId, itemCode, "OPTION_ADDED", describe(l), now);
        changes++;
      } else if (old != null && !old.optionCode().equals(l.optionCode())) {
        SHOP_STOCK.change(
            h,
            shopId,
            itemCode,
            "OPTION_RECODED",
            describe(l) + ": " + old.optionCode() + " → " + l.optionCode(),
            now);
        changes++;
      }
      LISTINGS.upsert(h, l, now);
    }
    for (Listing gone : before.values()) {
      SHOP_STOCK.change(
          h,
          shopId,
          itemCode,
          gone.isOption() ? "OPTION_REMOVED" : "ITEM_CHANGED",
          describe(gone) + (gone.sku() == null ? "" : " (SKU " + gone.sku() + ")"),
          now);
      changes++;
    }
    LISTINGS.markGone(h, shopId, itemCode, seen.stream().map(Listing::optionValue).toList());
    return changes;
  }

  private static String describe(Listing l) {
    return l.isOption()
        ? l.optionValue().replace(InventoryInfoFormat.COL, " / ") + " [" + l.optionCode() + "]"
        : l.itemCode();
  }
}
