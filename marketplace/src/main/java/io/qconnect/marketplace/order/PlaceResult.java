package io.qconnect.marketplace.order;

import java.util.List;

/** The outcome of placing a cart. */
public sealed interface PlaceResult {
  /** Placed: the cart number and one order number per line, in line order. */
  record Placed(long packNo, List<Long> orderNos) implements PlaceResult {
    public Placed {
      orderNos = List.copyOf(orderNos);
    }
  }

  /** Refused, nothing written: an unknown item, an item not on sale, or not enough stock. */
  record Refused(String reason) implements PlaceResult {}
}
