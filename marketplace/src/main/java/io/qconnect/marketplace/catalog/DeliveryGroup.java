package io.qconnect.marketplace.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shipping-fee group (ShippingNo) as ItemsLookup.GetSellerDeliveryGroupInfo answers it
 * (docs/qapi.md §7.3). The marketplace gives every seller the same small set, as Category does for
 * categories; SetGoodsSubDeliveryGroup accepts only these numbers.
 *
 * @param type X free, F charge, M free on condition, W visit pickup, D cash on delivery
 * @param freeCondition the order total from which a type-M group is free, 0 otherwise
 */
public record DeliveryGroup(
    String shippingNo, long fee, String type, long freeCondition, String carrier) {

  public static final List<DeliveryGroup> STANDARD =
      List.of(
          new DeliveryGroup("500001", 0, "X", 0, "ヤマト宅急便"),
          new DeliveryGroup("500002", 660, "F", 0, "ヤマト宅急便"),
          new DeliveryGroup("500003", 660, "M", 3980, "ヤマト宅急便"),
          new DeliveryGroup("500004", 250, "F", 0, "ゆうパケット"),
          new DeliveryGroup("500005", 1100, "F", 0, "佐川急便"));

  public static boolean exists(String shippingNo) {
    return STANDARD.stream().anyMatch(g -> g.shippingNo().equals(shippingNo));
  }

  /** The row: ShippingNo, ShippingFee, ShippingType, FreeCondition, Region, Oversea, transcName. */
  Map<String, Object> row() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ShippingNo", shippingNo);
    m.put("ShippingFee", fee);
    m.put("ShippingType", type);
    m.put("FreeCondition", freeCondition);
    m.put("Region", "N");
    m.put("Oversea", "N");
    m.put("transcName", carrier);
    return m;
  }
}
