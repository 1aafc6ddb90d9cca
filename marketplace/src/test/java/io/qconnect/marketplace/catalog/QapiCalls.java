package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiParams;
import io.qconnect.protocol.wire.QapiResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** QAPI calls for the end-to-end catalogue tests: a fresh seller per test, raw calls, raw HTTP. */
final class QapiCalls {
  private static final AtomicInteger SELLERS = new AtomicInteger();

  private QapiCalls() {}

  static QapiSeller newSeller(MarketplaceServer server) {
    return server.seller("seller-" + SELLERS.incrementAndGet());
  }

  /** SetNewGoods parameters of a valid single-SKU item; pairs override or add parameters. */
  static Map<String, String> goods(String sellerCode, String... pairs) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("SecondSubCat", "320001234");
    p.put("ItemTitle", "オーガニックコットンTシャツ");
    p.put("PromotionName", "春の新作");
    p.put("SellerCode", sellerCode);
    p.put("ItemPrice", "2980");
    p.put("RetailPrice", "3980");
    p.put("TaxRate", "10");
    p.put("ItemQty", "20");
    p.put("AvailableDateType", "0");
    p.put("AvailableDateValue", "3");
    p.put("ProductionPlaceType", "1");
    p.put("ProductionPlace", "TOKYO");
    p.put("IndustrialCodeType", "J");
    p.put("IndustrialCode", "4901234567894");
    p.put("AdultYN", "N");
    p.put("Keyword", "Tシャツ,コットン");
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  static QapiResponse call(QapiSeller s, QapiMethod m, Map<String, String> params) {
    return s.call(m, QapiParams.of(params));
  }

  static QapiResponse call(QapiSeller s, QapiMethod m, String... pairs) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    return call(s, m, p);
  }

  /** Registers an item and answers its item code. */
  static String register(QapiSeller s, Map<String, String> params) {
    QapiResponse r = call(s, QapiMethod.SET_NEW_GOODS, params);
    if (!(r instanceof QapiResponse.Custom c) || c.code() != 0) {
      throw new IllegalStateException("SetNewGoods failed: " + r);
    }
    return c.resultObject().get("GdNo").asText();
  }

  static int code(QapiResponse r) {
    return r.codeOrNull();
  }

  static String message(QapiResponse r) {
    return switch (r) {
      case QapiResponse.Std s -> s.message();
      case QapiResponse.Custom c -> c.message();
      case QapiResponse.GatewayError g -> g.message();
      case QapiResponse.PlainText p -> p.text();
    };
  }

  /** A raw POST in the official style, for XML answers and anything the client would not send. */
  static HttpResponse<String> post(
      MarketplaceServer server, QapiMethod m, String key, Map<String, String> params) {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(server.qapiUrl() + "/" + m.fullName()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("GiosisCertificationKey", key)
            .header("QAPIVersion", "1.0")
            .POST(HttpRequest.BodyPublishers.ofString(QapiParams.of(params).toForm()))
            .build();
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
