package io.qconnect.marketplace.catalog;

import java.util.List;

/**
 * One page of a seller's items of a status.
 *
 * @param total items in all pages
 * @param pages pages of {@code GoodsInfoList.PAGE_SIZE}; 0 when there are no items
 */
public record ItemList(int total, int pages, List<Item> items) {
  public ItemList {
    items = List.copyOf(items);
  }
}
