package io.qconnect.marketplace.order;

import java.util.List;

/** An order line with its cart and the order numbers of every line of that cart. */
public record PlacedLine(OrderLine line, Cart cart, List<Long> relatedOrders) {
  public PlacedLine {
    relatedOrders = List.copyOf(relatedOrders);
  }
}
