package io.qconnect.hub.orders;

import java.util.List;

/**
 * One page of a walk through the order lines (oldest stored first).
 *
 * @param lines the lines of this page
 * @param next the cursor to ask for the page after this one; given even on the last page, so that a
 *     client can come back later for the lines imported since
 * @param more whether more lines were already waiting after this page
 */
public record OrderPage(List<OrderLine> lines, String next, boolean more) {
  public OrderPage {
    lines = List.copyOf(lines);
  }
}
