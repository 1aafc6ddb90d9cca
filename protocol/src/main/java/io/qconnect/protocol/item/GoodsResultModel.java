package io.qconnect.protocol.item;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * ItemsBasic.SetNewGoods's result (docs/qapi.md §7.4): {@code GdNo} is the new item code. The image
 * and group fields are answered empty by this project.
 */
public record GoodsResultModel(
    @JsonProperty("GdNo") String gdNo,
    @JsonProperty("BIContentsNo") String biContentsNo,
    @JsonProperty("AIContentsNo") String aiContentsNo,
    @JsonProperty("delivery_group_no") String deliveryGroupNo,
    @JsonProperty("GroupbuyNo") String groupbuyNo) {

  public static GoodsResultModel of(String itemCode, String shippingNo) {
    return new GoodsResultModel(itemCode, "", "", shippingNo, "");
  }
}
