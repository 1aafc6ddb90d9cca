package io.qconnect.marketplace.qapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.wire.QapiCodec;
import io.qconnect.protocol.wire.QapiJson;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiParams;
import io.qconnect.protocol.wire.QapiResponse;
import io.qconnect.protocol.wire.ReturnType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The method fixtures under {@code src/test/resources/qapi-methods/}: each file is one or more QAPI
 * calls made with the real client over HTTP against a fresh seller's small world, each with the
 * answer expected, re-encoded as JSON (docs/qapi-parity.md names the fixture of every method).
 *
 * <p>A file holds {@code ### call} sections (the method, then the parameters one {@code name=value}
 * a line) each followed by a {@code ### response} section. In both, {@code {{name}}} stands for a
 * value of the world ({@code sellerId}, {@code item}, {@code optItem}, {@code order2}, {@code
 * order4}, {@code order5}, {@code exchange}, {@code exchangeOk}, {@code question} (an unanswered
 * HELP inquiry about order2), {@code today}, {@code todayYmd}), and in a response the string {@code
 * "{{any}}"} matches any value and an object with the key {@code "..."} may have more fields than
 * it lists.
 */
class MethodFixturesTest {
  @TestMarketplace static MarketplaceServer server;
  private static final AtomicInteger SELLERS = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> every_method_fixture_answers_as_written() throws Exception {
    Path dir = Path.of(MethodFixturesTest.class.getResource("/qapi-methods/").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".http")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    dir.relativize(f).toString().replace('\\', '/'), () -> run(f)));
  }

  /** One call of a fixture and the JSON it must answer. */
  record Call(String method, List<String[]> params, String expected) {}

  static List<Call> parse(String text) {
    List<Call> calls = new ArrayList<>();
    String section = "";
    List<String> lines = new ArrayList<>();
    String method = null;
    List<String[]> params = new ArrayList<>();
    for (String line : (text + "\n### end").split("\n", -1)) {
      if (line.startsWith("### ")) {
        if (section.equals("call")) {
          List<String> body = lines.stream().filter(l -> !l.isBlank()).toList();
          method = body.get(0).strip();
          params = new ArrayList<>();
          for (String p : body.subList(1, body.size())) {
            int eq = p.indexOf('=');
            params.add(new String[] {p.substring(0, eq), p.substring(eq + 1)});
          }
        } else if (section.equals("response")) {
          calls.add(new Call(method, params, String.join("\n", lines).strip()));
        }
        section = line.substring(4).strip();
        lines = new ArrayList<>();
      } else if (!line.startsWith("#") || !section.equals("")) {
        lines.add(line);
      }
    }
    return calls;
  }

  private static void run(Path file) throws IOException {
    World w = World.create();
    for (Call c : parse(Files.readString(file, StandardCharsets.UTF_8))) {
      int dot = c.method().indexOf('.');
      QapiMethod m =
          QapiMethod.find(c.method().substring(0, dot), c.method().substring(dot + 1))
              .orElseThrow(() -> new IllegalStateException("unknown method " + c.method()));
      Map<String, String> params = new LinkedHashMap<>();
      for (String[] p : c.params()) {
        params.put(p[0], w.fill(p[1]));
      }
      QapiResponse r = w.seller.call(m, QapiParams.of(params));
      String actual = new QapiCodec().encode(r, ReturnType.JSON).text();
      JsonNode expected = QapiJson.mapper().readTree(w.fill(c.expected()));
      JsonNode got = QapiJson.mapper().readTree(actual);
      assertThat(matches(expected, got))
          .as("%s answered%n%s%nexpected%n%s", c.method(), actual, expected)
          .isTrue();
    }
  }

  static boolean matches(JsonNode expected, JsonNode actual) {
    if (expected.isTextual() && expected.asText().equals("{{any}}")) {
      return actual != null;
    }
    if (actual == null || expected.getNodeType() != actual.getNodeType()) {
      return false;
    }
    if (expected.isObject()) {
      boolean partial = expected.has("...");
      if (!partial && expected.size() != actual.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        if (e.getKey().equals("...")) {
          continue;
        }
        if (!matches(e.getValue(), actual.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!matches(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    return expected.equals(actual);
  }

  /** A fresh seller with two items and order lines in the states the fixtures need. */
  static final class World {
    final QapiSeller seller;
    final Map<String, String> values = new LinkedHashMap<>();

    private World(QapiSeller seller) {
      this.seller = seller;
    }

    static World create() {
      String id = "fixture-" + SELLERS.incrementAndGet();
      World w = new World(server.seller(id));
      w.values.put("sellerId", id);
      w.values.put("item", w.register("FX-1", ""));
      w.values.put(
          "optItem",
          w.register("FX-OPT", "カラー||*ブラック||*0||*5||*FX-BLK$$カラー||*ホワイト||*100||*3||*FX-WHT"));
      w.values.put("order2", w.order(id));
      String o4 = w.order(id);
      w.ship(o4);
      w.values.put("order4", o4);
      String o5 = w.order(id);
      w.ship(o5);
      w.sandbox("/sandbox/orders/" + o5 + "/deliver");
      w.values.put("order5", o5);
      for (String name : List.of("exchange", "exchangeOk")) {
        String o = w.order(id);
        w.ship(o);
        w.sandbox("/sandbox/orders/" + o + "/deliver");
        w.sandbox("/sandbox/orders/" + o + "/exchange-request");
        w.values.put(name, o);
      }
      w.values.put(
          "question",
          w.sandbox(
                  "/sandbox/inquiries",
                  "{\"sellerId\":\""
                      + id
                      + "\",\"type\":\"HELP\",\"customerName\":\"佐藤 花子\",\"title\":\"発送予定について\","
                      + "\"contents\":\"いつ発送されますか？\",\"orderNo\":"
                      + w.values.get("order2")
                      + "}")
              .replaceAll("(?s).*\"questionNo\":(\\d+).*", "$1"));
      QapiResponse accepted =
          w.seller.call(
              QapiMethod.SET_CLAIM_ACCEPT,
              QapiParams.of(Map.of("orderNo", w.values.get("exchangeOk"))));
      assertThat(accepted.codeOrNull()).isZero();
      java.time.LocalDate today =
          java.time.LocalDate.ofInstant(server.clock.instant(), java.time.ZoneId.of("Asia/Tokyo"));
      w.values.put("today", today.toString());
      w.values.put("todayYmd", today.toString().replace("-", ""));
      return w;
    }

    String fill(String s) {
      String out = s;
      for (Map.Entry<String, String> e : values.entrySet()) {
        out = out.replace("{{" + e.getKey() + "}}", e.getValue());
      }
      return out;
    }

    private String register(String sellerCode, String itemType) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("SecondSubCat", "320001234");
      p.put("ItemTitle", "フィクスチャ " + sellerCode);
      p.put("SellerCode", sellerCode);
      p.put("ItemPrice", "2980");
      p.put("RetailPrice", "3980");
      p.put("TaxRate", "10");
      p.put("ItemQty", itemType.isEmpty() ? "50" : "0");
      p.put("AvailableDateType", "0");
      p.put("AvailableDateValue", "3");
      p.put("ProductionPlaceType", "1");
      p.put("ProductionPlace", "TOKYO");
      p.put("AdultYN", "N");
      p.put("ItemType", itemType);
      QapiResponse r = seller.call(QapiMethod.SET_NEW_GOODS, QapiParams.of(p));
      if (!(r instanceof QapiResponse.Custom c) || c.code() != 0) {
        throw new IllegalStateException("SetNewGoods failed: " + r);
      }
      return c.resultObject().get("GdNo").asText();
    }

    private String order(String sellerId) {
      String body =
          sandbox(
              "/sandbox/orders",
              "{\"sellerId\":\""
                  + sellerId
                  + "\",\"lines\":[{\"sellerCode\":\"FX-1\",\"qty\":1}]}");
      return body.replaceAll("(?s).*\"orderNos\":\\[(\\d+).*", "$1");
    }

    private void ship(String orderNo) {
      QapiResponse r =
          seller.call(
              QapiMethod.SET_SENDING_INFO,
              QapiParams.of(
                  Map.of(
                      "OrderNo",
                      orderNo,
                      "ShippingCorp",
                      "ヤマト宅急便",
                      "TrackingNo",
                      "4912" + orderNo)));
      assertThat(r.codeOrNull()).isZero();
    }

    private String sandbox(String path) {
      return sandbox(path, null);
    }

    private String sandbox(String path, String json) {
      var r = server.sandbox("POST", path, json);
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(path + " answered " + r.statusCode() + " " + r.body());
      }
      return r.body();
    }
  }
}
