package io.qconnect.protocol.item;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * ItemsLookup.GetAllGoodsInfo's result (docs/qapi.md §7.1): one page of at most 500 items.
 *
 * @param totalItems items in all pages
 * @param totalPages pages of 500
 * @param presentPage this page, from 1
 */
public record GoodsInfoList(
    @JsonProperty("TotalItems") int totalItems,
    @JsonProperty("TotalPages") int totalPages,
    @JsonProperty("PresentPage") int presentPage,
    @JsonProperty("Items") List<Item> items) {

  public static final int PAGE_SIZE = 500;

  public GoodsInfoList {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** One listed item. */
  public record Item(
      @JsonProperty("ItemCode") String itemCode,
      @JsonProperty("SellerCode") String sellerCode,
      @JsonProperty("ItemStatus") String itemStatus) {
    public Item {
      sellerCode = sellerCode == null ? "" : sellerCode;
      itemStatus = itemStatus == null ? "" : itemStatus;
    }
  }
}
