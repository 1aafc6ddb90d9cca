package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.NotFoundException;
import org.jdbi.v3.core.Handle;

/**
 * Taking and returning stock, for orders. Each change is one conditional UPDATE ({@code qty >=
 * :n}), so stock never goes below zero even when many orders race; the item row is locked first, as
 * every catalogue writer does, so an item's quantity stays the sum of its options.
 */
final class JdbcStock {
  private JdbcStock() {}

  static boolean take(JdbcCatalogStore store, Handle h, String itemCode, String optionCode, int n) {
    checkPositive(n);
    lockItem(store, h, itemCode);
    String code = optionCode == null ? "" : optionCode;
    if (code.isEmpty()) {
      requireNoOptions(h, itemCode);
      return changeItem(h, itemCode, -n, true) == 1;
    }
    int changed =
        h.createUpdate(
                """
                UPDATE mk_item_option SET qty = qty - :n
                WHERE item_code = :code AND option_code = :optionCode AND qty >= :n""")
            .bind("n", n)
            .bind("code", itemCode)
            .bind("optionCode", code)
            .execute();
    if (changed == 0) {
      store
          .findOption(h, itemCode, code)
          .orElseThrow(() -> new NotFoundException(itemCode + " has no option '" + code + "'"));
      return false;
    }
    changeItem(h, itemCode, -n, false);
    return true;
  }

  static boolean take(JdbcCatalogStore store, Handle h, ItemOption o, int n) {
    checkPositive(n);
    lockItem(store, h, o.itemCode());
    int changed = changeOption(h, o, -n);
    if (changed == 0) {
      boolean exists =
          store.options(h, o.itemCode()).stream()
              .anyMatch(x -> x.seq() == o.seq() && x.axes().equals(o.axes()));
      if (!exists) {
        throw new NotFoundException(o.itemCode() + " has no option " + o.joinedValues());
      }
      return false;
    }
    changeItem(h, o.itemCode(), -n, false);
    return true;
  }

  static boolean giveBack(
      JdbcCatalogStore store, Handle h, String itemCode, String optionCode, int n) {
    checkPositive(n);
    lockItem(store, h, itemCode);
    String code = optionCode == null ? "" : optionCode;
    if (code.isEmpty()) {
      requireNoOptions(h, itemCode);
      return changeItem(h, itemCode, n, false) == 1;
    }
    int changed =
        h.createUpdate(
                """
                UPDATE mk_item_option SET qty = qty + :n
                WHERE item_code = :code AND option_code = :optionCode""")
            .bind("n", n)
            .bind("code", itemCode)
            .bind("optionCode", code)
            .execute();
    if (changed == 0) {
      return false;
    }
    changeItem(h, itemCode, n, false);
    return true;
  }

  static boolean giveBack(JdbcCatalogStore store, Handle h, ItemOption o, int n) {
    checkPositive(n);
    lockItem(store, h, o.itemCode());
    if (changeOption(h, o, n) == 0) {
      return false;
    }
    changeItem(h, o.itemCode(), n, false);
    return true;
  }

  /** Adds {@code delta} to the option matched by place and axes; a take needs enough stock. */
  private static int changeOption(Handle h, ItemOption o, int delta) {
    // qty + :delta >= 0 is the take's guard; a return always passes it
    return JdbcOptions.bindAxes(
            h.createUpdate(
                "UPDATE mk_item_option SET qty = qty + :delta WHERE item_code = :code"
                    + " AND seq = :seq AND qty + :delta >= 0 AND "
                    + JdbcOptions.AXES_MATCH),
            o)
        .bind("delta", delta)
        .execute();
  }

  private static int changeItem(Handle h, String itemCode, int delta, boolean guarded) {
    return h.createUpdate(
            "UPDATE mk_item SET qty = qty + :delta WHERE item_code = :code"
                + (guarded ? " AND qty + :delta >= 0" : ""))
        .bind("delta", delta)
        .bind("code", itemCode)
        .execute();
  }

  private static void lockItem(JdbcCatalogStore store, Handle h, String itemCode) {
    store.lock(h, itemCode).orElseThrow(() -> new NotFoundException("no item " + itemCode));
  }

  private static void requireNoOptions(Handle h, String itemCode) {
    if (JdbcOptions.any(h, itemCode)) {
      throw new MarketplaceException("item " + itemCode + " has options: name the option");
    }
  }

  private static void checkPositive(int n) {
    if (n < 1) {
      throw new MarketplaceException("a stock change is at least 1 unit, not " + n);
    }
  }
}
