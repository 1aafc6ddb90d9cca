package io.qconnect.hub.stock;

/** An order line as the stock sees it: where it was sold, under which codes, how many. */
public record LineRef(
    String shopId, long orderNo, String itemCode, String sellerCode, String optionCode, int qty) {
  public LineRef {
    itemCode = itemCode == null ? "" : itemCode;
    sellerCode = sellerCode == null ? "" : sellerCode;
    optionCode = optionCode == null ? "" : optionCode;
  }
}
