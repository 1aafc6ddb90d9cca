package io.qconnect.protocol.item;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.qconnect.protocol.order.BulkRowResult;

/**
 * One row of SetGoodsPriceQtyBulk's result. The service's C# type is a list of dictionaries whose
 * exact keys the reference could not see; this project answers one plain object per row with the
 * item's codes and the row's result.
 */
public record PriceQtyBulkRow(
    @JsonProperty("ItemCode") String itemCode,
    @JsonProperty("SellerCode") String sellerCode,
    @JsonProperty("ResultCode") Integer resultCode,
    @JsonProperty("ResultMsg") String resultMsg)
    implements BulkRowResult {

  @Override
  public String subject() {
    return itemCode == null || itemCode.isEmpty() ? sellerCode : itemCode;
  }

  @Override
  public int code() {
    return resultCode == null ? 0 : resultCode;
  }

  @Override
  public String message() {
    return resultMsg == null ? "" : resultMsg;
  }
}
