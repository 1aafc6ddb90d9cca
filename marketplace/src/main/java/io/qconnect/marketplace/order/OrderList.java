package io.qconnect.marketplace.order;

import java.util.List;
import java.util.Map;

/**
 * One page of the seller's order search.
 *
 * @param counts the matching lines per status code (the tabs; the search's own status included)
 * @param total the matching lines in the searched status, over every page
 * @param page the page shown (1-based)
 */
public record OrderList(List<ListedOrder> rows, Map<Integer, Integer> counts, int total, int page) {
  public OrderList {
    rows = List.copyOf(rows);
    counts = Map.copyOf(counts);
  }

  /** How many pages of {@code size} the total fills (at least one). */
  public int pages(int size) {
    return Math.max(1, (total + size - 1) / size);
  }
}
