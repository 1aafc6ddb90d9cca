package io.qconnect.app.console;

import io.qconnect.app.Application;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemRef;
import io.qconnect.marketplace.catalog.PriceQtyChange;
import io.qconnect.marketplace.order.Buyer;
import io.qconnect.marketplace.order.NewCart;
import io.qconnect.marketplace.order.PaymentMethod;
import io.qconnect.marketplace.order.PlaceResult;
import io.qconnect.marketplace.order.Receiver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Places many paid orders for a seller through the marketplace's own order service. */
final class OrderVolumes {
  private OrderVolumes() {}

  /**
   * Places {@code lines} paid order lines in carts of up to {@code perCart} lines, the buyer of
   * cart {@code i} named by {@code buyer}; items without options get enough stock first.
   *
   * @return the order numbers, in placing order
   */
  static List<Long> place(
      Application app, String sellerId, int lines, int perCart, IntFunction<String> buyer) {
    List<Item> items = itemsWithoutOptions(app, sellerId, perCart);
    List<Long> out = new ArrayList<>(lines);
    int cart = 0;
    while (out.size() < lines) {
      int n = Math.min(perCart, lines - out.size());
      List<NewCart.Line> cl = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        cl.add(new NewCart.Line(items.get(i % items.size()).itemCode(), "", 1));
      }
      String name = buyer.apply(cart);
      Buyer b = new Buyer(name, "", "+81-3-1234-5678", "", "b" + cart + "@example.jp");
      Receiver r =
          new Receiver(name, "", "+81-3-1234-5678", "", "150-0001", "東京都渋谷区", "神宮前1-2-" + cart);
      PlaceResult res =
          app.marketplace()
              .orders()
              .place(new NewCart(sellerId, b, r, PaymentMethod.CREDIT_CARD, true, cl, "", "", 0));
      if (!(res instanceof PlaceResult.Placed p)) {
        throw new IllegalStateException("order refused: " + res);
      }
      out.addAll(p.orderNos());
      cart++;
    }
    return out;
  }

  private static List<Item> itemsWithoutOptions(Application app, String sellerId, int max) {
    List<Item> out = new ArrayList<>();
    for (int i = 1; i <= 200 && out.size() < max; i++) {
      ItemRef ref = new ItemRef("", String.format("SKU-%04d", i));
      Item item = app.marketplace().catalog().find(sellerId, ref).orElse(null);
      if (item == null || !app.marketplace().catalog().optionsOf(item.itemCode()).isEmpty()) {
        continue;
      }
      app.marketplace()
          .catalog()
          .setPriceQty(
              sellerId,
              new PriceQtyChange(ItemRef.code(item.itemCode()), item.price(), 1_000_000, null, ""));
      out.add(app.marketplace().catalog().find(item.itemCode()).orElseThrow());
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(sellerId + " has no item without options");
    }
    return out;
  }
}
