package io.qconnect.marketplace.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiParams;
import io.qconnect.protocol.wire.QapiResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A marketplace with a seller and items, set up only through its public interfaces: QAPI for the
 * seller's items, the sandbox API for buyers' orders.
 */
final class OrderWorld implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final MarketplaceServer server;
  final QapiSeller seller;
  final String sellerId;

  OrderWorld(MarketplaceServer server, String sellerId) {
    this.server = server;
    this.sellerId = sellerId;
    this.seller = server.seller(sellerId);
  }

  static OrderWorld start() {
    return new OrderWorld(MarketplaceServer.start(), "order-shop");
  }

  /** A single-SKU item; answers its item code. */
  String item(String sellerCode, long price, int qty) {
    return register(goods(sellerCode, price, qty));
  }

  /** An item with combination options (ItemType rows {@code n||*v||*price||*qty||*code}). */
  String optioned(String sellerCode, long price, String itemType) {
    Map<String, String> p = goods(sellerCode, price, 0);
    p.put("ItemType", itemType);
    return register(p);
  }

  private static Map<String, String> goods(String sellerCode, long price, int qty) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("SecondSubCat", "320001234");
    p.put("ItemTitle", "テスト商品 " + sellerCode);
    p.put("SellerCode", sellerCode);
    p.put("ItemPrice", Long.toString(price));
    p.put("ItemQty", Integer.toString(qty));
    p.put("AvailableDateType", "0");
    p.put("AvailableDateValue", "3");
    p.put("TaxRate", "10");
    return p;
  }

  private String register(Map<String, String> p) {
    QapiResponse r = seller.call(QapiMethod.SET_NEW_GOODS, QapiParams.of(p));
    if (!(r instanceof QapiResponse.Custom c) || c.code() != 0) {
      throw new IllegalStateException("SetNewGoods failed: " + r);
    }
    return c.resultObject().get("GdNo").asText();
  }

  /** Places a cart through the sandbox; each line is {itemOrSellerCode, optionCode, qty}. */
  List<Long> order(boolean paid, String payment, Object[]... lines) {
    StringBuilder b = new StringBuilder("{\"sellerId\":\"" + sellerId + "\",\"paid\":" + paid);
    b.append(",\"payment\":\"").append(payment).append("\"");
    b.append(
        ",\"buyer\":{\"name\":\"山田 太郎\",\"kana\":\"ヤマダ タロウ\",\"tel\":\"+81-3-1234-5678\","
            + "\"mobile\":\"+81-90-1234-5678\",\"email\":\"taro@example.jp\",\"zipCode\":\"150-0001\","
            + "\"address1\":\"東京都渋谷区\",\"address2\":\"神宮前1-2-3\"},\"lines\":[");
    for (int i = 0; i < lines.length; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"sellerCode\":\"")
          .append(lines[i][0])
          .append("\",\"optionCode\":\"")
          .append(lines[i][1])
          .append("\",\"qty\":")
          .append(lines[i][2])
          .append("}");
    }
    HttpResponse<String> r = server.sandbox("POST", "/sandbox/orders", b.append("]}").toString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("order refused: " + r.body());
    }
    List<Long> out = new ArrayList<>();
    read(r.body()).get("orderNos").forEach(n -> out.add(n.asLong()));
    return out;
  }

  int sandbox(String action, long orderNo) {
    return server.sandbox("POST", "/sandbox/orders/" + orderNo + "/" + action, null).statusCode();
  }

  /** A raw QAPI call over HTTP (GET query style), for casing and XML checks. */
  String raw(String method, String query) {
    String url =
        server.qapiUrl() + "?method=" + method + "&key=" + enc(seller.key().value()) + "&" + query;
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(
              HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(json, e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
