package io.qconnect.hub.stock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.qconnect.protocol.fixture.FixtureServer;
import io.qconnect.protocol.wire.QapiJson;
import io.qconnect.protocol.wire.QapiRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A seller's items on a fake Qoo10 (single-SKU items, no options), answering the item methods the
 * hub's stock uses over real HTTP: GetAllGoodsInfo, GetItemDetailInfo, GetGoodsInventoryInfo,
 * SetGoodsPriceQty and SetGoodsPriceQtyBulk. Buyers take units with {@link #buy}, as Qoo10 lowers
 * an item's quantity when it sells.
 */
final class FakeGoods {
  private final Map<String, String> sellerCodes = new LinkedHashMap<>();
  private final Map<String, Integer> qty = new ConcurrentHashMap<>();

  FakeGoods(FixtureServer server) {
    server.answer("ItemsLookup.GetAllGoodsInfo", r -> all(r));
    server.answer("ItemsLookup.GetItemDetailInfo", r -> detail(r.params().text("ItemCode")));
    server.answer("ItemsLookup.GetGoodsInventoryInfo", r -> ok(List.of()));
    server.answer(
        "ItemsOrder.SetGoodsPriceQty",
        r -> set(r.params().text("ItemCode"), r.params().text("Qty")));
    server.answer("ItemsOrder.SetGoodsPriceQtyBulk", this::bulk);
  }

  synchronized void item(String itemCode, String sellerCode, int quantity) {
    sellerCodes.put(itemCode, sellerCode);
    qty.put(itemCode, quantity);
  }

  int qty(String itemCode) {
    return qty.get(itemCode);
  }

  /** A buyer takes {@code n} units if Qoo10 shows that many; answers whether the sale happened. */
  boolean buy(String itemCode, int n) {
    boolean[] sold = {false};
    qty.computeIfPresent(
        itemCode,
        (k, q) -> {
          sold[0] = q >= n;
          return sold[0] ? q - n : q;
        });
    return sold[0];
  }

  private synchronized String all(QapiRequest r) {
    List<Map<String, Object>> items = new ArrayList<>();
    if (r.params().text("ItemStatus").equals("S2")) {
      sellerCodes.forEach(
          (code, seller) ->
              items.add(Map.of("ItemCode", code, "SellerCode", seller, "ItemStatus", "S2")));
    }
    return ok(
        Map.of("TotalItems", items.size(), "TotalPages", 1, "PresentPage", 1, "Items", items));
  }

  private synchronized String detail(String itemCode) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("ItemCode", itemCode);
    row.put("ItemStatus", "S2");
    row.put("ItemTitle", "item " + itemCode);
    row.put("SellerCode", sellerCodes.get(itemCode));
    row.put("ItemPrice", "1200");
    row.put("ItemQty", Integer.toString(qty.get(itemCode)));
    row.put("ExpireDate", "2027-12-31");
    return ok(List.of(row));
  }

  private String set(String itemCode, String quantity) {
    qty.put(itemCode, Integer.parseInt(quantity));
    return ok(null);
  }

  private String bulk(QapiRequest r) {
    try {
      List<Map<String, String>> rows =
          QapiJson.mapper().readValue(r.params().text("ItemInfoJson"), new TypeReference<>() {});
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, String> row : rows) {
        set(row.get("ItemCode"), row.get("Qty"));
        out.add(
            Map.of(
                "ItemCode",
                row.get("ItemCode"),
                "SellerCode",
                "",
                "ResultCode",
                0,
                "ResultMsg",
                "SUCCESS"));
      }
      return ok(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String ok(Object result) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ResultCode", 0);
    m.put("ResultMsg", "SUCCESS");
    m.put("ResultObject", result);
    try {
      return QapiJson.mapper().writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
